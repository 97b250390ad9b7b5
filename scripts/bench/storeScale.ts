// The store at the size of a large office: figures on a generated 50,000-case workspace.
// Run alone: node --import tsx scripts/bench/storeScale.ts [--workspace FILE] [--runs 20]
// (`npm run bench` runs it too, on a workspace it generates in a temporary folder.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeskService } from '../../electron/services/deskService';
import type { CaseFilter } from '../../core/api/contract';
import { generateWorkspace } from '../generateWorkspace';
import { p95, round, timedRuns } from './timing';

export interface StoreFigure {
  name: string;
  value: number;
  unit: string;
  detail: Record<string, unknown>;
}

/** The day the generated workspace treats as today, so figures do not drift with the calendar. */
export const BENCH_TODAY = '2026-11-30';
const PAGE = 50;

/** The first page of the list as the window asks for it (page fields are ignored by a store without paging). */
async function firstPage(service: DeskService, filter: CaseFilter, search = '') {
  return (await service.listCases({ filter, search, today: BENCH_TODAY, offset: 0, limit: PAGE } as Parameters<DeskService['listCases']>[0])).slice(0, PAGE);
}

export async function benchStore(workspace: string, runs = 20): Promise<StoreFigure[]> {
  const figures: StoreFigure[] = [];
  // Work on a copy: autosave writes, and the generated file stays as it was for the next run.
  const dir = mkdtempSync(join(tmpdir(), 'desk-store-bench-'));
  const file = join(dir, 'workspace.sqlite');
  copyFileSync(workspace, file);
  try {
    figures.push({ name: 'store: cold open to the first list page, 50,000 cases', value: coldOpen(file), unit: 'ms', detail: { target: '< 1500 ms', note: 'a fresh Node process: open the workspace, first page of open cases; module loading excluded' } });
    const service = new DeskService(file, { today: () => BENCH_TODAY, create: false });
    try {
      const count = (await service.getWorkspace()).caseCount;
      const perFilter: Record<string, number> = {};
      for (const filter of ['open', 'due-this-week', 'overdue', 'sent-this-month', 'all'] as const) {
        await firstPage(service, filter); // the first call prepares its statements: the cold open above counts that
        perFilter[filter] = round(p95((await timedRuns(runs, () => firstPage(service, filter)))));
      }
      figures.push({ name: `store: case list first page, any filter, ${count} cases (p95 of the worst filter)`, value: Math.max(...Object.values(perFilter)), unit: 'ms', detail: { perFilter, runs, target: '< 50 ms' } });

      const searches = { word: 'gritting', twoWords: 'parking fin', referenceFragment: '4007' };
      const perSearch: Record<string, number> = {};
      const hits: Record<string, number> = {};
      for (const [kind, text] of Object.entries(searches)) {
        hits[kind] = (await firstPage(service, 'all', text)).length;
        perSearch[kind] = round(p95((await timedRuns(runs, () => firstPage(service, 'all', text)))));
      }
      figures.push({ name: 'store: search by word or reference fragment, first page (p95 of the worst)', value: Math.max(...Object.values(perSearch)), unit: 'ms', detail: { perSearch, hits, runs, target: '< 20 ms' } });

      const big = (await service.listCases({ filter: 'all', search: '9200200', today: BENCH_TODAY } as Parameters<DeskService['listCases']>[0]))[0];
      if (!big) throw new Error('The workspace has no 200-question case (9200200): make it with scripts/generateWorkspace.ts.');
      const openMs = (await timedRuns(5, async () => {
        await service.getCase({ id: big.id });
        await service.getCaseDeadline({ id: big.id, today: BENCH_TODAY });
      }));
      figures.push({ name: 'store: open a 200-question case (case and deadline, median of 5)', value: round([...openMs].sort((a, b) => a - b)[2]!), unit: 'ms', detail: { target: '< 300 ms' } });

      const c = await service.getCase({ id: big.id });
      const answer = c.answers[0] ?? { id: 'bench-answer', covers: [c.questions[0]!.id], doc: { type: 'doc', content: [] }, disposition: 'answered' as const, exemptions: [], redirectTo: '' };
      const saves = await timedRuns(runs * 5, (i) =>
        service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Typed ${i} words into the answer.` }] }] } } }),
      );
      figures.push({ name: 'store: autosave of one answer in a 200-question case (p95)', value: round(p95(saves)), unit: 'ms', detail: { runs: saves.length, target: '< 10 ms' } });
    } finally {
      service.close();
    }
    figures.push({ name: 'store: workspace file size, 50,000 cases', value: round(statSync(workspace).size / 1_048_576), unit: 'MB', detail: {} });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/** Generates a 50,000-case workspace in a temporary folder, measures it, and removes it. */
export async function benchGeneratedStore(cases = 50_000, runs = 20): Promise<StoreFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-generated-'));
  try {
    const workspace = join(dir, 'workspace.sqlite');
    const made = generateWorkspace(workspace, { cases, today: BENCH_TODAY });
    return [{ name: `store: generate a ${cases.toLocaleString('en-GB')}-case workspace (scripts/generateWorkspace.ts)`, value: round(made.ms), unit: 'ms', detail: {} }, ...(await benchStore(workspace, runs))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A new process, so nothing is warm but the operating system's file cache (as when the app starts). */
function coldOpen(file: string): number {
  const run = spawnSync(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--cold-open', file], { encoding: 'utf8' });
  const ms = Number(run.stdout.trim().split('\n').pop());
  if (run.status !== 0 || !Number.isFinite(ms)) throw new Error(`The cold-open run failed: ${run.stderr}`);
  return round(ms);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const cold = at('--cold-open');
  if (cold) {
    const t0 = performance.now();
    const service = new DeskService(cold, { today: () => BENCH_TODAY, create: false });
    await firstPage(service, 'open');
    console.log(performance.now() - t0);
    service.close();
  } else {
    const workspace = at('--workspace');
    const runs = Number(at('--runs') ?? 20);
    if (workspace && !existsSync(workspace)) throw new Error(`There is no workspace at ${workspace}: make one with scripts/generateWorkspace.ts, or leave out --workspace.`);
    const figures = workspace ? await benchStore(workspace, runs) : await benchGeneratedStore(50_000, runs);
    for (const f of figures) console.log(JSON.stringify({ figure: f.name, value: f.value, unit: f.unit, ...f.detail }));
  }
}
