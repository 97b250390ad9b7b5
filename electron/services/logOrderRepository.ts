import { DeskError } from '../../core/api/errors';
import type { Db } from './workspaceDb';

/**
 * The officer's order of each month's log entries (migration 7), stored by case id: a reference may
 * be renamed, an id never is. Kept in the workspace so the order travels with it, to another machine
 * and to the CLI's export. The window and the exports speak references; the mapping is here.
 */
export class LogOrderRepository {
  constructor(private readonly db: Db) {}

  /** The month's order as the live cases' references, or null when no order was saved for it. */
  refs(month: string): string[] | null {
    const row = this.db.prepare('SELECT case_ids FROM log_orders WHERE month = ?').get(month) as { case_ids: string } | undefined;
    if (!row) return null;
    // A case since binned or purged drops out; json_valid: a damaged order reads as none rather than failing the log.
    if (!(this.db.prepare('SELECT json_valid(?) AS ok').get(row.case_ids) as { ok: number }).ok) return null;
    const found = this.db
      .prepare('SELECT c.ref AS ref FROM json_each(?) j JOIN cases c ON c.id = j.value AND c.deleted_at IS NULL ORDER BY CAST(j.key AS INTEGER)')
      .all(row.case_ids) as { ref: string }[];
    return found.map((r) => r.ref);
  }

  /** Saves the month's order, given as references: all found, or nothing saved. */
  save(month: string, refs: readonly string[], now: string): string[] {
    return this.db.transaction(() => {
      const unique = [...new Set(refs)];
      const rows = this.db.prepare('SELECT j.value AS ref, c.id AS id FROM json_each(?) j LEFT JOIN cases c ON c.ref = j.value AND c.deleted_at IS NULL ORDER BY CAST(j.key AS INTEGER)').all(JSON.stringify(unique)) as {
        ref: string;
        id: string | null;
      }[];
      const missing = rows.filter((r) => r.id === null).map((r) => r.ref);
      if (missing.length) {
        throw new DeskError('not-found', `The log's order was not saved: ${missing.length === 1 ? `case ${missing[0]} is` : `cases ${missing.join(', ')} are`} no longer in this workspace. Choose the month again to refresh its entries.`);
      }
      this.db
        .prepare('INSERT INTO log_orders (month, case_ids, updated_at) VALUES (?, ?, ?) ON CONFLICT(month) DO UPDATE SET case_ids = excluded.case_ids, updated_at = excluded.updated_at')
        .run(month, JSON.stringify(rows.map((r) => r.id)), now);
      return rows.map((r) => r.ref);
    })();
  }
}
