import pg from 'pg';
import { DeskError } from '../../../core/api/errors';
import type { Migration } from '../migrations';
import { PG_MIGRATIONS } from './pgMigrations';

/**
 * The team workspace's schema step, kept in desk_schema (one row per step applied): SQLite keeps
 * it in user_version, which PostgreSQL has no counterpart for.
 */
type Queryable = Pick<pg.PoolClient, 'query'>;

/** A fixed key for the advisory lock two `desk team init` runs take, so only one migrates at a time. */
const MIGRATION_LOCK = 0x4445534b; // 'DESK', as SQLite's application_id

/** The schema step this database is at: 0 for a database Disclosure Desk has never set up. */
export async function pgSchemaVersion(db: Queryable): Promise<number> {
  const found = await db.query<{ ok: boolean }>("SELECT to_regclass('desk_schema') IS NOT NULL AS ok");
  if (!found.rows[0]?.ok) return 0;
  const r = await db.query<{ v: number }>('SELECT coalesce(max(version), 0)::int AS v FROM desk_schema');
  return r.rows[0]?.v ?? 0;
}

function newerError(version: number): DeskError {
  return new DeskError('unavailable', `This team workspace was saved by a newer version of Disclosure Desk (schema ${version}). Update the app to connect to it.`);
}

/**
 * Brings the database up to the newest step, all steps in one transaction (PostgreSQL's DDL is
 * transactional, so a failed upgrade leaves the schema exactly as it was). A database from a newer
 * version is refused untouched; so is one holding tables that are not a workspace's.
 */
export async function migratePg(pool: pg.Pool, migrations: readonly Migration[] = PG_MIGRATIONS): Promise<{ from: number; to: number }> {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const from = await pgSchemaVersion(client);
    if (from > latest) throw newerError(from);
    if (from === 0) {
      const tables = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = current_schema()");
      if ((tables.rows[0]?.n ?? 0) > 0) {
        throw new DeskError('invalid-input', 'This database already holds tables that are not a Disclosure Desk workspace. Nothing was changed. Create an empty database for the team workspace and connect to that.');
      }
      await client.query('CREATE TABLE desk_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    }
    for (const m of migrations) {
      if (m.version <= from) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO desk_schema (version, name) VALUES ($1, $2)', [m.version, m.name]);
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, latest) };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/**
 * The check at every connect: an officer's connection never changes the schema (their role may not
 * own it), so a database at any other step than this version's is refused with what to do.
 */
export async function checkPgSchema(db: Queryable, latest: number = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version): Promise<number> {
  const version = await pgSchemaVersion(db);
  if (version > latest) throw newerError(version);
  if (version === 0) throw new DeskError('not-found', 'This database is not a Disclosure Desk team workspace yet. Ask IT to set it up with "desk team init --db postgres://…", then connect again.');
  if (version < latest) {
    throw new DeskError('unavailable', `This team workspace is at schema ${version} and this version of Disclosure Desk needs schema ${latest}. Ask IT to upgrade it with "desk team init --db postgres://…" (it keeps every case), then connect again.`);
  }
  return version;
}
