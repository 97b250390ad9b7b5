import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { CaseSchema } from '../../../core/model';
import { initTeamWorkspace } from './pgTeam';
import { openPgStore } from './pgStore';
import { startTempCluster, type TempCluster } from './testing/tempCluster';

// Row-level security (schema step 17) on a real PostgreSQL: an officer writes a case through the
// store as their own login; a login given SELECT on every table but in none of the team's roles
// sees none of its rows, so none of the requester's details; the team's roles see them all.
let cluster: TempCluster;
let admin: pg.Client;
let rolesCreated: string[];
const loginUrl = (user: string) => cluster.url.replace('postgres@', `${user}@`);

/** Every table holding the requester's details or the request's words (docs/team.md). */
const TEAM_ONLY = ['cases', 'questions', 'answers', 'answer_versions', 'case_text', 'question_search', 'letter_exports', 'sent_copies', 'desk_audit'];

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const requestCase = CaseSchema.parse({
  id: 'case-1',
  ref: 'FOI-2024-0042',
  title: 'Parking fines on Mill Lane',
  regime: 'foia',
  received: '2024-06-03',
  requester: { name: 'Ada Quartermaine', email: 'ada.quartermaine@example.org', address: '1 High Street, Barchester' },
  requestText: 'Dear council, please tell me how many parking fines were issued on Mill Lane. Ada Quartermaine',
  questions: [{ id: 'q1', number: '1', text: 'How many parking fines were issued on Mill Lane?' }],
  answers: [{ id: 'a1', covers: ['q1'], doc: paragraph('412 fines were issued in 2023.') }],
  createdAt: '2024-06-03T09:00:00.000Z',
  updatedAt: '2024-06-03T09:00:00.000Z',
});

beforeAll(async () => {
  cluster = await startTempCluster('disclosure_desk');
  rolesCreated = (await initTeamWorkspace(cluster.url)).rolesCreated;
  admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query('CREATE ROLE jo_bloggs LOGIN IN ROLE desk_officer');
  await admin.query('CREATE ROLE sam_smith LOGIN IN ROLE desk_admin');
  // A reporting login IT might make: SELECT on everything, but not one of the team.
  await admin.query('CREATE ROLE reports LOGIN');
  await admin.query('GRANT USAGE ON SCHEMA public TO reports');
  await admin.query('GRANT SELECT ON ALL TABLES IN SCHEMA public TO reports');
  // An officer writes the case through the store, as their own login: RLS must let the team write.
  const store = await openPgStore(loginUrl('jo_bloggs'));
  try {
    await store.cases.put(requestCase);
  } finally {
    await store.close();
  }
}, 60_000);

afterAll(async () => {
  await admin?.end();
  cluster?.stop();
});

async function asLogin<T>(user: string, body: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: loginUrl(user) });
  await db.connect();
  try {
    return await body(db);
  } finally {
    await db.end();
  }
}

async function counts(db: pg.Client): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (const t of TEAM_ONLY) seen[t] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]!.n;
  return seen;
}

it('shows a login outside the team none of the rows that hold requesters\' details, however it asks', async () => {
  await asLogin('reports', async (db) => {
    expect(await counts(db)).toEqual(Object.fromEntries(TEAM_ONLY.map((t) => [t, 0])));
    expect((await db.query("SELECT id FROM cases WHERE requester->>'name' LIKE 'Ada%'")).rows).toEqual([]);
    expect((await db.query("SELECT case_id FROM case_text WHERE document @@ plainto_tsquery('english', 'Quartermaine')")).rows).toEqual([]);
    // The search document's function runs with the caller's rights, so it reads nothing either.
    expect((await db.query("SELECT desk_case_document('case-1') AS d")).rows[0].d).toBeNull();
    // Its grant still works elsewhere: it is the rows that are kept from it, not the tables.
    await db.query('SELECT count(*) FROM settings');
    // Live refresh's reader runs as its owner, so it is closed to the login itself (step 18).
    await expect(db.query('SELECT * FROM desk_changes_after(0, 10)')).rejects.toMatchObject({ code: '42501' });
  });
  await asLogin('jo_bloggs', async (db) => {
    expect((await db.query('SELECT case_id FROM desk_changes_after(0, 10) WHERE case_id IS NOT NULL')).rows).toContainEqual({ case_id: 'case-1' });
  });
});

it('shows the team\'s roles every row, the requester\'s details with them', async () => {
  for (const officer of ['jo_bloggs', 'sam_smith']) {
    await asLogin(officer, async (db) => {
      expect((await db.query("SELECT requester->>'name' AS name, requester->>'email' AS email FROM cases")).rows).toEqual([{ name: 'Ada Quartermaine', email: 'ada.quartermaine@example.org' }]);
      expect((await db.query("SELECT case_id FROM case_text WHERE document @@ plainto_tsquery('english', 'Quartermaine')")).rows).toEqual([{ case_id: 'case-1' }]);
      expect(await counts(db)).toMatchObject({ cases: 1, questions: 1, answers: 1, case_text: 1, question_search: 1 });
    });
  }
  const store = await openPgStore(loginUrl('jo_bloggs'));
  try {
    expect((await store.cases.get('case-1'))?.requester.name).toBe('Ada Quartermaine');
  } finally {
    await store.close();
  }
});

it('binds every table that holds requesters\' details, and leaves the owner unbound', async () => {
  const r = await admin.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
    "SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1::text[]) AND relkind = 'r' ORDER BY relname",
    [TEAM_ONLY],
  );
  expect(r.rows.map((row) => row.relname)).toEqual([...TEAM_ONLY].sort());
  expect(r.rows.every((row) => row.relrowsecurity && !row.relforcerowsecurity)).toBe(true);
});

it('costs an officer nothing: their search plans as without RLS, on the GIN index, with no filter added', async () => {
  await asLogin('jo_bloggs', async (db) => {
    await db.query('SET enable_seqscan = off');
    const plan = (await db.query<{ 'QUERY PLAN': string }>("EXPLAIN SELECT case_id FROM case_text WHERE document @@ plainto_tsquery('english', 'parking')")).rows.map((r) => r['QUERY PLAN']).join('\n');
    expect(plan).toContain('Bitmap Index Scan on case_text_document');
    expect(plan).not.toMatch(/Filter/);
  });
});

it('still reports the roles `desk team init` created, though step 17 makes them before its policies', () => {
  expect(rolesCreated).toEqual(['desk_officer', 'desk_reviewer', 'desk_admin']);
});
