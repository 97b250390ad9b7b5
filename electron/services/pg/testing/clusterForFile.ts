import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { migratePg } from '../pgSchema';
import { startTempCluster, type TempCluster, type TempClusterOptions } from './tempCluster';

/**
 * The PostgreSQL a test file runs against: a real cluster started before its tests in a temp folder
 * (./tempCluster.ts) and stopped after them, an admin connection, and a fresh database per test.
 * Without PostgreSQL installed the file fails with a message, never skips: .ci/run installs it.
 */
export interface ClusterForFile {
  readonly cluster: TempCluster;
  readonly admin: pg.Client;
  /** The connection string of a new, empty database. */
  newDatabase(): Promise<string>;
  /**
   * The connection string of a new workspace at the latest schema, copied from one migrated once
   * (CREATE DATABASE … TEMPLATE): every step for every test made the suites slow.
   */
  newWorkspace(): Promise<string>;
  /** The same database as `url`, logged in as `role`. */
  as(url: string, role: string): string;
}

export function clusterForThisFile(options: TempClusterOptions = {}): ClusterForFile {
  let cluster: TempCluster | null = null;
  let admin: pg.Client | null = null;
  let made = 0;
  let template: Promise<void> | null = null;
  const must = <T>(x: T | null): T => {
    if (x === null) throw new Error('The cluster is used before the file started it (beforeAll).');
    return x;
  };
  const urlOf = (name: string) => must(cluster).url.replace(/\/[^/]+$/, `/${name}`);

  beforeAll(async () => {
    cluster = await startTempCluster('desk_test', options);
    admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
  }, 60_000);

  afterAll(async () => {
    await admin?.end();
    cluster?.stop();
  }, 60_000);

  return {
    get cluster() {
      return must(cluster);
    },
    get admin() {
      return must(admin);
    },
    async newDatabase() {
      const name = `desk_${++made}`;
      await must(admin).query(`CREATE DATABASE ${name}`);
      return urlOf(name);
    },
    async newWorkspace() {
      template ??= (async () => {
        await must(admin).query('CREATE DATABASE desk_template');
        const pool = new pg.Pool({ connectionString: urlOf('desk_template') });
        try {
          await migratePg(pool);
        } finally {
          await pool.end();
        }
      })();
      await template;
      const name = `desk_${++made}`;
      await must(admin).query(`CREATE DATABASE ${name} TEMPLATE desk_template`);
      return urlOf(name);
    },
    as: (url, role) => url.replace(/\/\/[^@/]+@/, `//${role}@`),
  };
}
