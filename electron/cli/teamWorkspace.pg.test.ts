import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../core/api';
import type { Case } from '../../core/model';
import { cli } from './runForTest';
import { DeskService } from '../services/deskService';
import { openTeamDesk } from '../services/openTeamDesk';
import { initTeamWorkspace } from '../services/pg/pgTeam';
import { clusterForThisFile } from '../services/pg/testing/clusterForFile';

// DeskService over a team's PostgreSQL, on a real cluster started for this file: the same service,
// the same rules, the other engine. A single officer's workspace file is moved in with
// `desk team import`, and everything the officer reads back must be what the file said.
const TODAY = '2024-06-20';
const BUNDLE = JSON.parse(readFileSync(join(__dirname, '../../fixtures/iopc-month.bundle.json'), 'utf8')) as unknown;

const cluster = clusterForThisFile();
let dir: string;
let made = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-team-desk-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A new team workspace, set up as `desk team init` does, with an officer (jo), a reviewer (sam) and an admin (pat). */
async function teamWorkspace(): Promise<{ as: (role: 'jo' | 'sam' | 'pat') => string }> {
  const url = await cluster.newDatabase();
  await initTeamWorkspace(url);
  await cluster.admin.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jo') THEN CREATE ROLE jo LOGIN IN ROLE desk_officer; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sam') THEN CREATE ROLE sam LOGIN IN ROLE desk_reviewer; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pat') THEN CREATE ROLE pat LOGIN IN ROLE desk_admin; END IF;
  END $$`);
  return { as: (role) => cluster.as(url, role) };
}

/** A single officer's workspace file holding the fixture month, as `desk import` makes it. */
async function workspaceFile(): Promise<string> {
  const path = join(dir, `officer-${++made}.sqlite`);
  const desk = new DeskService(path, { today: () => TODAY });
  await desk.importBundle({ bundle: BUNDLE, replace: false });
  desk.close();
  return path;
}

async function call<T>(desk: DeskService, method: string, input: unknown): Promise<T> {
  const r = await dispatch(desk, method, input);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, detail: r.error.detail });
  return r.value as T;
}

describe('a team workspace on PostgreSQL, through DeskService', () => {
  it('takes a workspace file whole with `desk team import`, and reads it back as the file does', async () => {
    const team = await teamWorkspace();
    const file = await workspaceFile();
    // The file brings its organisation's settings, which only an admin may set: an officer's import
    // is refused in words, and all or nothing, not one case is left behind.
    const refused = await cli('team', 'import', '--from', file, '--to', team.as('jo'));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/Your login may not change the organisation's settings .* only a team admin \(the desk_admin role\) may/);
    const empty = await openTeamDesk(team.as('jo'));
    expect((await empty.getWorkspace()).caseCount).toBe(0);
    await empty.dispose();

    const moved = await cli('team', 'import', '--from', file, '--to', team.as('pat'));
    expect(moved.err).toBe('');
    expect(moved.code).toBe(0);
    expect(moved.out).toMatch(/^Moved 3 cases into the team workspace/);

    const single = new DeskService(file, { today: () => TODAY, create: false });
    const shared = await openTeamDesk(team.as('jo'), { today: () => TODAY });
    try {
      // Every case, whole: questions, answers, clock, letter parts, overrides.
      for (const s of await single.listCases({ filter: 'all', search: '' })) {
        const here = await single.getCase({ id: s.id });
        const there = await shared.getCase({ id: s.id });
        expect(there).toEqual(here);
      }
      // The list in the officer's order, under each filter, and a search.
      for (const filter of ['all', 'open', 'overdue', 'due-this-week', 'sent-this-month'] as const) {
        const refs = async (d: DeskService) => (await d.listCases({ filter, search: '', today: TODAY })).map((c) => [c.ref, c.due, c.workingDaysLeft, c.questionCount, c.answeredCount]);
        expect(await refs(shared), filter).toEqual(await refs(single));
      }
      const found = async (d: DeskService) => (await d.listCases({ filter: 'open', search: 'contact centre' })).map((c) => c.ref);
      expect(await found(shared)).toEqual(await found(single));
      // The month's log and its checks, word for word.
      const log = async (d: DeskService) => Buffer.from((await d.exportLog({ month: '2024-06', format: 'html' })).base64, 'base64').toString('utf8');
      expect(await log(shared)).toBe(await log(single));
      expect(await shared.checkMonth({ month: '2024-06', purpose: 'publish' })).toEqual(await single.checkMonth({ month: '2024-06', purpose: 'publish' }));
      expect((await shared.getWorkspace()).organisation).toEqual((await single.getWorkspace()).organisation);
      expect((await shared.getWorkspace()).path).toMatch(/^jo @ 127\.0\.0\.1:\d+ \/ desk_\d+$/);
    } finally {
      single.close();
      await shared.dispose();
    }

    // Again: every reference is taken now, so nothing is written, and the message names them.
    const again = await cli('team', 'import', '--from', file, '--to', team.as('pat'));
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already has cases 5024007, 5024113, 5024150.*Nothing was changed/);
  }, 60_000);

  it('lets two officers work one case: an assignment seen, a stale save refused with both texts, a return with comments, a sign-off', async () => {
    const team = await teamWorkspace();
    const jo = await openTeamDesk(team.as('jo'), { today: () => TODAY });
    const sam = await openTeamDesk(team.as('sam'), { today: () => TODAY });
    try {
      const pat = await openTeamDesk(team.as('pat'), { today: () => TODAY });
      await pat.importBundle({ bundle: BUNDLE, replace: false });
      await pat.dispose();
      expect(jo.whoAmI()).toEqual({ name: 'jo' });
      const made = await call<Case>(jo, 'createCase', { ref: 'TEAM-1', title: 'Contact centre contracts', regime: 'foia', received: '2024-06-10', requester: { name: 'A Requester', email: 'a@example.org', address: '' }, requestText: '1. Who holds the contract?' });
      const withQuestion = await call<Case>(jo, 'updateCase', { id: made.id, patch: { questions: [{ id: 'team-q1', number: '1', label: '', text: 'Who holds the contract?', heading: false }] } });
      const first = await call<{ version: number }>(jo, 'saveAnswer', { caseId: made.id, answer: { id: 'team-a1', covers: [withQuestion.questions[0]!.id], doc: { type: 'doc', content: [] }, disposition: 'answered', exemptions: [], redirectTo: '', version: 0 } });
      expect(first.version).toBe(1);
      const open = (await jo.listCases({ filter: 'open', search: '' }))[0]!;
      expect(open.ref).toBe('TEAM-1');
      await call(jo, 'assignCase', { id: open.id, owner: 'jo' });
      expect((await sam.listCases({ filter: 'all', search: '', owner: 'mine' })).map((c) => c.ref)).toEqual([]);
      expect((await jo.listCases({ filter: 'all', search: '', owner: 'mine' })).map((c) => c.ref)).toEqual([open.ref]);

      // Both open the case at the same version of its answer; jo saves first.
      const seen = await jo.getCase({ id: open.id, team: true });
      const answer = seen.answers[0]!;
      const typed = (text: string): Case['answers'][number] => ({ ...answer, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
      const saved = await call<{ version: number }>(jo, 'saveAnswer', { caseId: open.id, answer: typed("Jo's words.") });
      expect(saved.version).toBe(answer.version! + 1);
      const refused = await dispatch(sam, 'saveAnswer', { caseId: open.id, answer: typed("Sam's words.") });
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', detail: { kind: 'answer-version', current: { version: saved.version } } } });
      expect(JSON.stringify((await sam.getCase({ id: open.id })).answers[0]!.doc)).toContain("Jo's words.");

      // The reviewer returns it with a comment; the officer sees it, marks it ready again; sam signs it off.
      await call(jo, 'updateCase', { id: open.id, patch: { status: 'in-review' } });
      await call(sam, 'returnCase', { id: open.id, comments: [{ answerId: answer.id, text: 'Say which contract this is.' }] });
      const back = await jo.getCase({ id: open.id, team: true });
      expect(back.status).toBe('drafting');
      expect(back.answers[0]!.reviewComment).toMatchObject({ text: 'Say which contract this is.', by: 'sam' });
      await call(jo, 'updateCase', { id: open.id, patch: { status: 'in-review' } });
      expect((await sam.listCases({ filter: 'all', search: '', forReview: true })).map((c) => c.ref)).toEqual([open.ref]);
      const approved = await call<Case>(sam, 'approveCase', { id: open.id });
      expect(approved.approval).toMatchObject({ by: 'sam' });
      // The audit trail names each officer's own login.
      const trail = await call<{ engine: string; entries: { who: string | null; summary: string }[] }>(jo, 'caseAudit', { caseId: open.id });
      expect(trail.engine).toBe('postgres');
      expect(new Set(trail.entries.map((e) => e.who))).toEqual(new Set(['jo', 'sam']));
    } finally {
      await jo.dispose();
      await sam.dispose();
    }
  }, 60_000);

  it('keeps both of two officers\' changes to one case\'s details made at the same moment: neither silently undoes the other', async () => {
    const team = await teamWorkspace();
    const jo = await openTeamDesk(team.as('jo'), { today: () => TODAY });
    const sam = await openTeamDesk(team.as('sam'), { today: () => TODAY });
    try {
      const made = await call<Case>(jo, 'createCase', { ref: 'TEAM-H', title: 'Parking permits', regime: 'foia', received: '2024-06-10', requestText: '1. How many permits?' });
      // Rounds of one field each, at once: jo's request text, sam's title, and an override each.
      for (let round = 1; round <= 8; round++) {
        await Promise.all([
          call(jo, 'updateCase', { id: made.id, patch: { requestText: `1. How many permits? (round ${round})` } }),
          call(sam, 'updateCase', { id: made.id, patch: { title: `Parking permits, round ${round}` } }),
          call(jo, 'recordOverrides', { overrides: [{ caseRef: 'TEAM-H', ruleId: `rule-jo-${round}`, reason: 'Checked with the team lead.' }] }),
          call(sam, 'recordOverrides', { overrides: [{ caseRef: 'TEAM-H', ruleId: `rule-sam-${round}`, reason: 'Checked with the team lead.' }] }),
        ]);
        const now = await jo.getCase({ id: made.id });
        expect(now.requestText).toBe(`1. How many permits? (round ${round})`);
        expect(now.title).toBe(`Parking permits, round ${round}`);
        expect(now.overrides.map((o) => o.ruleId)).toEqual(expect.arrayContaining([`rule-jo-${round}`, `rule-sam-${round}`]));
        expect(now.overrides).toHaveLength(round * 2);
      }
    } finally {
      await jo.dispose();
      await sam.dispose();
    }
  }, 60_000);

  it('answers `desk` commands on the team workspace as on a file: export the month, search, the bin', async () => {
    const team = await teamWorkspace();
    const file = await workspaceFile();
    expect((await cli('team', 'import', '--from', file, '--to', team.as('pat'))).code).toBe(0);
    const out = join(dir, `log-${made}.docx`);
    const exported = await cli('export', 'log', '--db', team.as('jo'), '--month', '2024-06', '--out', out);
    expect(exported.err).toBe('');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const searched = await cli('search', '--db', team.as('jo'), 'contact centre');
    expect(searched.code).toBe(0);
    expect(searched.out).toContain('5024007');
    const bin = await cli('bin', 'list', '--db', team.as('jo'));
    expect(bin.code).toBe(0);
  }, 60_000);
});
