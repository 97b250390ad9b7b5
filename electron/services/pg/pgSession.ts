import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import { DeskError } from '../../../core/api/errors';
import { numbered } from './pgCaseListQuery';

/**
 * One team workspace's way to the server, shared by every PostgreSQL store (cases, team, history…).
 * A query runs on the connection of the transaction it is part of, when it is part of one, and on
 * the pool otherwise. The open transaction is carried by AsyncLocalStorage, not passed down, so the
 * stores keep the SQLite classes' method shapes (../store/areaStores.ts) and DeskService can group
 * calls on several stores into one transaction (WorkspaceStore.transaction) without knowing the engine.
 */
export type PgParam = string | number | boolean | null | readonly string[] | readonly number[] | Buffer | Uint8Array;

export class PgSession {
  private readonly open = new AsyncLocalStorage<pg.PoolClient>();

  constructor(readonly pool: pg.Pool) {}

  /** Rows of a query written with `?` placeholders (numbered here, as pgCaseListQuery does). */
  async rows<T extends pg.QueryResultRow>(sql: string, params: readonly PgParam[] = []): Promise<T[]> {
    return (await this.query<T>(sql, params)).rows;
  }

  /** The first row, or undefined. */
  async row<T extends pg.QueryResultRow>(sql: string, params: readonly PgParam[] = []): Promise<T | undefined> {
    return (await this.rows<T>(sql, params))[0];
  }

  /** A statement's count of rows changed. */
  async run(sql: string, params: readonly PgParam[] = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  private async query<T extends pg.QueryResultRow>(sql: string, params: readonly PgParam[]): Promise<pg.QueryResult<T>> {
    try {
      return await this.client().query<T>(numbered(sql), params as unknown[]);
    } catch (err) {
      throw refusedByRole(err);
    }
  }

  get inTransaction(): boolean {
    return this.open.getStore() !== undefined;
  }

  /**
   * `body` as one transaction on one connection, rolled back whole if it throws. Inside a
   * transaction already, the body simply joins it: the outer one commits or rolls back the lot.
   */
  async transaction<T>(body: () => Promise<T> | T): Promise<T> {
    if (this.inTransaction) return body();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await this.open.run(client, body);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  private client(): Pick<pg.Pool, 'query'> {
    return this.open.getStore() ?? this.pool;
  }
}

/** SQLSTATE insufficient_privilege: the officer's role may not do this (docs/team.md, the roles). */
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * A refusal by the server's roles, said as what it means to the officer: their login may not make
 * this change (an officer changing the organisation's settings, say), and who can.
 */
function refusedByRole(err: unknown): unknown {
  if ((err as { code?: unknown }).code !== INSUFFICIENT_PRIVILEGE) return err;
  const table = /for (?:table|relation) (\w+)/.exec((err as Error).message)?.[1];
  const what = table === 'settings' || table === 'holidays' ? "the organisation's settings and extra holidays" : table ? `this part of the workspace (${table})` : 'this';
  return new DeskError('unavailable', `Your login may not change ${what} in the team workspace: only a team admin (the desk_admin role) may. Ask one to make the change; nothing was changed.`);
}
