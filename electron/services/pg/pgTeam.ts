import { DeskError } from '../../../core/api/errors';
import { connectError, openPgPool, type PgConnection } from './pgConnection';
import { migratePg } from './pgSchema';

/**
 * Setting up a team workspace (`desk team init`): the schema brought up to date, then the three
 * group roles every officer's own login is made a member of. Roles are the whole server's, not one
 * database's, so they carry the app's prefix. Run by IT as the database's owner, with CREATEROLE;
 * safe to run again (after an upgrade it grants the new tables too).
 *
 *   desk_officer   reads and writes cases, questions, answers and their history; reads settings
 *   desk_reviewer  an officer who also signs responses off (the sign-off queue comes later)
 *   desk_admin     a reviewer who also changes the workspace's settings and holidays
 */
export const TEAM_ROLES = ['desk_officer', 'desk_reviewer', 'desk_admin'] as const;

/** The tables officers write; everything else (settings, holidays, the schema record) they only read. */
const CASE_TABLES = ['cases', 'questions', 'answers', 'case_text', 'question_search', 'answer_versions', 'letter_exports', 'sent_copies', 'sent_edits', 'log_orders', 'clauses', 'case_assignments'];
const SETTINGS_TABLES = ['settings', 'holidays'];

export interface TeamInitReport {
  schemaFrom: number;
  schemaTo: number;
  rolesCreated: string[];
}

export async function initTeamWorkspace(connection: PgConnection): Promise<TeamInitReport> {
  const pool = openPgPool(connection);
  try {
    // Schema step 17 makes missing roles (its row-level security policies name them), so the roles
    // this run created are those missing before it migrated.
    const rolesBefore = async () => new Set((await pool.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1::text[])', [TEAM_ROLES])).rows.map((r) => r.rolname));
    const { before, from, to } = await (async () => ({ before: await rolesBefore(), ...(await migratePg(pool)) }))().catch((err: unknown) => {
      throw connectError(err);
    });
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const existing = new Set((await client.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1::text[])', [TEAM_ROLES])).rows.map((r) => r.rolname));
      const created = TEAM_ROLES.filter((r) => !before.has(r));
      // Role names are our own constants, never typed by anyone, so they can be written into the SQL.
      for (const role of TEAM_ROLES.filter((r) => !existing.has(r))) await client.query(`CREATE ROLE ${role} NOLOGIN`);
      await client.query('GRANT desk_officer TO desk_reviewer');
      await client.query('GRANT desk_reviewer TO desk_admin');
      await client.query('GRANT USAGE ON SCHEMA public TO desk_officer');
      await client.query(`GRANT SELECT ON desk_schema, ${SETTINGS_TABLES.join(', ')} TO desk_officer`);
      // The audit trail is read, never written, by officers: its triggers write it as the owner (./pgAuditSchema.ts).
      await client.query('GRANT SELECT ON desk_audit TO desk_officer');
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${CASE_TABLES.join(', ')} TO desk_officer`);
      await client.query('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO desk_officer');
      await client.query(`GRANT INSERT, UPDATE, DELETE ON ${SETTINGS_TABLES.join(', ')} TO desk_admin`);
      await client.query('COMMIT');
      return { schemaFrom: from, schemaTo: to, rolesCreated: created };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      if ((err as { code?: string }).code === '42501') {
        throw new DeskError('unavailable', `The schema is ready, but the team's roles could not be set up (${(err as Error).message}). Run "desk team init" again as a user with the CREATEROLE privilege who owns the database.`);
      }
      throw err;
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}
