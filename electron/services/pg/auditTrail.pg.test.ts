import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { CaseSchema, type Answer, type Case } from '../../../core/model';
import { serialiseCase } from '../caseRepository';
import { caseAudit } from '../team/caseAudit';
import { PG_MIGRATIONS } from './pgMigrations';
import { migratePg } from './pgSchema';
import { openPgStore } from './pgStore';
import { initTeamWorkspace } from './pgTeam';
import { startTempCluster, type TempCluster } from './testing/tempCluster';

// Issue 15's audit trail on a real PostgreSQL (./pgAuditSchema.ts): triggers record who changed
// what, by the officer's own login, and an officer can neither write nor change a line. Two login
// roles, as officers log in; a new database for each test. Fails, never skips, without PostgreSQL.
let cluster: TempCluster;
let admin: pg.Client;
let made = 0;

beforeAll(async () => {
  cluster = await startTempCluster();
  admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  // Roles are the server's: made once for the file, members of the groups `desk team init` makes.
  await initTeamWorkspace(await newDatabase());
  await admin.query('CREATE ROLE jo_bloggs LOGIN IN ROLE desk_officer');
  await admin.query('CREATE ROLE sam_smith LOGIN IN ROLE desk_reviewer');
}, 60_000);

afterAll(async () => {
  await admin?.end();
  cluster?.stop();
});

async function newDatabase(): Promise<string> {
  const name = `desk_audit_${++made}`;
  await admin.query(`CREATE DATABASE ${name}`);
  return cluster.url.replace(/\/[^/]+$/, `/${name}`);
}

/** A team workspace set up by IT (`desk team init`), and a way in as each officer. */
async function teamWorkspace() {
  const url = await newDatabase();
  await initTeamWorkspace(url);
  const as = (user: string) => url.replace('postgres@', `${user}@`);
  const jo = await openPgStore(as('jo_bloggs'));
  const sam = await openPgStore(as('sam_smith'));
  const joSql = new pg.Client({ connectionString: as('jo_bloggs') });
  await joSql.connect();
  const owner = new pg.Client({ connectionString: url });
  await owner.connect();
  return {
    jo,
    sam,
    joSql,
    owner,
    close: async () => {
      await jo.close();
      await sam.close();
      await joSql.end();
      await owner.end();
    },
  };
}

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const answer = (id: string, covers: string[], text: string, fields: Partial<Answer> = {}): Answer => ({ id, covers, doc: paragraph(text), disposition: 'answered', exemptions: [], redirectTo: '', ...fields });

function makeCase(fields: Partial<Case> = {}): Case {
  return CaseSchema.parse({
    id: 'c1',
    ref: 'FOI-2024-001',
    title: 'Potholes',
    regime: 'foia',
    received: '2024-06-03',
    status: 'drafting',
    requester: { name: 'Jo Requester', email: 'requester@example.org', address: '1 High Street' },
    requestText: '1. How many potholes? 2. What did repairs cost? 3. Who repaired them?',
    questions: [
      { id: 'q1', number: '1', label: '1.', text: 'How many potholes?', heading: false },
      { id: 'q2', number: '2', label: '2.', text: 'What did repairs cost?', heading: false },
      { id: 'q3', number: '3', label: '3.', text: 'Who repaired them?', heading: false },
    ],
    answers: [answer('a1', ['q1'], '1,204 potholes.'), answer('a3', ['q3'], 'Our contractor.')],
    createdAt: '2024-06-03T09:00:00.000Z',
    updatedAt: '2024-06-03T09:00:00.000Z',
    ...fields,
  });
}

/** Waits, if need be, so that the next few seconds are all in one calendar minute (typing within a minute is one line). */
async function awayFromTheMinuteEnd(): Promise<void> {
  const s = new Date().getUTCSeconds();
  if (s >= 50) await new Promise((r) => setTimeout(r, (61 - s) * 1000));
}

const lines = async (store: Awaited<ReturnType<typeof openPgStore>>, caseId = 'c1') => (await caseAudit(store, { caseId })).entries.map((e) => `${e.who}: ${e.summary}`);

describe('the audit trail on a team workspace', () => {
  it("records each officer's changes under their own login, newest first, in UK English", async () => {
    const w = await teamWorkspace();
    try {
      await w.jo.cases.put(makeCase());
      await awayFromTheMinuteEnd();
      await w.jo.cases.saveAnswer('c1', answer('a3', ['q3'], 'Our contractor, Roadfix Ltd.'), '2024-06-03T10:00:00.000Z');
      // Typing on within the minute: still one line.
      await w.jo.cases.saveAnswer('c1', answer('a3', ['q3'], 'Our contractor, Roadfix Ltd, under contract 42.'), '2024-06-03T10:00:05.000Z');
      await w.jo.cases.saveAnswer('c1', answer('a1', ['q1'], '1,204 potholes.', { disposition: 'partly-answered' }), '2024-06-03T10:00:10.000Z');
      await w.sam.team.assign('c1', 'jo_bloggs', 'sam_smith', '2024-06-03T10:01:00.000Z');
      await w.jo.cases.setOpenStatus('c1', 'in-review', '2024-06-03T10:02:00.000Z');
      await w.sam.team.approve('c1', 'sam_smith', '2024-06-03T10:03:00.000Z');
      await w.sam.team.setComment('c1', 'a1', { text: 'Give the year.', by: 'sam_smith', at: '2024-06-03T10:04:00.000Z' });
      const c = (await w.sam.cases.get('c1'))!;
      await w.sam.cases.updateHeader(serialiseCase({ ...c, title: 'Potholes on the A38', received: '2024-06-04', overrides: [{ ruleId: 'late-response', reason: 'Agreed with the requester', at: '2024-06-03T10:05:00.000Z' }] }));
      await w.sam.cases.moveToBin('c1', '2024-06-03T10:06:00.000Z');
      await w.jo.cases.restoreFromBin('c1');

      expect(await lines(w.sam)).toEqual([
        'jo_bloggs: Case restored from the bin',
        'sam_smith: Case moved to the bin',
        'sam_smith: Title and date received changed',
        'sam_smith: Check overridden: late-response — “Agreed with the requester”',
        "sam_smith: Reviewer's comment on the answer to question 1: “Give the year.”",
        'sam_smith: Approved for sending (as sam_smith)',
        'jo_bloggs: Status changed from In progress to Ready for review',
        'sam_smith: Owner set to jo_bloggs',
        'jo_bloggs: Answer to question 1: outcome changed from Answered to Partly answered',
        'jo_bloggs: Answer to question 3 edited',
        'jo_bloggs: Case FOI-2024-001 created',
      ]);
      const audit = await caseAudit(w.jo, { caseId: 'c1', limit: 2 });
      expect(audit.engine).toBe('postgres');
      expect(audit.entries).toHaveLength(2);
      expect(audit.entries[0]).toEqual({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/), who: 'jo_bloggs', what: 'case', fields: ['restored'], summary: 'Case restored from the bin' });
      // The edit of answer 3 holds the text before the minute's typing and after it.
      const edit = (await w.owner.query("SELECT fields, old, new FROM desk_audit WHERE item = 'a3'")).rows;
      expect(edit).toEqual([{ fields: ['text'], old: { text: 'Our contractor.' }, new: { text: 'Our contractor, Roadfix Ltd, under contract 42.' } }]);
    } finally {
      await w.close();
    }
  });

  it('one field changed says from what to what, with UK dates', async () => {
    const w = await teamWorkspace();
    try {
      await w.jo.cases.put(makeCase());
      await w.jo.cases.updateHeader(serialiseCase(makeCase({ received: '2024-06-05' })));
      await w.jo.team.assign('c1', 'sam_smith', 'jo_bloggs', '2024-06-03T10:01:00.000Z');
      await w.jo.team.assign('c1', null, 'jo_bloggs', '2024-06-03T10:02:00.000Z');
      await w.jo.team.withdrawApproval('c1');
      expect((await lines(w.jo)).slice(0, 3)).toEqual(['jo_bloggs: Unassigned (was sam_smith)', 'jo_bloggs: Owner set to sam_smith', 'jo_bloggs: Date received changed from 3 June 2024 to 5 June 2024']);
    } finally {
      await w.close();
    }
  });

  it('a case written whole records only the answers that changed, and a new case is one line', async () => {
    const w = await teamWorkspace();
    try {
      await w.jo.cases.putMany([serialiseCase(makeCase())]);
      expect(await lines(w.jo)).toEqual(['jo_bloggs: Case FOI-2024-001 created']);
      // An import writes the case again: answer 1 unchanged, answer 3 changed, answer 2 new, none deleted but by the import's own rewrite.
      await w.sam.cases.putMany([
        serialiseCase(makeCase({ answers: [answer('a1', ['q1'], '1,204 potholes.'), answer('a2', ['q2'], '£12,000.'), answer('a3', ['q3'], 'Roadfix Ltd.')] })),
      ]);
      expect(await lines(w.jo)).toEqual(['sam_smith: Answer to question 2 added', 'sam_smith: Answer to question 3 edited', 'jo_bloggs: Case FOI-2024-001 created']);
      await w.sam.cases.putMany([serialiseCase(makeCase({ answers: [answer('a1', ['q1'], '1,204 potholes.'), answer('a3', ['q3'], 'Roadfix Ltd.')] }))]);
      expect((await lines(w.jo))[0]).toBe('sam_smith: Answer to question 2 deleted');
      // Deleted for good: its lines stay, and say so (read as the owner; the case is gone).
      await w.jo.cases.delete('c1');
      const gone = (await w.owner.query("SELECT who, what, fields FROM desk_audit WHERE case_id = 'c1' ORDER BY id DESC LIMIT 1")).rows[0];
      expect(gone).toEqual({ who: 'jo_bloggs', what: 'case', fields: ['deleted'] });
      await expect(caseAudit(w.jo, { caseId: 'c1' })).rejects.toThrow(/not in this workspace/);
    } finally {
      await w.close();
    }
  });

  it('keeps lines small and holds no requester details', async () => {
    const w = await teamWorkspace();
    try {
      await w.jo.cases.put(makeCase());
      const long = 'Repairs were made on these roads: '.concat('the A38 and the B3212; '.repeat(100));
      await w.jo.cases.saveAnswer('c1', answer('a1', ['q1'], long), '2024-06-03T10:00:00.000Z');
      const c = (await w.jo.cases.get('c1'))!;
      await w.jo.cases.updateHeader(serialiseCase({ ...c, requester: { name: 'Jo Q. Requester', email: 'jo.q@example.org', address: '2 Low Street' }, requestText: 'A new request text.' }));
      const text = (await w.owner.query("SELECT new FROM desk_audit WHERE item = 'a1' ORDER BY id DESC LIMIT 1")).rows[0].new.text;
      expect(text).toEqual({ chars: long.trim().length, md5: expect.stringMatching(/^[0-9a-f]{32}$/), start: long.slice(0, 120) });
      const all = (await w.owner.query("SELECT string_agg(coalesce(old::text, '') || coalesce(new::text, ''), ' ') AS t FROM desk_audit")).rows[0].t as string;
      for (const personal of ['Requester', 'example.org', 'High Street', 'Low Street', 'new request text']) expect(all).not.toContain(personal);
      expect((await lines(w.jo))[0]).toBe("jo_bloggs: Requester's name, requester's email address, requester's postal address and request text changed");
    } finally {
      await w.close();
    }
  });

  it('an officer cannot write, change or delete a line, nor get round the triggers', async () => {
    const w = await teamWorkspace();
    try {
      await w.jo.cases.put(makeCase());
      const denied = /permission denied|must be owner/;
      await expect(w.joSql.query("UPDATE desk_audit SET who = 'someone_else'")).rejects.toThrow(denied);
      await expect(w.joSql.query('DELETE FROM desk_audit')).rejects.toThrow(denied);
      await expect(w.joSql.query('TRUNCATE desk_audit')).rejects.toThrow(denied);
      await expect(w.joSql.query("INSERT INTO desk_audit (case_id, what, fields) VALUES ('c1', 'case', '{created}')")).rejects.toThrow(denied);
      await expect(w.joSql.query('ALTER TABLE cases DISABLE TRIGGER desk_audit_cases')).rejects.toThrow(denied);
      await expect(w.joSql.query('DROP TRIGGER desk_audit_answers ON answers')).rejects.toThrow(denied);
      // A temporary table of the same name in the officer's session is not where the trigger writes.
      await w.joSql.query('CREATE TEMP TABLE desk_audit (LIKE cases)');
      await w.joSql.query("UPDATE cases SET status = 'in-review' WHERE id = 'c1'");
      expect((await w.joSql.query('SELECT count(*)::int AS n FROM pg_temp.desk_audit')).rows[0].n).toBe(0);
      expect((await lines(w.sam))[0]).toBe('jo_bloggs: Status changed from In progress to Ready for review');
      // Officers read it, and it is all there.
      expect((await w.joSql.query("SELECT count(*)::int AS n FROM public.desk_audit WHERE who = 'jo_bloggs'")).rows[0].n).toBe(2);
    } finally {
      await w.close();
    }
  });
});

describe('PostgreSQL step 14', () => {
  it('adds the trail to a workspace made at the step before, which then records changes', async () => {
    const url = await newDatabase();
    const pool = new pg.Pool({ connectionString: url });
    try {
      await migratePg(pool, PG_MIGRATIONS.filter((m) => m.version < 14));
      await pool.query(`INSERT INTO cases (id, ref, title, regime, received, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
        VALUES ('c1', 'OLD-1', 'Street lighting', 'foia', '2024-06-03', 'new', true, '{"name":"","email":"","address":""}', '', '', '[]', '{}', 'x', 'x')`);
      expect((await pool.query("SELECT to_regclass('desk_audit') IS NULL AS missing")).rows[0].missing).toBe(true);
      await migratePg(pool);
      expect((await pool.query('SELECT count(*)::int AS n FROM desk_audit')).rows[0].n).toBe(0);
      await pool.query("UPDATE cases SET status = 'drafting' WHERE id = 'c1'");
      expect((await pool.query('SELECT who, what, old, new FROM desk_audit')).rows).toEqual([{ who: 'postgres', what: 'status', old: { status: 'new' }, new: { status: 'drafting' } }]);
    } finally {
      await pool.end();
    }
  });
});
