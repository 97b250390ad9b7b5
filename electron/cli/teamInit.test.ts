import { afterAll, beforeAll, expect, it } from 'vitest';
import pg from 'pg';
import { PG_LATEST_SCHEMA_VERSION } from '../services/pg/pgMigrations';
import { startTempCluster, type TempCluster } from '../services/pg/testing/tempCluster';
import { cli } from './runForTest';

// `desk team init` against a real PostgreSQL started for this file (never a mock).
let cluster: TempCluster;
beforeAll(async () => {
  cluster = await startTempCluster('desk_cli');
}, 60_000);
afterAll(() => cluster?.stop());

it('sets up a team workspace, says so without printing the connection string, and is safe to run again', async () => {
  const url = cluster.url.replace('postgres@', 'postgres:not-printed@');
  const first = await cli('team', 'init', '--db', url);
  expect(first).toMatchObject({ code: 0, err: '' });
  expect(first.out).toContain(`The team workspace is at schema ${PG_LATEST_SCHEMA_VERSION} (was empty).`);
  expect(first.out).toMatch(/Roles (created|ready): .*desk_officer/);
  expect(first.out).not.toContain('not-printed');
  const again = await cli('team', 'init', '--db', url);
  expect(again.out).toContain(`The team workspace is up to date (schema ${PG_LATEST_SCHEMA_VERSION}).`);
  const db = new pg.Client({ connectionString: cluster.url });
  await db.connect();
  try {
    expect((await db.query("SELECT count(*)::int AS n FROM pg_roles WHERE rolname IN ('desk_officer', 'desk_reviewer', 'desk_admin')")).rows[0].n).toBe(3);
  } finally {
    await db.end();
  }
});

it('refuses a workspace file: a team workspace lives on a server', async () => {
  const r = await cli('team', 'init', '--db', 'team.sqlite');
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/PostgreSQL connection string/);
});

it('says what to check when the server cannot be reached', async () => {
  const r = await cli('team', 'init', '--db', `postgres://postgres@127.0.0.1:${cluster.port}/no_such_database`);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/team workspace postgres @ 127\.0\.0\.1:\d+ \/ no_such_database cannot be reached .*database "no_such_database" does not exist.*Check the server name, database/);
});
