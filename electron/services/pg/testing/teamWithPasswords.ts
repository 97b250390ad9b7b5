import { afterAll, beforeAll } from 'vitest';
import { openPgPool } from '../pgConnection';
import { initTeamWorkspace } from '../pgTeam';
import { startTempCluster, type TempCluster } from './tempCluster';

/** Jo's password on the test server: an officer logging in over TCP, as the app's Connect dialog does. */
export const JO_PASSWORD = 'correct horse battery';

export interface TeamWithPasswords {
  /** The running cluster (after the file's beforeAll). */
  readonly cluster: TempCluster;
  /** Runs `body` as the server's superuser, over the socket (trusted, for setting up and checking). */
  asAdmin<T>(body: (pool: ReturnType<typeof openPgPool>) => Promise<T>): Promise<T>;
}

/**
 * For a test file that connects as an officer would: a real cluster that asks for passwords over
 * TCP, started before the file's tests and stopped after them, with a team workspace in
 * `disclosure_desk` (`desk team init`) and jo, a desk_officer, whose password is JO_PASSWORD.
 */
export function teamWithPasswordsForThisFile(): TeamWithPasswords {
  let started: TempCluster | null = null;
  const cluster = (): TempCluster => {
    if (!started) throw new Error('The cluster is used before the file started it (beforeAll).');
    return started;
  };
  const admin = () => ({ host: cluster().socketDir, port: cluster().port, user: 'postgres', database: 'disclosure_desk' });
  const asAdmin = async <T>(body: (pool: ReturnType<typeof openPgPool>) => Promise<T>): Promise<T> => {
    const pool = openPgPool(admin());
    try {
      return await body(pool);
    } finally {
      await pool.end();
    }
  };
  beforeAll(async () => {
    started = await startTempCluster('disclosure_desk', { passwords: true });
    await initTeamWorkspace(admin());
    await asAdmin((db) => db.query(`CREATE ROLE jo LOGIN PASSWORD '${JO_PASSWORD}' IN ROLE desk_officer`));
  }, 120_000);
  afterAll(() => started?.stop());
  return {
    get cluster() {
      return cluster();
    },
    asAdmin,
  };
}
