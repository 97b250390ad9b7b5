// Makes a realistic large workspace for benchmarks and scale tests, through the real store:
//   node --import tsx scripts/generateWorkspace.ts --cases 50000 --out /tmp/big.sqlite [--today 2026-11-30]
// Ten years of requests, mixed regimes and statuses, answers on most finished cases, and one
// 200-question case (ref 9200200). Deterministic: the same arguments make the same cases.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CaseRepository, type SerialisedCase, type SerialisedAnswer } from '../electron/services/caseRepository';
import { openWorkspaceDb, type Db } from '../electron/services/workspaceDb';
import { DeskService } from '../electron/services/deskService';
import type { Regime } from '../core/model';

const TOPICS = ['parking fines', 'contact centre staffing', 'road gritting', 'school transport', 'planning appeals', 'fly-tipping', 'taser use', 'stop and search', 'agency staff spend', 'IT contracts', 'CCTV cameras', 'council tax arrears', 'pothole claims', 'libraries closures', 'social care waiting lists', 'air quality monitoring', 'tree felling', 'domestic abuse reports', 'speed cameras', 'consultancy spend'];
const WORDS = ['number', 'cost', 'year', 'staff', 'contract', 'supplier', 'complaints', 'incidents', 'budget', 'policy', 'vehicles', 'officers', 'training', 'hours', 'overtime', 'locations', 'reports', 'assessment', 'review', 'meetings'];
const REGIMES: Regime[] = ['foia', 'foia', 'foia', 'foia', 'foia', 'foia', 'eir', 'eir', 'foisa', 'eisr'];

/** A small deterministic generator: benchmarks compare like with like between runs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

function docOf(text: string): string {
  return JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
}

export interface GenerateOptions {
  cases: number;
  /** The day the workspace is "now": the newest cases are still open on it. */
  today?: string;
}

/** The number of cases in each write: one transaction per batch keeps memory flat and writes fast. */
const BATCH = 5_000;

/** Case i, received on `receivedDay` (days since 1970): open if recent, sent or closed if not. */
export function makeCase(i: number, todayDay: number, receivedDay: number, questionCount?: number, forceStatus?: SerialisedCase['status']): SerialisedCase {
  const rnd = random(i + 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const age = todayDay - receivedDay;
  const topic = pick(TOPICS);
  const regime = pick(REGIMES);
  // Most of the last six weeks' requests are still being worked on; a few went out early.
  const open = age < 40 && rnd() < 0.85;
  const status = forceStatus ?? (open ? pick(['new', 'drafting', 'drafting', 'awaiting-information', 'in-review'] as const) : rnd() < 0.9 ? 'sent' : 'closed');
  const sent = forceStatus || open ? null : isoDay(Math.min(todayDay, receivedDay + 5 + Math.floor(rnd() * 25)));
  const n = questionCount ?? 1 + Math.floor(rnd() * 8);
  const caseId = `gen-${i}`;
  const questions = Array.from({ length: n }, (_, j) => ({
    id: `${caseId}-q${j + 1}`,
    number: String(j + 1),
    label: '',
    text: `Please state the ${pick(WORDS)} of ${topic} and the ${pick(WORDS)} for each ${pick(WORDS)} in ${2015 + Math.floor(rnd() * 11)}.`,
    heading: false,
  }));
  const answered = status === 'sent' || status === 'closed' ? n : status === 'drafting' || status === 'in-review' ? Math.floor(n / 2) : 0;
  const answers: SerialisedAnswer[] = questions.slice(0, answered).map((q, j) => {
    const text = rnd() < 0.15 ? `The information is not held. No ${pick(WORDS)} about ${topic} is recorded.` : `The ${pick(WORDS)} was ${Math.floor(rnd() * 900) + 10} and the ${pick(WORDS)} ${Math.floor(rnd() * 90_000)} pounds.`;
    return { id: `${caseId}-a${j + 1}`, covers: [q.id], docJson: docOf(text), plainText: text, disposition: text.startsWith('The information is not held') ? 'not-held' : 'answered', exemptions: [], redirectTo: '' };
  });
  const stamp = `${isoDay(receivedDay)}T09:00:00.000Z`;
  return {
    id: caseId,
    ref: String(5_000_000 + i),
    title: `${topic[0]!.toUpperCase()}${topic.slice(1)} ${2015 + Math.floor(age < 0 ? 10 : 10 - age / 365)}`,
    regime,
    received: isoDay(receivedDay),
    sent,
    status,
    publish: rnd() < 0.8,
    requester: { name: `Requester ${i}`, email: `r${i}@example.org`, address: '' },
    requestText: questions.map((q) => `${q.number}. ${q.text}`).join('\n'),
    summary: '',
    questions,
    answers,
    attachments: [],
    clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: rnd() < 0.03 ? 20 : 0, complexExtension: false },
    overrides: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/**
 * Writes `options.cases` generated cases, plus one 200-question case (ref 9200200), into an open
 * workspace. Their stored deadlines are left to be filled when a DeskService next opens the file.
 */
export function writeGeneratedCases(db: Db, options: GenerateOptions): void {
  const todayDay = Math.floor(Date.parse(`${options.today ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`) / 86_400_000);
  const repo = new CaseRepository(db);
  for (let start = 0; start < options.cases; start += BATCH) {
    const batch: SerialisedCase[] = [];
    // Spread evenly over the ten years before today, oldest first.
    for (let i = start; i < Math.min(options.cases, start + BATCH); i++) batch.push(makeCase(i, todayDay, todayDay - 3650 + Math.floor((i * 3650) / options.cases)));
    repo.putMany(batch);
  }
  repo.putMany([{ ...makeCase(options.cases, todayDay, todayDay - 3, 200, 'drafting'), id: 'gen-200-questions', ref: '9200200' }]);
}

/** Writes `cases` cases (plus one 200-question case) into a new workspace at `out`; returns the time taken. */
export function generateWorkspace(out: string, options: GenerateOptions): { ms: number; cases: number } {
  if (existsSync(out)) throw new Error(`${out} already exists: choose a new file name, or delete it first.`);
  const t0 = performance.now();
  const db = openWorkspaceDb(out);
  writeGeneratedCases(db, options);
  db.close();
  // Opening through the service brings every derived column (stored deadlines) up to date once.
  new DeskService(out, { ...(options.today ? { today: () => options.today! } : {}) }).close();
  return { ms: performance.now() - t0, cases: options.cases + 1 };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const out = argValue(args, '--out');
  const cases = Number(argValue(args, '--cases') ?? '50000');
  if (!out || !Number.isInteger(cases) || cases < 1) {
    console.error('Usage: node --import tsx scripts/generateWorkspace.ts --cases 50000 --out FILE.sqlite [--today YYYY-MM-DD]');
    process.exit(2);
  }
  const r = generateWorkspace(out, { cases, today: argValue(args, '--today') });
  console.log(`Wrote ${r.cases} cases to ${out} in ${(r.ms / 1000).toFixed(1)} s.`);
}
