import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Case } from '../../../core/model';
import { openSqliteStore } from '../store/sqliteStore';
import { MIGRATIONS } from '../migrations';
import { openWorkspaceDb, schemaVersion } from '../workspaceDb';
import { tempWorkspacePath } from '../testing/testWorkspace';
import type { WorkspaceStore } from '../store/caseStore';
import type { Db } from '../workspaceDb';
import { waitForChanges } from './waitForChanges';

// Two connections on one workspace file, as two windows (or a window and the CLI) have: what one
// writes, the other's waiter hears of within a poll, and tells its own writes from the other's.
const opened: { close: () => unknown }[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  for (const c of cleanups.splice(0)) c();
});

function twoWindows(): { a: WorkspaceStore & { db: Db }; b: WorkspaceStore & { db: Db }; path: string } {
  const ws = tempWorkspacePath();
  cleanups.push(ws.cleanup);
  const a = openSqliteStore(ws.path);
  const b = openSqliteStore(ws.path);
  opened.push(b, a);
  return { a, b, path: ws.path };
}

function aCase(id: string, ref: string, title = 'Street lighting'): Case {
  return {
    id, ref, title, regime: 'foia', received: '2024-06-03', sent: null, status: 'new', publish: true,
    requester: { name: '', email: '', address: '' }, requestText: '', summary: '', questions: [], answers: [], attachments: [],
    clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false },
    overrides: [], createdAt: '2024-06-03T09:00:00Z', updatedAt: '2024-06-03T09:00:00Z',
  };
}

const never = new AbortController().signal;

describe('waitForChanges on SQLite', () => {
  it('without a cursor, answers at once with where the log stands', async () => {
    const { a, b } = twoWindows();
    const first = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    expect(first).toEqual({ cursor: 0, changes: [] });
    b.cases.put(aCase('c1', '24-001'));
    const later = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    expect(later.cursor).toBeGreaterThan(0);
    expect(later.changes).toEqual([]);
  });

  it("wakes a waiting window within a second of another connection's write, naming the case", async () => {
    const { a, b } = twoWindows();
    const { cursor } = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    const started = Date.now();
    const waiting = waitForChanges(a, { after: cursor, timeoutMs: 25_000 }, never);
    let settled = false;
    void waiting.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(settled, 'nothing changed yet: still waiting').toBe(false);
    const wrote = Date.now();
    b.cases.put(aCase('c1', '24-001'));
    const result = await waiting;
    const latency = Date.now() - wrote;
    console.log(`SQLite: another connection's change reached the waiter in ${latency} ms (poll ${200} ms)`);
    expect(latency).toBeLessThan(1000);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.cursor).toBeGreaterThan(cursor);
    expect(result.changes).toEqual([{ caseId: 'c1', kind: 'case', ref: '24-001', own: false }]);
  });

  it("marks this connection's own writes as own, and another's as not", async () => {
    const { a, b } = twoWindows();
    let { cursor } = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    a.cases.put(aCase('mine', '24-010'));
    let result = await waitForChanges(a, { after: cursor, timeoutMs: 25_000 }, never);
    expect(result.changes).toEqual([{ caseId: 'mine', kind: 'case', ref: '24-010', own: true }]);
    cursor = result.cursor;

    b.cases.put(aCase('theirs', '24-011'));
    result = await waitForChanges(a, { after: cursor, timeoutMs: 25_000 }, never);
    expect(result.changes).toEqual([{ caseId: 'theirs', kind: 'case', ref: '24-011', own: false }]);
  });

  it('logs answers and assignments, once per case and kind, with who assigned', async () => {
    const { a, b } = twoWindows();
    b.cases.put(aCase('c1', '24-001'));
    const { cursor } = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Held.' }] }] };
    b.cases.saveAnswer('c1', { id: 'a1', covers: [], doc, disposition: 'answered', exemptions: [], redirectTo: '' } as never, '2024-06-04T10:00:00Z');
    b.cases.saveAnswer('c1', { id: 'a1', covers: [], doc, disposition: 'answered', exemptions: [], redirectTo: '' } as never, '2024-06-04T10:00:01Z');
    b.team.assign('c1', 'Sam Smith', 'Jo Bloggs', '2024-06-04T10:01:00Z');
    const result = await waitForChanges(a, { after: cursor, timeoutMs: 25_000 }, never);
    expect(result.changes).toEqual(
      expect.arrayContaining([
        { caseId: 'c1', kind: 'answer', ref: '24-001', own: false },
        { caseId: 'c1', kind: 'case', ref: '24-001', own: false },
        { caseId: 'c1', kind: 'assignment', ref: '24-001', by: 'Jo Bloggs', own: false },
      ]),
    );
    expect(result.changes).toHaveLength(3);
  });

  it("does not log the stored deadline's daily upkeep", async () => {
    const { a, b } = twoWindows();
    b.cases.put(aCase('c1', '24-001'));
    const { cursor } = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    b.cases.storeDeadlines([{ id: 'c1', due: '2024-07-01', dueAsOf: null }]);
    expect(await waitForChanges(a, { after: cursor, timeoutMs: 300 }, never)).toEqual({ cursor, changes: [] });
  });

  it('answers with no changes and the same cursor when the time is up', async () => {
    const { a } = twoWindows();
    const { cursor } = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    const started = Date.now();
    expect(await waitForChanges(a, { after: cursor, timeoutMs: 400 }, never)).toEqual({ cursor, changes: [] });
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('stops waiting when the call is cancelled (the window closed)', async () => {
    const { a } = twoWindows();
    const { cursor } = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    const controller = new AbortController();
    const waiting = waitForChanges(a, { after: cursor, timeoutMs: 25_000 }, controller.signal);
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    await expect(waiting).rejects.toMatchObject({ code: 'cancelled' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('ends a wait at once when the workspace closes under it, so the window asks the one open now', async () => {
    const { a } = twoWindows();
    const { cursor } = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    const waiting = waitForChanges(a, { after: cursor, timeoutMs: 25_000 }, never);
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    a.db.close();
    await expect(waiting).rejects.toMatchObject({ code: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('tells a window whose cursor fell behind the trim, or came from elsewhere, to read everything again', async () => {
    const { a, b } = twoWindows();
    b.cases.put(aCase('c1', '24-001'));
    const { cursor } = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    // 6,000 edits: the log keeps the newest 5,000 (and the one that trimmed them).
    const bump = b.db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?');
    b.db.transaction(() => {
      for (let i = 0; i < 6000; i++) bump.run(`2024-06-04T10:00:${i}`, 'c1');
    })();
    const rows = (b.db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
    expect(rows).toBeLessThanOrEqual(5001);
    const behind = await waitForChanges(a, { after: cursor, timeoutMs: 25_000 }, never);
    expect(behind.changes).toEqual([{ caseId: null, kind: 'many', own: false }]);
    // From there on, changes are named again.
    b.cases.put(aCase('c2', '24-002'));
    const next = await waitForChanges(a, { after: behind.cursor, timeoutMs: 25_000 }, never);
    expect(next.changes).toEqual([{ caseId: 'c2', kind: 'case', ref: '24-002', own: false }]);
    // A cursor beyond the log (another workspace's) is not trusted either.
    expect((await waitForChanges(a, { after: next.cursor + 1000, timeoutMs: 25_000 }, never)).changes).toEqual([{ caseId: null, kind: 'many', own: false }]);
  });

  it('sums up a flood of changes (an import) as many', async () => {
    const { a, b } = twoWindows();
    const { cursor } = await waitForChanges(a, { timeoutMs: 25_000 }, never);
    b.cases.putMany(Array.from({ length: 300 }, (_, i) => ({ ...aCase(`c${i}`, `24-${String(i).padStart(3, '0')}`) })) as never);
    const result = await waitForChanges(a, { after: cursor, timeoutMs: 25_000 }, never);
    expect(result.changes).toEqual([{ caseId: null, kind: 'many', own: false }]);
  });
});

describe('migration 14', () => {
  it('adds the change log to a workspace made at version 13, keeping its cases, and logs from then on', () => {
    const ws = tempWorkspacePath();
    cleanups.push(ws.cleanup);
    const old = openWorkspaceDb(ws.path, MIGRATIONS.filter((m) => m.version <= 13));
    old.prepare(
      `INSERT INTO cases (id, num, ref, title, regime, received, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
       VALUES ('c1', 1, 'OLD-1', 'Street lighting', 'foia', '2024-06-03', 'new', 1, '{"name":"","email":"","address":""}', '', '', '[]', '{}', 'x', 'x')`,
    ).run();
    expect(schemaVersion(old)).toBe(13);
    old.close();

    const db = openWorkspaceDb(ws.path);
    opened.push(db);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(14);
    expect((db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n).toBe(0);
    db.prepare("UPDATE cases SET title = 'Street lights' WHERE id = 'c1'").run();
    expect(db.prepare('SELECT case_id, kind FROM changes').all()).toEqual([{ case_id: 'c1', kind: 'case' }]);
    // A raw connection without the app (another program) is logged too: the triggers are in the file.
    const raw = new Database(ws.path);
    opened.push(raw);
    raw.prepare("DELETE FROM cases WHERE id = 'c1'").run();
    expect(db.prepare('SELECT case_id, kind FROM changes ORDER BY id').all()).toEqual([
      { case_id: 'c1', kind: 'case' },
      { case_id: 'c1', kind: 'case' },
    ]);
  });
});
