import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migratePg } from './pgSchema';
import { PG_MIGRATIONS } from './pgMigrations';
import { initTeamWorkspace } from './pgTeam';
import { startTempCluster, type TempCluster } from './testing/tempCluster';
import { closePgChangeFeed, pgChangeFeed, LISTENER_NAME } from './pgChangeFeed';
import { waitForChanges } from '../changes/waitForChanges';
import type { WorkspaceStore } from '../store/caseStore';

// Live refresh on a real PostgreSQL (pg/testing/tempCluster.ts), never a mock: officers on their own
// logins change cases, a window's waiter hears of it through LISTEN/NOTIFY, and the listener
// survives being dropped. Without PostgreSQL installed this fails, never skips: .ci/run installs it.
let cluster: TempCluster;
let admin: pg.Client;
let made = 0;
const toEnd: { end: () => Promise<unknown> }[] = [];

beforeAll(async () => {
  cluster = await startTempCluster();
  admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE ROLE jo_bloggs LOGIN');
}, 60_000);

afterEach(async () => {
  for (const c of toEnd.splice(0).reverse()) {
    if (c instanceof pg.Pool) closePgChangeFeed(c);
    await c.end().catch(() => undefined);
  }
});

afterAll(async () => {
  await admin?.end();
  cluster?.stop();
});

/** A new team workspace (schema and roles), the window's pool on it, and Jo's own connection. */
async function teamWorkspace(): Promise<{ url: string; window: pg.Pool; jo: pg.Client; store: WorkspaceStore }> {
  const url = cluster.url.replace(/\/[^/]+$/, `/desk_feed_${++made}`);
  await admin.query(`CREATE DATABASE desk_feed_${made}`);
  await initTeamWorkspace(url);
  await admin.query('GRANT desk_officer TO jo_bloggs');
  const window = new pg.Pool({ connectionString: url });
  const jo = new pg.Client({ connectionString: url.replace('postgres@', 'jo_bloggs@') });
  await jo.connect();
  toEnd.push(window, jo);
  // What DeskService hands waitForChanges: the workspace's store; the feed needs only its pool.
  return { url, window, jo, store: { engine: 'postgres', changes: () => pgChangeFeed(window) } as unknown as WorkspaceStore };
}

const insertCase = (id: string, ref: string) =>
  `INSERT INTO cases (id, ref, title, regime, received, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
   VALUES ('${id}', '${ref}', 'Street lighting', 'foia', '2024-06-03', 'new', true, '{"name":"","email":"","address":""}', '', '', '[]', '{}', 'x', 'x')`;

const never = new AbortController().signal;
const wait = (store: WorkspaceStore, after?: number, timeoutMs = 25_000, signal = never) => waitForChanges(store, { ...(after === undefined ? {} : { after }), timeoutMs }, signal);

describe('live refresh on PostgreSQL', () => {
  it("wakes a waiting window within a second of another officer's change, saying who", async () => {
    const { jo, store } = await teamWorkspace();
    const { cursor } = await wait(store);
    const waiting = wait(store, cursor);
    // Let the listener connect and the waiter settle before the change.
    await new Promise((r) => setTimeout(r, 500));
    const wrote = Date.now();
    await jo.query(insertCase('c1', '24-001'));
    const result = await waiting;
    const latency = Date.now() - wrote;
    console.log(`PostgreSQL: another officer's change reached the waiter in ${latency} ms (LISTEN/NOTIFY)`);
    expect(latency).toBeLessThan(1000);
    expect(result.changes).toEqual([{ caseId: 'c1', kind: 'case', ref: '24-001', by: 'jo_bloggs', own: false }]);
    expect(result.cursor).toBeGreaterThan(cursor);
  });

  it("marks the window's own login's changes as own, and logs answers and assignments", async () => {
    const { window, jo, store } = await teamWorkspace();
    await jo.query(insertCase('c1', '24-001'));
    let { cursor } = await wait(store);
    await window.query("UPDATE cases SET title = 'Street lights' WHERE id = 'c1'");
    let result = await wait(store, cursor);
    expect(result.changes).toEqual([{ caseId: 'c1', kind: 'case', ref: '24-001', by: 'postgres', own: true }]);
    cursor = result.cursor;
    await jo.query(`INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at)
      VALUES ('a1', 'c1', 0, '[]', '{}', 'Held.', 'answered', '[]', '', 'x'), ('a2', 'c1', 1, '[]', '{}', '', 'answered', '[]', '', 'x')`);
    await jo.query("INSERT INTO case_assignments (case_id, at, who, owner) VALUES ('c1', 'x', 'Jo Bloggs', 'Jo Bloggs')");
    result = await wait(store, cursor);
    // One row per case and statement, however many answers the statement wrote.
    expect(result.changes).toEqual([
      { caseId: 'c1', kind: 'answer', ref: '24-001', by: 'jo_bloggs', own: false },
      { caseId: 'c1', kind: 'assignment', ref: '24-001', by: 'jo_bloggs', own: false },
    ]);
  });

  it("an officer's own login reads the log (no grant needed) and writes it only through the triggers", async () => {
    const { url, window } = await teamWorkspace();
    const joPool = new pg.Pool({ connectionString: url.replace('postgres@', 'jo_bloggs@') });
    toEnd.push(joPool);
    const joStore = { engine: 'postgres', changes: () => pgChangeFeed(joPool) } as unknown as WorkspaceStore;
    const { cursor } = await wait(joStore);
    await window.query(insertCase('c1', '24-001'));
    expect((await wait(joStore, cursor)).changes).toEqual([{ caseId: 'c1', kind: 'case', ref: '24-001', by: 'postgres', own: false }]);
    await expect(joPool.query("INSERT INTO desk_changes (case_id, kind) VALUES ('c1', 'case')")).rejects.toThrow(/permission denied/);
    await expect(joPool.query('SELECT * FROM desk_changes')).rejects.toThrow(/permission denied/);
  });

  it('logs nothing for the stored deadline\'s upkeep', async () => {
    const { jo, store } = await teamWorkspace();
    await jo.query(insertCase('c1', '24-001'));
    const { cursor } = await wait(store);
    await jo.query("UPDATE cases SET due = '2024-07-01' WHERE id = 'c1'");
    expect((await wait(store, cursor, 500)).changes).toEqual([]);
  });

  it('misses no change committed after a later one (ids commit out of order)', async () => {
    const { url, jo, store } = await teamWorkspace();
    const { cursor } = await wait(store);
    const slow = new pg.Client({ connectionString: url });
    await slow.connect();
    toEnd.push(slow);
    // The slow transaction takes its row (and its id) first, and commits last.
    await slow.query('BEGIN');
    await slow.query(insertCase('early', '24-001'));
    await jo.query(insertCase('late', '24-002'));
    // Jo's change is held back while the older transaction runs: handing it out now would move the
    // cursor past the slow one's row.
    const first = await wait(store, cursor, 600);
    expect(first.changes).toEqual([]);
    const waiting = wait(store, first.cursor);
    await slow.query('COMMIT');
    const result = await waiting;
    expect(result.changes.map((c) => c.caseId).sort()).toEqual(['early', 'late']);
  });

  it('recovers from a dropped listener, and misses nothing committed while it was down', async () => {
    const { jo, store, window } = await teamWorkspace();
    const feed = pgChangeFeed(window);
    let { cursor } = await wait(store);
    const waiting = wait(store, cursor);
    await new Promise((r) => setTimeout(r, 500));
    expect(feed.connections).toBe(1);
    const pid = feed.listenerPid;
    expect(pid).not.toBeNull();
    const listeners = await admin.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [LISTENER_NAME]);
    expect(listeners.rows[0].n).toBe(1);
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    // A change while no one listens: the reconnected listener wakes the waiter, who reads it.
    await jo.query(insertCase('c1', '24-001'));
    let result = await waiting;
    expect(result.changes).toEqual([{ caseId: 'c1', kind: 'case', ref: '24-001', by: 'jo_bloggs', own: false }]);
    cursor = result.cursor;
    // And once it is back, NOTIFY wakes waiters as before.
    const again = wait(store, cursor);
    await new Promise((r) => setTimeout(r, 1500));
    expect(feed.connections).toBe(2);
    const wrote = Date.now();
    await jo.query(insertCase('c2', '24-002'));
    result = await again;
    console.log(`PostgreSQL: after the listener was dropped and came back, a change reached the waiter in ${Date.now() - wrote} ms`);
    expect(Date.now() - wrote).toBeLessThan(1000);
    expect(result.changes.map((c) => c.caseId)).toEqual(['c2']);
  });

  it('tells a window whose cursor fell behind the trim to read everything again', async () => {
    const { jo, store } = await teamWorkspace();
    await jo.query(insertCase('c1', '24-001'));
    const { cursor } = await wait(store);
    // 6,000 statements, each logging one change: the trim keeps the newest 5,000 or so.
    await jo.query(`DO $$ BEGIN FOR i IN 1..6000 LOOP UPDATE cases SET updated_at = i::text WHERE id = 'c1'; END LOOP; END $$`);
    const behind = await wait(store, cursor);
    expect(behind.changes).toEqual([{ caseId: null, kind: 'many', own: false }]);
    await jo.query(insertCase('c2', '24-002'));
    expect((await wait(store, behind.cursor)).changes).toEqual([{ caseId: 'c2', kind: 'case', ref: '24-002', by: 'jo_bloggs', own: false }]);
  });

  it('stops waiting when the call is cancelled', async () => {
    const { store } = await teamWorkspace();
    const { cursor } = await wait(store);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await expect(wait(store, cursor, 25_000, controller.signal)).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('step 16 upgrades a workspace made at the step before, keeping its cases', async () => {
    const url = cluster.url.replace(/\/[^/]+$/, `/desk_feed_${++made}`);
    await admin.query(`CREATE DATABASE desk_feed_${made}`);
    const pool = new pg.Pool({ connectionString: url });
    toEnd.push(pool);
    await migratePg(pool, PG_MIGRATIONS.filter((m) => m.version < 16));
    await pool.query(insertCase('c1', 'OLD-1'));
    const upgraded = await migratePg(pool);
    expect(upgraded.from).toBeLessThan(16);
    expect(upgraded.to).toBeGreaterThanOrEqual(16);
    expect((await pool.query('SELECT count(*)::int AS n FROM desk_changes')).rows[0].n).toBe(0);
    await pool.query("UPDATE cases SET title = 'Street lights' WHERE id = 'c1'");
    expect((await pool.query('SELECT case_id, kind FROM desk_changes')).rows).toEqual([{ case_id: 'c1', kind: 'case' }]);
  });
});
