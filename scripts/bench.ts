// `npm run bench`: one JSON line per figure, measured on this machine now. Never part of `npm test`.
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWorkingDays } from '../core/deadlines';
import { splitRequest } from '../core/intake';
import { benchChecks } from '../core/checks';
import { benchPalette } from '../core/clauses/bench';
import { benchLogExports } from '../electron/services/bench/logExportBench';
import { DeskService } from '../electron/services/deskService';
import { bridgeDesk } from '../e2e/support/deskBridge';
import { serveDirectory } from '../e2e/support/staticServer';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/chromium';
import { sixtyQuestionRequest, syntheticBundle } from './bench/synthetic';

function report(figure: string, value: number, unit: string, extra: Record<string, unknown> = {}) {
  console.log(JSON.stringify({ figure, value: Math.round(value * 100) / 100, unit, ...extra }));
}

function timeMany(runs: number, fn: () => void): number {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t0) / runs;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

// --- Pure domain figures -------------------------------------------------------------------
{
  const dates = Array.from({ length: 10_000 }, (_, i) => new Date(Date.UTC(2015, 0, 1) + ((i * 7919) % 7300) * 86_400_000).toISOString().slice(0, 10));
  const t0 = performance.now();
  for (const d of dates) addWorkingDays(d, 20, 'foia');
  report('deadline: 10,000 calculations', performance.now() - t0, 'ms');
}
{
  const text = sixtyQuestionRequest();
  const count = splitRequest(text).filter((q) => !q.heading).length;
  report('intake: split a 60-question request', timeMany(200, () => splitRequest(text)), 'ms', { questions: count, target: '< 5 ms' });
}

{
  const palette = benchPalette();
  report('clauses: palette keystroke to results, 1,000 clauses (average)', palette.averageMs, 'ms', { p95: palette.p95Ms, keystrokes: palette.keystrokes, target: '< 10 ms' });
}
report('checks: all rules over a 200-question case', benchChecks(), 'ms', { target: '< 50 ms' });
for (const f of await benchLogExports()) report(`exports: ${f.name}`, f.ms, 'ms', { ...(f.targetMs ? { target: `< ${f.targetMs} ms` } : {}), ...(f.detail ?? {}) });

// --- Renderer figures in Chromium ----------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
const server = await serveDirectory('dist/renderer');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });

async function openApp(service: DeskService): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await bridgeDesk(page, () => service);
  return page;
}

try {
  // Cold start to an interactive case list of 500 cases.
  const listService = new DeskService(join(dir, 'list.sqlite'));
  await listService.importBundle({ bundle: syntheticBundle(500, 3), replace: false });
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await openApp(listService);
    await page.addInitScript(() => {
      // Record the moment the 500th case button exists, relative to navigation start.
      new MutationObserver((_m, obs) => {
        if (document.querySelectorAll('.cases li').length >= 500) {
          (window as unknown as { __listReady: number }).__listReady = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(server.url);
    await page.getByRole('combobox', { name: 'Show' }).selectOption('all');
    await page.waitForFunction(() => (window as unknown as { __listReady?: number }).__listReady !== undefined, null, { timeout: 60_000 });
    runs.push(await page.evaluate(() => (window as unknown as { __listReady: number }).__listReady));
    await page.close();
  }
  report('renderer: cold start to a list of 500 cases', percentile(runs, 50), 'ms', { runs: runs.map(Math.round), note: 'median of 5, from navigation start' });
  listService.close();

  // A case of 200 questions with answers: open, type, memory.
  const bigService = new DeskService(join(dir, 'big.sqlite'));
  await bigService.importBundle({ bundle: syntheticBundle(1, 200, { answered: true }), replace: false });
  const page = await openApp(bigService);
  await page.goto(server.url);
  await page.getByRole('combobox', { name: 'Show' }).selectOption('all');
  await page.getByRole('button', { name: /B100000/ }).waitFor();
  const t0 = await page.evaluate(() => performance.now());
  await page.evaluate(() => (document.querySelector('.case-item') as HTMLButtonElement).click());
  await page.locator('.answer-preview').first().waitFor();
  await page.locator('.answer-preview').first().click();
  await page.locator('.answer-editor[contenteditable="true"]').first().waitFor();
  const opened = (await page.evaluate(() => performance.now())) - t0;
  report('renderer: open a 200-question case to the first answer editable', opened, 'ms', { target: '< 500 ms' });

  await page.evaluate(() => {
    const w = window as unknown as { __keyLatencies: number[] };
    w.__keyLatencies = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const start = e.timeStamp;
        // After the next frame is produced: rAF, then a task queued behind the paint.
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__keyLatencies.push(performance.now() - start);
          ch.port2.postMessage(null);
        });
      },
      true,
    );
  });
  const sentence = 'We hold this information and it is provided below in full. ';
  await page.keyboard.type(sentence.repeat(3), { delay: 30 });
  const latencies = await page.evaluate(() => (window as unknown as { __keyLatencies: number[] }).__keyLatencies);
  report('renderer: keystroke to paint in an answer of a 200-question case (p95)', percentile(latencies, 95), 'ms', {
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    keystrokes: latencies.length,
    target: '< 16 ms',
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m: { name: string }) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const nodes = metrics.find((m: { name: string }) => m.name === 'Nodes')?.value ?? 0;
  report('renderer: JS heap with the 200-question case open', heap / 1024 / 1024, 'MiB', { domNodes: nodes });
  bigService.close();
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
