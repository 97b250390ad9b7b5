import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { Bundle } from '../../core/model';
import { dispatch } from '../../core/api/dispatch';
import { DeskService } from './deskService';
import { findChromium } from './pdf/findChromium';
import { tempWorkspacePath } from './testing/testWorkspace';

// Seen: the organisation's name goes into the running header, a CSS string inside <style>. A name
// holding "</style><script>…" ran its script when the HTML log was opened, and its paragraph printed
// in the PDFs. Opened here in a real Chromium, as a reader of the published file would.
const HOSTILE = 'Acme</style><script>window.__pwned = 1</script><p id="injected">INJECTED</p><style>';
const bundle = JSON.parse(readFileSync(new URL('../../fixtures/iopc-month.bundle.json', import.meta.url), 'utf8')) as Bundle;

async function call(method: string, input: unknown) {
  const result = await dispatch(service, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { fileName: string; base64: string };
}

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
let browser: Browser;
beforeAll(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-06-10' });
  await service.importBundle({ bundle, replace: false });
  await service.saveOrganisation({ ...(await service.getWorkspace()).organisation, name: HOSTILE });
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
  await service.dispose();
  ws.cleanup();
});

describe('an organisation name written as markup', () => {
  it('runs nothing and adds nothing when the HTML log is opened', async () => {
    const file = await call('exportLog', { month: '2024-06', format: 'html' });
    const page = await browser.newPage({ javaScriptEnabled: true });
    await page.setContent(Buffer.from(file.base64, 'base64').toString('utf8'));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#injected').count()).toBe(0);
    expect(await page.locator('style').count()).toBe(1);
    await page.close();
  });

  it('prints no injected paragraph in the letter PDF', async () => {
    const first = (await service.listCases({ filter: 'all', search: '' }))[0]!;
    const file = await call('exportLetter', { id: first.id, format: 'pdf' });
    const dir = mkdtempSync(join(tmpdir(), 'desk-inject-'));
    const pdf = join(dir, 'letter.pdf');
    writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    // The name is printed as typed in the running header, but never becomes a paragraph of its own.
    expect(text.split('\n').filter((l) => l.trim() === 'INJECTED')).toEqual([]);
    expect(text).toContain('Acme</style><script>');
  });
});
