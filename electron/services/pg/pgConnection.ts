import pg from 'pg';
import { DeskError } from '../../../core/api/errors';

/**
 * A pool of connections to one team workspace. Dates come back as the ISO text the rest of the app
 * uses ('2024-06-03'), never as JavaScript Dates: a Date is midnight in some time zone, and one hour
 * either side of it moves a deadline by a day.
 */
const DATE_OID = 1082;

const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === DATE_OID ? (value: string) => value : pg.types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

export type PgConnection = string | pg.PoolConfig;

export function openPgPool(connection: PgConnection): pg.Pool {
  const config: pg.PoolConfig = typeof connection === 'string' ? { connectionString: connection } : { ...connection };
  const pool = new pg.Pool({ ...config, types, application_name: config.application_name ?? 'Disclosure Desk' });
  // An idle connection dropped by the server (a restart, a network blip) must not take the app down:
  // the next query opens a fresh connection and reports its own error if the server is still away.
  pool.on('error', () => undefined);
  return pool;
}

/** A failure to reach the server or log in, said so that IT can act on it; our own errors and SQL errors pass through. */
export function connectError(err: unknown): unknown {
  // An error from the server itself is an SQL error, unless it refused the login (class 28) or has no such database.
  const code = String((err as { code?: unknown }).code ?? '');
  const fromServer = typeof (err as { severity?: unknown }).severity === 'string';
  if (err instanceof DeskError || (fromServer && !code.startsWith('28') && code !== '3D000')) return err;
  const message = (err as Error).message;
  // The server's own error stays as the cause: a team connection says a refused password or a TLS
  // failure in its own words from it (teamWorkspaceConnection.ts), and forgets a stale kept password.
  return Object.assign(new DeskError('unavailable', `The team workspace cannot be reached (${message}). Check the server name, database, user and password, and that the server accepts connections from this computer.`), { cause: err });
}
