// Issue 15's simulation: fifteen officers (thirteen drafting, two reviewing) on one PostgreSQL team
// workspace at once, each with their own DeskService and pool, as fifteen windows on fifteen desks.
// They list, open cases, type into answers (autosave bursts against the version they last saw, some
// on one answer on purpose), assign, mark Ready for review, approve or return with comments, and send,
// while each one's live-refresh loop (waitForChanges) reloads its list on others' changes.
// At the end the database is read back: no save that came back ok may be lost or silently
// overwritten, and every refused save must have said `conflict` with the text stored then.
//
// Run alone: node --import tsx scripts/bench/teamSimulation.ts [--seconds 300] [--processes] [--db postgres://owner@host/db]
// (--processes: each officer a Node process of their own, as on fifteen desks; otherwise fifteen
// pools in one process. On a small machine the fifteen processes cost more than the work.)
// (`npm run bench` runs it for 60 s on a temporary cluster.) With --db, give an empty database: it
// is set up with `desk team init`, its cases imported and the officers' login roles made there
// (sim_officer01…, sim_reviewer1/2, sim_probe), who must log in without a password prompt (trust on
// loopback, or ~/.pgpass).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { monitorEventLoopDelay, performance as nodePerformance } from 'node:perf_hooks';
import pg from 'pg';
import { dispatch, DeskError, type DeskInput, type DeskMethod, type DeskOutput } from '../../core/api';
import type { Answer, CaseSummary } from '../../core/model';
import { answerConflictOf } from '../../core/team/teamContract';
import { openTeamDesk } from '../../electron/services/openTeamDesk';
import type { DeskService } from '../../electron/services/deskService';
import { initTeamWorkspace } from '../../electron/services/pg/pgTeam';
import { startTempCluster } from '../../electron/services/pg/testing/tempCluster';
import { syntheticBundle } from './synthetic';
import { percentile, round } from './timing';
import { LIVE_PACE_MS } from '../../core/api/changesContract';
import type { StoreFigure } from './storeScale';

export interface TeamSimulationOptions {
  seconds: number;
  /** An existing database to use, as its owner (a superuser or the owner with CREATEROLE). */
  url?: string;
  /** Drafting officers; two reviewers come on top. */
  officers?: number;
  cases?: number;
  /** Each officer in a process of their own, as fifteen desks are; otherwise fifteen pools in this process. */
  processes?: boolean;
  /** One more desk in a process of its own, timing what a desk alone on its computer sees (default on; not with `processes`). */
  probe?: boolean;
  /** Progress lines (stderr when run alone). */
  log?: (line: string) => void;
}

export interface TeamSimulationResult {
  figures: StoreFigure[];
  saves: number;
  conflicts: number;
  /** Conflicts that did not carry the text stored at that version (must be 0). */
  unsurfacedConflicts: number;
  lostEdits: number;
  /** Changes some other officer's live refresh never heard of (must be 0). */
  missedRefreshes: number;
  errors: number;
  refreshP95: number;
  listP95: number;
  savesP95: number;
  problems: string[];
}

/** As the window's list: one page and one more to know there are more. */
const PAGE = 51;
/** Calls refused for a reason the workspace gives on purpose when officers race: counted, not errors. */
const EXPECTED_REFUSALS = new Set(['saveAnswer:conflict', 'updateCase:checks-failed', 'updateCase:conflict', 'approveCase:invalid-input', 'returnCase:invalid-input']);
const HOT_CASES = 2;
/** After the work stops, how long the live refresh goes on to hear the last changes. */
const DRAIN_MS = 5000;
/** The officer whose desk is a process of its own, timing saves and lists as one desk on its own computer would. */
const PROBE = 'sim_probe';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(Math.random() * items.length)];
const between = (lo: number, hi: number) => lo + Math.random() * (hi - lo);
const minuteOf = (ms: number) => Math.floor(ms / 60_000);

const spread = (values: readonly number[]) => ({ count: values.length, p50: round(percentile(values, 50)), p95: round(percentile(values, 95)), p99: round(percentile(values, 99)), max: round(Math.max(0, ...values)) });

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
function textOf(node: unknown): string {
  const n = node as { text?: string; content?: unknown[] } | null;
  if (!n) return '';
  if (typeof n.text === 'string') return n.text;
  return (n.content ?? []).map(textOf).join(n.content && (n as { type?: string }).type === 'doc' ? '\n' : '');
}

/** One save that came back ok: what the officer wrote, and the version the workspace gave it. */
interface OkSave {
  key: string;
  by: string;
  version: number;
  text: string;
  startedAt: number;
  doneAt: number;
}
interface Refusal {
  by: string;
  key: string;
  sentVersion: number;
  current: { version: number; text: string } | null;
}
/** A change an officer made that the others' live refresh must hear of (wall-clock ms, comparable across processes). */
interface Change {
  by: string;
  caseId: string;
  startedAt: number;
  doneAt: number;
}
/**
 * What one officer's live refresh heard (caseId null: "many changes") and when its list had reloaded.
 * Not who made it: a read names each case once, with whoever changed it last.
 */
interface Receipt {
  officer: string;
  caseId: string | null;
  heardAt: number;
  listedAt: number | null;
}
interface LoopFigure {
  officers: string[];
  delayP95: number;
  delayMax: number;
  utilisation: number;
}

/** Everything measured and written down during the run: plain data, so an officer's process can send its own home. */
class Tally {
  saveMs: number[] = [];
  conflictMs: number[] = [];
  listMs: number[] = [];
  refreshListMs: number[] = [];
  probeSaveMs: number[] = [];
  probeListMs: number[] = [];
  oks: OkSave[] = [];
  refusals: Refusal[] = [];
  changes: Change[] = [];
  receipts: Receipt[] = [];
  refused: Record<string, number> = {};
  errors: string[] = [];
  counts: Record<string, number> = {};
  loops: LoopFigure[] = [];
  recording = true;

  count(what: string): void {
    this.counts[what] = (this.counts[what] ?? 0) + 1;
  }

  merge(other: Tally): void {
    for (const k of ['saveMs', 'conflictMs', 'listMs', 'refreshListMs', 'probeSaveMs', 'probeListMs', 'oks', 'refusals', 'changes', 'receipts', 'errors', 'loops'] as const) (this[k] as unknown[]).push(...(other[k] as unknown[]));
    for (const [k, n] of Object.entries(other.refused)) this.refused[k] = (this.refused[k] ?? 0) + n;
    for (const [k, n] of Object.entries(other.counts)) this.counts[k] = (this.counts[k] ?? 0) + n;
  }

  static from(data: unknown): Tally {
    return Object.assign(new Tally(), data);
  }
}

/** A desk's calls through dispatch, as the window's (validation in and out); refusals come back as DeskErrors. */
type Call = <M extends DeskMethod>(method: M, input: DeskInput<M>, signal?: AbortSignal) => Promise<DeskOutput<M>>;
function caller(service: DeskService, tally: Tally, who: string): Call {
  return async (method, input, signal) => {
    const result = await dispatch(service, method, input, signal ? { signal } : {});
    if (result.ok) return result.value as DeskOutput<typeof method>;
    const key = `${method}:${result.error.code}`;
    if (EXPECTED_REFUSALS.has(key)) tally.refused[key] = (tally.refused[key] ?? 0) + 1;
    else if (!(signal?.aborted && result.error.code === 'cancelled')) tally.errors.push(`${who} ${key}: ${result.error.message}`);
    throw new DeskError(result.error.code, result.error.message, result.error.detail);
  };
}

interface Officer {
  name: string;
  reviewer: boolean;
  service: DeskService;
  call: Call;
  /** The version and text of each answer as this officer last saw it (case id/answer id). */
  seen: Map<string, { version: number; text: string }>;
  mine: CaseSummary[];
  everyone: CaseSummary[];
  seq: number;
}

/** Who the simulation's people are and where they log in: what an officer's process is told at its start. */
interface Plan {
  urls: Record<string, string>;
  hot: string[];
  officerNames: string[];
  /** The case only the probe types into. */
  probeCase: string;
}

export async function runTeamSimulation(options: TeamSimulationOptions): Promise<TeamSimulationResult> {
  const log = options.log ?? (() => undefined);
  const cluster = options.url ? null : await startTempCluster('desk_team_sim');
  const ownerUrl = options.url ?? cluster!.url;
  const asRole = (role: string) => ownerUrl.replace(/\/\/[^@/]*@/, `//${role}@`);
  const tally = new Tally();
  try {
    // --- The workspace, its people and its cases ---------------------------------------------
    await initTeamWorkspace(ownerUrl);
    const drafting = options.officers ?? 13;
    const names = [...Array.from({ length: drafting }, (_, i) => `sim_officer${String(i + 1).padStart(2, '0')}`), 'sim_reviewer1', 'sim_reviewer2'];
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      for (const name of [...names, PROBE]) {
        const group = name.startsWith('sim_reviewer') ? 'desk_reviewer' : 'desk_officer';
        const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])).rowCount;
        if (!exists) await client.query(`CREATE ROLE ${name} LOGIN IN ROLE ${group}`);
      }
    } finally {
      await client.end();
    }
    const admin = await openTeamDesk(ownerUrl);
    let plan: Plan;
    try {
      const adminCall = caller(admin, tally, 'setup');
      const caseCount = options.cases ?? 400;
      const t0 = performance.now();
      const ordinary = syntheticBundle(caseCount - 10, 6, { answered: true });
      const long = syntheticBundle(10, 120, { answered: true });
      long.cases.forEach((c, i) => (c.ref = `L${String(900000 + i)}`));
      await adminCall('importBundle', { bundle: { ...ordinary, cases: [...ordinary.cases, ...long.cases] }, replace: true });
      const org = (await adminCall('getWorkspace', {})).organisation;
      await adminCall('saveOrganisation', { ...org, approvalRequired: true });
      const all = await adminCall('listCases', { filter: 'open', limit: 10_000 });
      const officerNames = names.filter((n) => !n.startsWith('sim_reviewer'));
      // Most cases have an owner; a tenth are nobody's yet. A few "hot" cases are typed into by anyone.
      for (const [i, c] of all.entries()) if (i % 10 !== 9) await adminCall('assignCase', { id: c.id, owner: officerNames[i % officerNames.length]! });
      const probeCase = all.find((_, i) => i % 10 === 9)!.id;
      plan = { urls: Object.fromEntries([...names, PROBE].map((n) => [n, asRole(n)])), hot: all.slice(0, HOT_CASES).map((c) => c.id), officerNames, probeCase };
      log(`seeded ${all.length} cases (10 of 120 questions) in ${Math.round(performance.now() - t0)} ms`);
    } finally {
      await admin.dispose();
    }

    // --- The run: each officer a process of their own (a desk), or all as connections of this one ---
    if (options.processes) {
      for (const t of await runOfficerProcesses(plan, names, options.seconds, log)) tally.merge(t);
    } else {
      const officers = await openOfficers(plan, names, tally);
      const probe = spawnDesks(plan, options.probe === false ? [] : [PROBE]);
      try {
        await probe.ready;
        const end = Date.now() + options.seconds * 1000;
        const probed = probe.go(end);
        await runOfficers(officers, plan, tally, end);
        for (const t of await probed) tally.merge(t);
      } finally {
        probe.kill();
      }
    }
    log('run over; checking the database');
    return await verify(ownerUrl, tally, names);
  } finally {
    cluster?.stop();
  }
}

async function openOfficers(plan: Plan, names: readonly string[], tally: Tally): Promise<Officer[]> {
  const officers: Officer[] = [];
  for (const name of names) {
    const service = await openTeamDesk(plan.urls[name]!);
    officers.push({ name, reviewer: name.startsWith('sim_reviewer'), service, call: caller(service, tally, name), seen: new Map(), mine: [], everyone: [], seq: 0 });
  }
  return officers;
}

/** The officers' work until `end`, their live refresh a few seconds more (to hear the last changes), then their desks closed. */
async function runOfficers(officers: Officer[], plan: Plan, tally: Tally, end: number): Promise<void> {
  // One controller each: a signal shared by fifteen waiting calls would hold fifteen listeners.
  const stops = officers.map(() => new AbortController());
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const elu = nodePerformance.eventLoopUtilization();
  try {
    const waiters = officers.map((o, i) => liveRefresh(o, tally, stops[i]!.signal));
    await Promise.all(officers.map((o) => (o.reviewer ? reviewerLoop(o, tally, end, plan) : officerLoop(o, tally, end, plan))));
    // Changes made from here on are not waited for; those made before have a few seconds to be heard.
    tally.recording = false;
    await sleep(DRAIN_MS);
    for (const stop of stops) stop.abort();
    await Promise.all(waiters);
  } finally {
    loopDelay.disable();
    tally.loops.push({ officers: officers.map((o) => o.name), delayP95: loopDelay.percentile(95) / 1e6, delayMax: loopDelay.max / 1e6, utilisation: nodePerformance.eventLoopUtilization(elu).utilization });
    await Promise.all(officers.map((o) => o.service.dispose().catch(() => undefined)));
  }
}

/**
 * Desks in processes of their own, started together: each is told the plan on stdin, says `ready`
 * when its desk is open, is told when to stop, and answers with its tally as one JSON line.
 */
function spawnDesks(plan: Plan, names: readonly string[]): { ready: Promise<void>; go: (end: number) => Promise<Tally[]>; kill: () => void } {
  const children = names.map((name) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--officer', name], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines = createInterface({ input: child.stdout! });
    const queue: string[] = [];
    const waiting: ((line: string | null) => void)[] = [];
    lines.on('line', (l) => (waiting.length ? waiting.shift()!(l) : queue.push(l)));
    lines.on('close', () => waiting.splice(0).forEach((w) => w(null)));
    const next = () => new Promise<string | null>((resolve) => (queue.length ? resolve(queue.shift()!) : waiting.push(resolve)));
    child.stdin!.write(`${JSON.stringify(plan)}\n`);
    return { name, child, next };
  });
  const ready = (async () => {
    for (const c of children) if ((await c.next()) !== 'ready') throw new Error(`The desk process ${c.name} did not start (see its output above).`);
  })();
  const go = async (end: number) => {
    for (const c of children) c.child.stdin!.end(`${end}\n`);
    return Promise.all(
      children.map(async (c) => {
        const line = await c.next();
        if (!line) throw new Error(`The desk process ${c.name} ended without its figures (see its output above).`);
        return Tally.from(JSON.parse(line));
      }),
    );
  };
  return { ready, go, kill: () => children.forEach((c) => c.child.exitCode === null && c.child.kill()) };
}

async function runOfficerProcesses(plan: Plan, names: readonly string[], seconds: number, log: (line: string) => void): Promise<Tally[]> {
  const desks = spawnDesks(plan, names);
  try {
    await desks.ready;
    const end = Date.now() + seconds * 1000;
    log(`${names.length} officer processes running until ${new Date(end).toISOString()}`);
    return await desks.go(end);
  } finally {
    desks.kill();
  }
}

/** A desk's process: its desk opened, `ready`, then the work until the time the parent gives, then its tally. */
async function officerProcess(name: string): Promise<void> {
  const lines = createInterface({ input: process.stdin });
  const it = lines[Symbol.asyncIterator]();
  const plan = JSON.parse((await it.next()).value as string) as Plan;
  const tally = new Tally();
  const officers = await openOfficers(plan, [name], tally);
  process.stdout.write('ready\n');
  const end = Number((await it.next()).value);
  lines.close();
  if (name === PROBE) await probeLoop(officers[0]!, plan, tally, end);
  else await runOfficers(officers, plan, tally, end);
  process.stdout.write(`${JSON.stringify(tally)}\n`);
}

/**
 * The probe: one more officer in a process of their own, typing steadily (a save every half second)
 * into a case nobody else is given, and listing now and then. With the fifteen sharing one process
 * their timings include waiting for each other's JavaScript; the probe's are what one desk, on a
 * computer of its own, would see of the server under the team's load.
 */
async function probeLoop(o: Officer, plan: Plan, tally: Tally, end: number): Promise<void> {
  try {
    const c = await o.call('getCase', { id: plan.probeCase, team: true });
    const answer = c.answers[0]!;
    let version = answer.version ?? 1;
    for (let i = 0; Date.now() < end; i++) {
      const text = `${PROBE} typed line ${i}.`;
      const saved: Answer = { ...answer, doc: paragraph(text), version };
      delete (saved as { reviewComment?: unknown }).reviewComment;
      const startedAt = Date.now();
      const t = performance.now();
      try {
        version = (await o.call('saveAnswer', { caseId: c.id, answer: saved })).version ?? version + 1;
        tally.probeSaveMs.push(performance.now() - t);
        // Held to the same checks as the officers' saves.
        tally.oks.push({ key: `${c.id}/${answer.id}`, by: o.name, version, text, startedAt, doneAt: Date.now() });
      } catch (err) {
        const current = answerConflictOf(err);
        tally.refusals.push({ by: o.name, key: `${c.id}/${answer.id}`, sentVersion: version, current: current ? { version: current.version ?? 0, text: textOf(current.doc) } : null });
        version = current?.version ?? version;
      }
      if (i % 4 === 0) {
        const l = performance.now();
        await o.call('listCases', { filter: 'open', owner: 'everyone', offset: 0, limit: PAGE });
        tally.probeListMs.push(performance.now() - l);
      }
      await sleep(500);
    }
  } finally {
    await o.service.dispose().catch(() => undefined);
  }
}

/** The window's live-refresh loop: wait for changes, then reload the list the officer is looking at. */
async function liveRefresh(o: Officer, tally: Tally, signal: AbortSignal): Promise<void> {
  let cursor = (await o.call('waitForChanges', {})).cursor;
  while (!signal.aborted) {
    let result: DeskOutput<'waitForChanges'>;
    try {
      result = await o.call('waitForChanges', { after: cursor, timeoutMs: 5000 }, signal);
    } catch {
      if (signal.aborted) return;
      await sleep(250);
      continue;
    }
    const heardAt = Date.now();
    cursor = result.cursor;
    const heard: Receipt[] = result.changes.filter((c) => !c.own).map((c) => ({ officer: o.name, caseId: c.caseId, heardAt, listedAt: null }));
    if (heard.length === 0) continue;
    tally.receipts.push(...heard);
    try {
      const t = performance.now();
      await o.call('listCases', { filter: 'open', owner: 'everyone', offset: 0, limit: PAGE });
      tally.refreshListMs.push(performance.now() - t);
      const listedAt = Date.now();
      for (const r of heard) r.listedAt = listedAt;
    } catch {
      // Counted as an error by the caller; the next change reloads again.
    }
    // As the window does (renderer/src/live/useWorkspaceChanges.ts): rest before asking again.
    await sleep(LIVE_PACE_MS);
  }
}

async function listCases(o: Officer, tally: Tally, owner: 'mine' | 'everyone', extra: Partial<DeskInput<'listCases'>> = {}): Promise<CaseSummary[]> {
  const t = performance.now();
  const rows = await o.call('listCases', { filter: 'open', owner, offset: 0, limit: PAGE, ...extra });
  tally.listMs.push(performance.now() - t);
  return rows;
}

/** Does `work`, noting it as a change others must hear of if it succeeds; a refusal is swallowed (already counted). */
async function changing<T>(o: Officer, tally: Tally, caseId: string, work: () => Promise<T>): Promise<T | null> {
  const startedAt = Date.now();
  try {
    const value = await work();
    if (tally.recording) tally.changes.push({ by: o.name, caseId, startedAt, doneAt: Date.now() });
    return value;
  } catch {
    return null;
  }
}

async function officerLoop(o: Officer, tally: Tally, end: number, { hot, officerNames, probeCase }: Plan): Promise<void> {
  // The probe's case is left to the probe, so its timings are of one desk alone.
  const list = async (owner: 'mine' | 'everyone') => (await listCases(o, tally, owner)).filter((c) => c.id !== probeCase);
  o.mine = await list('mine').catch(() => []);
  o.everyone = await list('everyone').catch(() => []);
  while (Date.now() < end) {
    const r = Math.random();
    try {
      if (r < 0.12) {
        if (Math.random() < 0.5) o.mine = await list('mine');
        else o.everyone = await list('everyone');
      } else if (r < 0.8) {
        // Drafting: mostly the officer's own cases; a few bursts on a hot case's first answer, on purpose.
        const onHot = Math.random() < 0.25;
        const caseId = onHot ? pick(hot) : (pick(o.mine.filter((c) => c.status !== 'sent')) ?? pick(o.everyone))?.id;
        if (caseId) await draft(o, tally, caseId, onHot);
      } else if (r < 0.88) {
        const target = pick(o.everyone);
        if (target) {
          await changing(o, tally, target.id, () => o.call('assignCase', { id: target.id, owner: pick(officerNames)! }));
          tally.count('assignments');
        }
      } else if (r < 0.95) {
        const target = pick(o.mine.filter((c) => c.status === 'drafting' || c.status === 'new'));
        if (target && (await changing(o, tally, target.id, () => o.call('updateCase', { id: target.id, patch: { status: 'in-review' } })))) tally.count('marked in review');
      } else {
        const target = pick(o.mine.filter((c) => c.approved && c.status === 'in-review'));
        if (target && (await changing(o, tally, target.id, () => o.call('updateCase', { id: target.id, patch: { status: 'sent' } })))) tally.count('sent');
        o.mine = await list('mine');
      }
    } catch {
      // A refusal or error has been counted by the caller; the officer carries on.
    }
    await sleep(between(200, 800));
  }
}

/** Opens the case and types into one answer: an autosave on each pause, against the version last seen. */
async function draft(o: Officer, tally: Tally, caseId: string, onHot: boolean): Promise<void> {
  const c = await o.call('getCase', { id: caseId, team: true });
  if (c.status === 'sent' || c.status === 'closed') return;
  const answer = onHot ? c.answers[0] : pick(c.answers);
  if (!answer) return;
  const key = `${caseId}/${answer.id}`;
  o.seen.set(key, { version: answer.version ?? 1, text: textOf(answer.doc) });
  const bursts = Math.floor(between(2, 6));
  for (let i = 0; i < bursts; i++) {
    const seen = o.seen.get(key)!;
    // Typing goes on from what the officer sees; a long answer starts a fresh paragraph of words.
    const base = seen.text.length > 1500 ? '' : seen.text;
    const text = `${base} ${o.name}#${++o.seq} said the quick brown fox`.trim();
    const saved: Answer = { ...answer, doc: paragraph(text), version: seen.version };
    delete (saved as { reviewComment?: unknown }).reviewComment;
    const startedAt = Date.now();
    const t = performance.now();
    try {
      const back = await o.call('saveAnswer', { caseId, answer: saved });
      const ms = performance.now() - t;
      const doneAt = Date.now();
      tally.saveMs.push(ms);
      const version = back.version ?? 0;
      tally.oks.push({ key, by: o.name, version, text, startedAt, doneAt });
      if (tally.recording) tally.changes.push({ by: o.name, caseId, startedAt, doneAt });
      o.seen.set(key, { version, text });
    } catch (err) {
      const current = answerConflictOf(err);
      if ((err as DeskError).code !== 'conflict') return;
      tally.conflictMs.push(performance.now() - t);
      // A refused save of a case sent meanwhile carries no answer: not a version conflict.
      if (!current && /was sent on/.test((err as Error).message)) return;
      tally.refusals.push({ by: o.name, key, sentVersion: seen.version, current: current ? { version: current.version ?? 0, text: textOf(current.doc) } : null });
      if (!current) return;
      // The officer compares the two and keeps the other's text, then types on from it.
      o.seen.set(key, { version: current.version ?? 0, text: textOf(current.doc) });
    }
    await sleep(between(250, 700));
  }
}

async function reviewerLoop(o: Officer, tally: Tally, end: number, plan: Plan): Promise<void> {
  while (Date.now() < end) {
    try {
      const queue = (await listCases(o, tally, 'everyone', { forReview: true })).filter((c) => c.id !== plan.probeCase);
      const target = pick(queue);
      if (target) {
        const c = await o.call('getCase', { id: target.id, team: true });
        await sleep(between(300, 900));
        if (Math.random() < 0.65) {
          if (await changing(o, tally, c.id, () => o.call('approveCase', { id: c.id }))) tally.count('approved');
        } else {
          const answer = pick(c.answers);
          if (answer && (await changing(o, tally, c.id, () => o.call('returnCase', { id: c.id, comments: [{ answerId: answer.id, text: `Please check the figures (${o.name}).` }] })))) tally.count('returned');
        }
      }
    } catch {
      // Counted by the caller.
    }
    await sleep(between(1000, 2500));
  }
}

interface AnswerRow {
  case_id: string;
  id: string;
  version: number;
  plain_text: string;
}

/** Reads the answers, their history and the audit trail back, and holds every ok save and conflict to them. */
async function verify(url: string, tally: Tally, names: readonly string[]): Promise<TeamSimulationResult> {
  const problems: string[] = [];
  const note = (why: string) => void (problems.length < 20 && problems.push(why));
  let lost = 0;
  const oksByAnswer = new Map<string, OkSave[]>();
  for (const s of tally.oks) (oksByAnswer.get(s.key) ?? oksByAnswer.set(s.key, []).get(s.key)!).push(s);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let stored: Map<string, AnswerRow>;
  const history = new Map<string, Set<string>>();
  const audit = new Map<string, number[]>();
  try {
    const ids = [...oksByAnswer.keys()].map((k) => k.split('/')[1]!);
    stored = new Map((await client.query<AnswerRow>('SELECT case_id, id, version, plain_text FROM answers WHERE id = ANY($1::text[])', [ids])).rows.map((r) => [`${r.case_id}/${r.id}`, r]));
    for (const r of (await client.query<{ case_id: string; answer_id: string; plain_text: string }>('SELECT case_id, answer_id, plain_text FROM answer_versions WHERE answer_id = ANY($1::text[])', [ids])).rows) {
      const key = `${r.case_id}/${r.answer_id}`;
      (history.get(key) ?? history.set(key, new Set()).get(key)!).add(r.plain_text.trim());
    }
    for (const r of (await client.query<{ case_id: string; item: string; who: string; at: Date }>("SELECT case_id, item, who, at FROM desk_audit WHERE what = 'answer' AND item = ANY($1::text[])", [ids])).rows) {
      const key = `${r.case_id}/${r.item}|${r.who}`;
      (audit.get(key) ?? audit.set(key, []).get(key)!).push(minuteOf(r.at.getTime()));
    }
  } finally {
    await client.end();
  }
  const lose = (why: string) => {
    lost++;
    note(why);
  };
  for (const [key, oks] of oksByAnswer) {
    const byVersion = [...oks].sort((a, b) => a.version - b.version);
    // Two ok saves given one version: the second wrote over the first without either officer knowing.
    for (let i = 1; i < byVersion.length; i++) if (byVersion[i]!.version === byVersion[i - 1]!.version) lose(`${key}: two saves both given version ${byVersion[i]!.version} (${byVersion[i - 1]!.by}, ${byVersion[i]!.by})`);
    const last = byVersion[byVersion.length - 1]!;
    const row = stored.get(key);
    if (!row) {
      lose(`${key}: the answer is gone`);
      continue;
    }
    if (row.version < last.version || row.plain_text.trim() !== last.text) lose(`${key}: stored v${row.version} "${row.plain_text.slice(-40)}" is not the last ok save v${last.version} by ${last.by}`);
    const versions = history.get(key) ?? new Set<string>();
    for (const [i, s] of byVersion.entries()) {
      // History keeps one version of typing a minute: a save may be replaced by a later one in its minute.
      const replaced = byVersion.slice(i + 1).some((later) => minuteOf(later.startedAt) <= minuteOf(s.doneAt));
      if (!versions.has(s.text) && !replaced) lose(`${key}: v${s.version} by ${s.by} is not in the answer's history`);
      // The trail keeps one line per officer, answer and minute of typing.
      const minutes = audit.get(`${key}|${s.by}`) ?? [];
      if (!minutes.some((m) => m >= minuteOf(s.startedAt) && m <= minuteOf(s.doneAt))) lose(`${key}: v${s.version} by ${s.by} has no line in the audit trail`);
    }
  }
  // Every refused save said conflict with the answer as stored at the version it named.
  let unsurfaced = 0;
  for (const r of tally.refusals) {
    const writer = r.current && [...(oksByAnswer.get(r.key) ?? [])].filter((s) => s.version <= r.current!.version).sort((a, b) => b.version - a.version)[0];
    if (!r.current || r.current.version <= r.sentVersion || (writer && writer.text !== r.current.text.trim())) {
      unsurfaced++;
      note(`${r.key}: a conflict for ${r.by} (sent v${r.sentVersion}) carried ${r.current ? `v${r.current.version} "${r.current.text.slice(-40)}"` : 'no answer'}`);
    }
  }
  // Every change was heard by every other officer's live refresh, and the list reloaded after it: the
  // first word of a change to its case after it began (a read names each case once, whoever changed it).
  const receipts = new Map<string, Receipt[]>();
  for (const r of tally.receipts) {
    const key = `${r.officer}|${r.caseId ?? '*'}`;
    (receipts.get(key) ?? receipts.set(key, []).get(key)!).push(r);
  }
  for (const list of receipts.values()) list.sort((a, b) => a.heardAt - b.heardAt);
  const firstAfter = (key: string, t: number) => receipts.get(key)?.find((r) => r.heardAt >= t);
  const heard: number[] = [];
  const listed: number[] = [];
  let missed = 0;
  for (const c of tally.changes) {
    for (const name of names) {
      if (name === c.by) continue;
      const named = firstAfter(`${name}|${c.caseId}`, c.startedAt);
      const many = firstAfter(`${name}|*`, c.startedAt);
      const r = named && many ? (named.heardAt <= many.heardAt ? named : many) : (named ?? many);
      if (!r || r.listedAt === null) {
        missed++;
        note(`${name} never heard of ${c.by}'s change to ${c.caseId} made ${new Date(c.doneAt).toISOString()}`);
        continue;
      }
      heard.push(Math.max(0, r.heardAt - c.doneAt));
      listed.push(Math.max(0, r.listedAt - c.doneAt));
    }
  }
  const saves = spread(tally.saveMs);
  const allLists = [...tally.listMs, ...tally.refreshListMs];
  const worstLoop = [...tally.loops].sort((a, b) => b.delayP95 - a.delayP95)[0];
  const figures: StoreFigure[] = [
    { name: `team: saves of an answer, ${names.length} officers on one PostgreSQL (p95)`, value: saves.p95, unit: 'ms', detail: { ...saves, target: '< 50 ms' } },
    { name: 'team: conflicts surfaced (saves refused with the stored text)', value: tally.refusals.length - unsurfaced, unit: 'count', detail: { notSurfaced: unsurfaced, conflictSaveP95: round(percentile(tally.conflictMs, 95)), refused: tally.refused } },
    { name: 'team: lost or silently overwritten edits', value: lost, unit: 'count', detail: { answersEdited: oksByAnswer.size, target: '0' } },
    {
      name: "team: list refreshed after another officer's change (p95)",
      value: round(percentile(listed, 95)),
      unit: 'ms',
      detail: { p50: round(percentile(listed, 50)), max: round(Math.max(0, ...listed)), heardP50: round(percentile(heard, 50)), heardP95: round(percentile(heard, 95)), heardMax: round(Math.max(0, ...heard)), changes: tally.changes.length, deliveries: listed.length, missed, manyChanges: tally.receipts.filter((r) => r.caseId === null).length, target: '< 1000 ms' },
    },
    { name: 'team: case list query under load (p95)', value: round(percentile(allLists, 95)), unit: 'ms', detail: { officersLists: spread(tally.listMs), refreshLists: spread(tally.refreshListMs), target: '< 50 ms' } },
    {
      name: 'team: the officers\' own processes, event loop delay (p95 of the worst)',
      value: round(worstLoop?.delayP95 ?? 0),
      unit: 'ms',
      detail: { processes: tally.loops.length, maxDelay: round(Math.max(0, ...tally.loops.map((l) => l.delayMax))), busiestUtilisation: round(Math.max(0, ...tally.loops.map((l) => l.utilisation))) },
    },
    ...(tally.probeSaveMs.length
      ? [
          {
            name: 'team: saves by one more desk in a process of its own, under the same load (p95)',
            value: round(percentile(tally.probeSaveMs, 95)),
            unit: 'ms',
            detail: { ...spread(tally.probeSaveMs), listP95: round(percentile(tally.probeListMs, 95)), target: '< 50 ms' },
          },
        ]
      : []),
    { name: 'team: errors', value: tally.errors.length, unit: 'count', detail: { first: tally.errors.slice(0, 5), work: tally.counts, target: '0' } },
  ];
  return {
    figures,
    saves: saves.count,
    conflicts: tally.refusals.length,
    unsurfacedConflicts: unsurfaced,
    lostEdits: lost,
    missedRefreshes: missed,
    errors: tally.errors.length,
    refreshP95: percentile(listed, 95),
    listP95: percentile(allLists, 95),
    savesP95: saves.p95,
    problems,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const officer = at('--officer');
  if (officer) {
    await officerProcess(officer);
  } else {
    const seconds = Number(at('--seconds') ?? 300);
    const processes = args.includes('--processes');
    const result = await runTeamSimulation({ seconds, processes, ...(at('--db') ? { url: at('--db')! } : {}), ...(at('--officers') ? { officers: Number(at('--officers')) } : {}), log: (line) => console.error(line) });
    for (const f of result.figures) console.log(JSON.stringify({ figure: f.name, value: f.value, unit: f.unit, seconds, officers: processes ? 'one process each' : 'one process, a pool each', ...f.detail }));
    for (const p of result.problems) console.error(p);
    process.exitCode = result.lostEdits || result.errors || result.unsurfacedConflicts || result.missedRefreshes ? 1 : 0;
  }
}
