import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPgStore } from '../pg/pgStore';
import { migratePg } from '../pg/pgSchema';
import { PG_LATEST_SCHEMA_VERSION, PG_MIGRATIONS } from '../pg/pgMigrations';
import { clusterForThisFile } from '../pg/testing/clusterForFile';
import { initTeamWorkspace } from '../pg/pgTeam';
import { storeContract } from './testing/storeContract';

// The team engine on a real PostgreSQL started for this file (pg/testing/clusterForFile.ts); a new workspace for each test.
const cluster = clusterForThisFile();
const newDatabase = () => cluster.newDatabase();

storeContract('PostgreSQL', async (deadlineOf) => openPgStore(await cluster.newWorkspace(), { deadlineOf, migrate: true }));

describe('the PostgreSQL schema', () => {
  it('refuses a workspace from a newer version, untouched, with a message', async () => {
    const url = await newDatabase();
    await (await openPgStore(url, { migrate: true })).close();
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      await db.query("INSERT INTO desk_schema (version, name) VALUES (999, 'from the future')");
      await expect(openPgStore(url)).rejects.toThrow(/newer version of Disclosure Desk \(schema 999\)\. Update the app/);
      await expect(openPgStore(url, { migrate: true })).rejects.toThrow(/newer version of Disclosure Desk \(schema 999\)/);
      // Every step applied and the newer one, nothing more (step numbers may have gaps while helpers fill them).
      expect((await db.query('SELECT count(*)::int AS n FROM desk_schema')).rows[0].n).toBe(PG_MIGRATIONS.length + 1);
    } finally {
      await db.end();
    }
  });

  it('tells an officer to ask IT when the database is not set up, or is behind', async () => {
    const url = await newDatabase();
    await expect(openPgStore(url)).rejects.toThrow(/not a Disclosure Desk team workspace yet.*desk team init/);
    const pool = new pg.Pool({ connectionString: url });
    try {
      await migratePg(pool, PG_MIGRATIONS.slice(0, 9));
    } finally {
      await pool.end();
    }
    await expect(openPgStore(url)).rejects.toThrow(new RegExp(`at schema 9 and this version of Disclosure Desk needs schema ${PG_LATEST_SCHEMA_VERSION}`));
  });

  it('refuses a database holding tables that are not a workspace', async () => {
    const url = await newDatabase();
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      await db.query('CREATE TABLE payroll (id int)');
    } finally {
      await db.end();
    }
    await expect(openPgStore(url, { migrate: true })).rejects.toThrow(/already holds tables that are not a Disclosure Desk workspace/);
  });

  it('upgrades a workspace made at the step before, keeping its cases searchable', async () => {
    const url = await newDatabase();
    const pool = new pg.Pool({ connectionString: url });
    try {
      await migratePg(pool, PG_MIGRATIONS.slice(0, 9));
      await pool.query(`INSERT INTO cases (id, ref, title, regime, received, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
        VALUES ('c1', 'OLD-1', 'Street lighting', 'foia', '2024-06-03', 'new', true, '{"name":"","email":"","address":""}', '', '', '[]', '{}', 'x', 'x')`);
      await pool.query("INSERT INTO case_text (case_id, document) VALUES ('c1', desk_case_document('c1'))");
      expect(await migratePg(pool)).toEqual({ from: 9, to: PG_LATEST_SCHEMA_VERSION });
    } finally {
      await pool.end();
    }
    const store = await openPgStore(url);
    try {
      const c = await store.cases.get('c1');
      expect(c?.channel).toBeUndefined();
      expect(c?.title).toBe('Street lighting');
      expect((await store.cases.searchPage('lighting', { filter: 'all', today: '2024-06-17', extraHolidays: [] }, 0, -1)).map((r) => r.ref)).toEqual(['OLD-1']);
    } finally {
      await store.close();
    }
  });

  it('step 12 adds the internal review, with the CHECK on its outcome, and the statistics\' index on the day received', async () => {
    const url = await newDatabase();
    const pool = new pg.Pool({ connectionString: url });
    try {
      await migratePg(pool, PG_MIGRATIONS.slice(0, 11));
      await pool.query(`INSERT INTO cases (id, ref, title, regime, received, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
        VALUES ('c1', 'OLD-1', 'Street lighting', 'foia', '2024-06-03', 'new', true, '{"name":"","email":"","address":""}', '', '', '[]', '{}', 'x', 'x')`);
      expect(await migratePg(pool)).toEqual({ from: 11, to: PG_LATEST_SCHEMA_VERSION });
      const row = (await pool.query("SELECT review_requested, review_outcome, review_completed FROM cases WHERE id = 'c1'")).rows[0];
      expect(row).toEqual({ review_requested: null, review_outcome: null, review_completed: null });
      await expect(pool.query("UPDATE cases SET review_outcome = 'dismissed' WHERE id = 'c1'")).rejects.toThrow(/check constraint/);
      const indexes = (await pool.query("SELECT indexname FROM pg_indexes WHERE tablename = 'cases'")).rows.map((r: { indexname: string }) => r.indexname);
      expect(indexes).toEqual(expect.arrayContaining(['cases_by_received', 'cases_by_review_requested']));
    } finally {
      await pool.end();
    }
  });

  it('says clearly when the server cannot be reached', async () => {
    await expect(openPgStore({ host: '127.0.0.1', port: 1, database: 'x', user: 'x', connectionTimeoutMillis: 2000 })).rejects.toThrow(/team workspace cannot be reached/);
  });

  it('team init sets up the schema and the roles, and officers can do only what theirs allows', async () => {
    const url = await newDatabase();
    const first = await initTeamWorkspace(url);
    expect(first.schemaFrom).toBe(0);
    expect(first.schemaTo).toBe(PG_LATEST_SCHEMA_VERSION);
    // Again: nothing to do, and no role made twice.
    expect(await initTeamWorkspace(url)).toEqual({ schemaFrom: PG_LATEST_SCHEMA_VERSION, schemaTo: PG_LATEST_SCHEMA_VERSION, rolesCreated: [] });

    await cluster.admin.query('DROP ROLE IF EXISTS jo_officer');
    await cluster.admin.query('DROP ROLE IF EXISTS sam_admin');
    await cluster.admin.query('CREATE ROLE jo_officer LOGIN IN ROLE desk_officer');
    await cluster.admin.query('CREATE ROLE sam_admin LOGIN IN ROLE desk_admin');
    const as = (user: string) => url.replace('postgres@', `${user}@`);
    const jo = await openPgStore(as('jo_officer'));
    const sam = await openPgStore(as('sam_admin'));
    try {
      await jo.cases.put({ id: 'c1', ref: 'TEAM-1', title: 'Shared case', regime: 'foia', received: '2024-06-03', sent: null, status: 'new', publish: true, requester: { name: '', email: '', address: '' }, requestText: '', summary: '', questions: [], answers: [], attachments: [], clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false }, overrides: [], createdAt: 'x', updatedAt: 'x' });
      expect((await sam.cases.get('c1'))?.title).toBe('Shared case');
      expect((await jo.settings.organisation()).name).toBeTypeOf('string');
      await expect(jo.settings.addHoliday({ date: '2024-12-27', name: 'Closed' })).rejects.toThrow(/only a team admin \(the desk_admin role\) may/);
      await sam.settings.addHoliday({ date: '2024-12-27', name: 'Closed' });
      expect(await jo.settings.holidays()).toEqual([{ date: '2024-12-27', name: 'Closed' }]);
    } finally {
      await jo.close();
      await sam.close();
    }
  });
});
