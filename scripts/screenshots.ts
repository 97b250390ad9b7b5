// `npm run screenshots`: the main screens, rendered from a demo workspace (the IOPC-style month in
// fixtures/) in the system Chromium. The same pictures every run: the page's clock is fixed to the
// workspace's "today", the viewport, locale (en-GB, so dates read dd/mm/yyyy) and time zone are fixed,
// every scrolled box is back at the top, and caret and animations are hidden.
//   npm run screenshots                  writes to test-results/screenshots/ (to look at, or compare)
//   npm run screenshots -- --write       writes to docs/screenshots/, the README's pictures
//   npm run screenshots -- --out DIR     writes to DIR
import { chromium, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DeskService } from '../electron/services/deskService';
import { bridgeDesk } from '../e2e/support/deskBridge';
import { serveDirectory } from '../e2e/support/staticServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium';

const TODAY = '2024-06-03';
// Mid-morning in London on that day (BST), so "today" is the same date in every time zone's reading.
const NOW = new Date(`${TODAY}T10:00:00+01:00`);

const { values: options } = parseArgs({ options: { write: { type: 'boolean', default: false }, out: { type: 'string' } } });
const outDir = options.out ?? (options.write ? 'docs/screenshots' : 'test-results/screenshots');

/** Every scrolled element back to the top, focus parked, so nothing depends on where the last click left things. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll<HTMLElement>('*')) if (el.scrollTop || el.scrollLeft) el.scrollTo(0, 0);
  });
  // Two frames: layout after the scroll, then paint.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await settle(page);
  await page.screenshot({ path: join(outDir, name), animations: 'disabled', caret: 'hide', scale: 'css' });
}

mkdirSync(outDir, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'desk-shots-'));
const service = new DeskService(join(dir, 'demo.sqlite'), { today: () => TODAY });
const server = await serveDirectory('dist/renderer');
// On Linux, Chromium takes its language from LANGUAGE, not --lang, and its date fields follow it
// (dd/mm/yyyy needs Debian's chromium-l10n, which carries en-GB). Scrollbars fade in and out: hidden.
// Software raster on several threads rounds anti-aliased edges differently run to run: one thread.
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--hide-scrollbars', '--force-color-profile=srgb', '--num-raster-threads=1', '--disable-partial-raster'],
  env: { ...process.env, LANGUAGE: 'en_GB' } as Record<string, string>,
});
try {
  await service.importBundle({ bundle: JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8')), replace: false });
  // The demo bundle's organisation has no review address; a real office fills it in Settings (the send
  // checks refuse a letter without it), so the letter drawn below shows it as an officer would send it.
  const { organisation } = await service.getWorkspace();
  await service.saveOrganisation({ ...organisation, reviewAddress: 'Information Rights Team, 10 South Colonnade, London E14 4PU' });
  await service.createCase({ ref: '5024201', title: 'Use of body-worn video in complaints', regime: 'foia', received: '2024-05-20', requester: { name: 'Demo Requester', email: 'demo@example.org', address: '' }, requestText: '1. How many complaints in 2023 involved body-worn video footage?\n2. How many of those were upheld?' });
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  // The window's own "today" (new-case form, log month, live checks) follows the page's clock.
  await page.clock.setFixedTime(NOW);
  await bridgeDesk(page, () => service);
  await page.goto(server.url);
  await page.getByRole('combobox', { name: 'Show' }).selectOption('all');
  await page.getByRole('button', { name: /5024007/ }).click();
  await page.getByRole('heading', { name: 'IOPC Contact Centre and use of AI' }).waitFor();
  await page.getByRole('button', { name: /^Checks:/ }).click();
  await shoot(page, 'case.png');
  await page.getByRole('button', { name: 'New case' }).click();
  await page.getByRole('heading', { name: 'New case' }).waitFor();
  await shoot(page, 'new-case.png');
  await page.getByRole('button', { name: 'Disclosure log' }).click();
  await page.getByLabel('Month').fill('2024-06');
  await page.getByRole('list', { name: 'Entries in publication order' }).waitFor();
  // The preview draws the log's HTML into a shadow root after the list arrives: wait for it, and its fonts.
  await page.waitForFunction(() => (document.querySelector('.log-preview')?.shadowRoot?.querySelector('.log-preview-page')?.textContent ?? '').length > 0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await shoot(page, 'log.png');
  // The letter as the requester receives it: the exported PDF, its first page drawn by poppler, so the
  // letter's own parts (salutation, opening, closing section, sign-off) can be looked at like the screens.
  const { id } = await service.findCaseByRef({ ref: '5024007' });
  if (!id) throw new Error('the demo workspace has no case 5024007');
  const letter = await service.exportLetter({ id, format: 'pdf', draft: false });
  const pdfPath = join(outDir, 'letter.pdf');
  writeFileSync(pdfPath, Buffer.from(letter.base64, 'base64'));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdfPath, join(outDir, 'letter')]);
  console.log(`Wrote case.png, new-case.png, log.png and letter.pdf (pages drawn as letter-1.png, letter-2.png) to ${outDir}/${options.write ? '' : ' (add -- --write to update docs/screenshots)'}`);
} finally {
  await browser.close();
  await server.close();
  service.close();
  rmSync(dir, { recursive: true, force: true });
}
