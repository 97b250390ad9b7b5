// "Open a 200-question case to the first answer editable" (issue 13), one of `npm run bench`'s
// renderer figures. Runs alone too, against the built renderer:
//   npm run build && node --import tsx scripts/bench/openBigCase.ts
// (BENCH_TRACE=file.json also writes a Chrome performance trace of the last open.)
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeskService } from '../../electron/services/deskService';
import { bridgeDesk } from '../../e2e/support/deskBridge';
import { serveDirectory } from '../../e2e/support/staticServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium';
import { syntheticBundle } from './synthetic';

export interface OpenTiming {
  /** Click on the case in the list to the first answer's live editor in the page. */
  editableMs: number;
  /** Click to the case's title on screen. */
  screenMs: number;
  /** Click to the first frame painted with the editor in it: when a keystroke can be taken. */
  paintedMs: number;
}

/**
 * One open, measured inside the page (click to the editor existing), so Playwright's own polling is
 * not counted; the bridge to the service is, as IPC would be in the app. The page shows the case list
 * with the 200-question case in it. The first answer is clicked as soon as it is on screen, as an
 * officer would.
 */
export function openToFirstAnswerEditable(page: Page): Promise<OpenTiming> {
  return page.evaluate(
    () =>
      new Promise<OpenTiming>((resolve) => {
        const t0 = performance.now();
        let screenMs = 0;
        const obs = new MutationObserver(() => {
          if (!screenMs && document.getElementById('case-title')) screenMs = performance.now() - t0;
          const preview = document.querySelector<HTMLElement>('.answer-preview');
          if (preview && !document.querySelector('.answer-editor[contenteditable="true"]')) preview.click();
          if (document.querySelector('.answer-editor[contenteditable="true"]')) {
            obs.disconnect();
            const editableMs = performance.now() - t0;
            // The frame after: the rest of the task that made the editor (effects, focus) has run and painted.
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve({ editableMs, screenMs, paintedMs: performance.now() - t0 });
              ch.port2.postMessage(null);
            });
          }
        });
        obs.observe(document.body, { childList: true, subtree: true });
        (document.querySelector('.case-item') as HTMLButtonElement).click();
      }),
  );
}

/** Opens the app on a service whose workspace holds the one 200-question case, at the case list. */
export async function openAtCaseList(browser: Browser, url: string, service: DeskService): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await bridgeDesk(page, () => service);
  await page.goto(url);
  await page.getByRole('combobox', { name: 'Show' }).selectOption('all');
  await page.getByRole('button', { name: /B100000/ }).waitFor();
  // The page settles before the click, as it has when an officer reads the list and picks a case: the
  // code loaded in the background after the list's first paint (renderer/src/App.tsx) is in, so what
  // is measured is the open, not a race with that load. BENCH_NO_SETTLE=1 clicks at once.
  if (!process.env['BENCH_NO_SETTLE']) await page.waitForLoadState('networkidle');
  return page;
}

export async function bigCaseService(dir: string): Promise<DeskService> {
  const service = new DeskService(join(dir, 'big.sqlite'));
  await service.importBundle({ bundle: syntheticBundle(1, 200, { answered: true }), replace: false });
  return service;
}

/**
 * The figure: the median of `runs` opens, each in a fresh page (so each loads the case screen's code
 * cold, as the first case opened in a day does). The last page is left open, with the editor focused,
 * for the figures measured after it.
 */
export async function benchOpenBigCase(browser: Browser, url: string, service: DeskService, runs = 5, tracePath?: string): Promise<{ median: OpenTiming; all: OpenTiming[]; page: Page }> {
  const all: OpenTiming[] = [];
  let page: Page | null = null;
  for (let i = 0; i < runs; i++) {
    await page?.close();
    page = await openAtCaseList(browser, url, service);
    const last = i === runs - 1;
    if (last && tracePath) await browser.startTracing(page, { path: tracePath, screenshots: false, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'] });
    all.push(await openToFirstAnswerEditable(page));
    if (last && tracePath) await browser.stopTracing();
  }
  await page!.locator('.answer-editor[contenteditable="true"]').first().click();
  const mid = (key: keyof OpenTiming) => [...all].sort((a, b) => a[key] - b[key])[Math.floor(all.length / 2)]![key];
  return { median: { editableMs: mid('editableMs'), screenMs: mid('screenMs'), paintedMs: mid('paintedMs') }, all, page: page! };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-open-'));
  // BENCH_RENDERER: another build of the renderer, to set one beside this one.
  const server = await serveDirectory(process.env['BENCH_RENDERER'] ?? 'dist/renderer');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const service = await bigCaseService(dir);
  try {
    const { median, all } = await benchOpenBigCase(browser, server.url, service, Number(process.env['BENCH_RUNS'] ?? 5), process.env['BENCH_TRACE']);
    const r = (n: number) => Math.round(n * 100) / 100;
    console.log(
      JSON.stringify({
        figure: 'renderer: open a 200-question case to the first answer editable',
        value: r(median.editableMs),
        unit: 'ms',
        target: '< 300 ms',
        caseScreenMs: r(median.screenMs),
        paintedMs: r(median.paintedMs),
        runs: all.map((t) => Math.round(t.editableMs)),
      }),
    );
  } finally {
    service.close();
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
