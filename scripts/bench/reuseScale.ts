// Answered before and global search at the size of a busy office: a generated workspace of 6,000 cases
// with ten questions each (about 60,000 answers). Run alone: node --import tsx scripts/bench/reuseScale.ts
// (`npm run bench` runs it too). One figure a line, as scripts/bench.ts prints them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CaseRepository, type SerialisedCase } from '../../electron/services/caseRepository';
import { DeskService } from '../../electron/services/deskService';
import { MIGRATIONS } from '../../electron/services/migrations';
import { openWorkspaceDb } from '../../electron/services/workspaceDb';
import { makeCase } from '../generateWorkspace';
import { BENCH_TODAY, type StoreFigure } from './storeScale';
import { p95, round, timed, timedRuns } from './timing';

const QUESTIONS_PER_CASE = 10;

/** The generated cases (scripts/generateWorkspace.ts), ten questions each, spread over ten years. */
function cases(count: number): SerialisedCase[] {
  const todayDay = Math.floor(Date.parse(`${BENCH_TODAY}T00:00:00Z`) / 86_400_000);
  return Array.from({ length: count }, (_, i) => makeCase(i, todayDay, todayDay - 3650 + Math.floor((i * 3650) / count), QUESTIONS_PER_CASE));
}

export async function benchReuse(caseCount = 6_000, runs = 50): Promise<StoreFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-reuse-bench-'));
  const figures: StoreFigure[] = [];
  try {
    const file = join(dir, 'workspace.sqlite');
    const todayDay = Math.floor(Date.parse(`${BENCH_TODAY}T00:00:00Z`) / 86_400_000);
    // Plus the 200-question case the store bench types into (scripts/generateWorkspace.ts).
    const big = { ...makeCase(caseCount, todayDay, todayDay - 3, 200, 'drafting'), id: 'gen-200-questions', ref: '9200200' };
    const generated = [...cases(caseCount), big];
    const answers = generated.reduce((n, c) => n + c.answers.length, 0);
    const size = `${generated.length.toLocaleString('en-GB')} cases, ${answers.toLocaleString('en-GB')} answers`;

    const db = openWorkspaceDb(file);
    const repo = new CaseRepository(db);
    const written = await timed(() => {
      for (let i = 0; i < generated.length; i += 1_000) repo.putMany(generated.slice(i, i + 1_000));
    });
    figures.push({ name: `reuse: write the generated workspace, question index kept in step (${size})`, value: round(written), unit: 'ms', detail: {} });
    // Migration 8 builds the index of an existing workspace: its SQL again, on tables emptied first;
    // then migration 13 rebuilds question_search with what the filters read beside each question.
    const migration = MIGRATIONS.find((m) => m.version === 8)!;
    db.exec('DROP TRIGGER question_search_follows_case; DROP TABLE question_text; DROP TABLE question_search; DROP INDEX cases_for_search;');
    const migrated = await timed(() => db.transaction(() => db.exec(migration.sql))());
    figures.push({ name: `reuse: migration 8 builds the question index (${size})`, value: round(migrated), unit: 'ms', detail: {} });
    const facts = MIGRATIONS.find((m) => m.version === 13)!;
    const copied = await timed(() => db.transaction(() => db.exec(facts.sql))());
    figures.push({ name: `reuse: migration 13 copies the filters' case facts beside each question (${size})`, value: round(copied), unit: 'ms', detail: {} });
    db.close();

    const service = new DeskService(file, { today: () => BENCH_TODAY, create: false });
    try {
      const searches = {
        word: 'gritting',
        twoWords: 'parking overtime',
        phrase: '"contact centre staffing"',
        prefix: 'consult*',
        filtered: { query: 'contract', filters: { from: '2020-01-01', to: '2022-12-31', regime: 'foia' as const, outcome: 'answered' as const } },
      };
      const perSearch: Record<string, number> = {};
      const hits: Record<string, number> = {};
      for (const [kind, s] of Object.entries(searches)) {
        const input = typeof s === 'string' ? { query: s, filters: {}, limit: 50 } : { ...s, limit: 50 };
        hits[kind] = (await service.searchAll(input)).hits.length;
        perSearch[kind] = round(p95((await timedRuns(runs, () => service.searchAll(input)))));
      }
      figures.push({ name: `reuse: global search, first 50 results with context (${size}; p95 of the worst query)`, value: Math.max(...Object.values(perSearch)), unit: 'ms', detail: { perSearch, hits, runs, target: '< 20 ms' } });

      // "Answered before" for questions of open cases, as the officer moves from one to the next.
      const open = generated.filter((c) => c.status !== 'sent' && c.status !== 'closed').slice(0, 20);
      const asked = open.flatMap((c) => c.questions.slice(0, 5).map((q) => ({ caseId: c.id, questionId: q.id })));
      const times: number[] = [];
      for (const q of asked) times.push(await timed(() => service.answeredBefore({ ...q, limit: 5 })));
      const found = (await service.answeredBefore({ ...asked[0]!, limit: 5 })).matches.length;
      figures.push({ name: `reuse: answered before for one question (${size}; p95)`, value: round(p95(times)), unit: 'ms', detail: { questions: times.length, p50: round([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!), matchesForFirst: found, target: '< 30 ms' } });

      const request = open[0]!.questions.map((q) => q.text);
      const rr = (await timedRuns(10, () => service.roundRobinFor({ questions: request })));
      figures.push({ name: `reuse: round-robin check of a ${request.length}-question request (${size}; p95)`, value: round(p95(rr)), unit: 'ms', detail: { runs: rr.length, note: 'once on intake, off the typing path' } });

      // Typing never waits for the index: autosave keeps it in step within its own transaction.
      const c = await service.getCase({ id: big.id });
      const q = c.questions[0]!;
      const answer = c.answers.find((a) => a.covers.includes(q.id)) ?? { id: 'bench-answer', covers: [q.id], doc: { type: 'doc' as const, content: [] }, disposition: 'answered' as const, exemptions: [], redirectTo: '' };
      const saves = await timedRuns(runs * 4, (i) =>
        service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Typed ${i} words into the answer about the contract.` }] }] } } }),
      );
      figures.push({ name: `reuse: autosave of one answer in a 200-question case, question index kept in step (${size}; p95)`, value: round(p95(saves)), unit: 'ms', detail: { runs: saves.length, target: '< 10 ms' } });
    } finally {
      service.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const f of await benchReuse()) console.log(JSON.stringify({ figure: f.name, value: f.value, unit: f.unit, ...f.detail }));
}
