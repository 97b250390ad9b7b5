// `npm run screenshots`: the main screens, rendered from a demo workspace (the IOPC-style month in
// fixtures/) in the system Chromium, written to docs/screenshots/*.png for the README.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeskService } from '../electron/services/deskService';
import { bridgeDesk } from '../e2e/support/deskBridge';
import { serveDirectory } from '../e2e/support/staticServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium';

const outDir = process.argv[2] ?? 'docs/screenshots';
mkdirSync(outDir, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'desk-shots-'));
const service = new DeskService(join(dir, 'demo.sqlite'), { today: () => '2024-06-03' });
const server = await serveDirectory('dist/renderer');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  await service.importBundle({ bundle: JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8')), replace: false });
  await service.createCase({ ref: '5024201', title: 'Use of body-worn video in complaints', regime: 'foia', received: '2024-05-20', requester: { name: 'Demo Requester', email: 'demo@example.org', address: '' }, requestText: '1. How many complaints in 2023 involved body-worn video footage?\n2. How many of those were upheld?' });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  await bridgeDesk(page, () => service);
  await page.goto(server.url);
  await page.getByRole('combobox', { name: 'Show' }).selectOption('all');
  await page.getByRole('button', { name: /5024007/ }).click();
  await page.getByRole('heading', { name: 'IOPC Contact Centre and use of AI' }).waitFor();
  await page.getByRole('button', { name: /^Checks:/ }).click();
  await page.screenshot({ path: join(outDir, 'case.png') });
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('heading', { name: 'New case' }).waitFor();
  await page.screenshot({ path: join(outDir, 'new-case.png') });
  await page.getByRole('button', { name: 'Disclosure log' }).click();
  await page.getByLabel('Month').fill('2024-06');
  await page.getByRole('list', { name: 'Entries in publication order' }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, 'log.png') });
  console.log(`Wrote screenshots to ${outDir}/`);
} finally {
  await browser.close();
  await server.close();
  service.close();
  rmSync(dir, { recursive: true, force: true });
}
