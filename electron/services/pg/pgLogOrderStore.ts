import { DeskError } from '../../../core/api/errors';
import type { LogOrderStore } from '../store/areaStores';
import type { PgSession } from './pgSession';

/**
 * The officer's order of each month's log entries on a team workspace (step 7's log_orders): the
 * PostgreSQL form of ../logOrderRepository.ts, stored by case id (a reference may be renamed, an id
 * never is) as a jsonb array.
 */
export class PgLogOrderStore implements LogOrderStore {
  constructor(private readonly db: PgSession) {}

  /** The month's order as the live cases' references, or null when no order was saved for it. */
  async refs(month: string): Promise<string[] | null> {
    const row = await this.db.row<{ is_array: boolean }>("SELECT jsonb_typeof(case_ids) = 'array' AS is_array FROM log_orders WHERE month = ?", [month]);
    // jsonb is always valid JSON; anything but a list reads as no order rather than failing the log.
    if (!row?.is_array) return null;
    // A case since binned or purged drops out.
    const found = await this.db.rows<{ ref: string }>(
      `SELECT c.ref FROM log_orders o CROSS JOIN LATERAL jsonb_array_elements_text(o.case_ids) WITH ORDINALITY AS j(id, n)
       JOIN cases c ON c.id = j.id AND c.deleted_at IS NULL WHERE o.month = ? ORDER BY j.n`,
      [month],
    );
    return found.map((r) => r.ref);
  }

  /** Saves the month's order, given as references: all found, or nothing saved. */
  save(month: string, refs: readonly string[], now: string): Promise<string[]> {
    return this.db.transaction(async () => {
      const unique = [...new Set(refs)];
      const rows = await this.db.rows<{ ref: string; id: string | null }>(
        'SELECT j.ref, c.id FROM unnest(?::text[]) WITH ORDINALITY AS j(ref, n) LEFT JOIN cases c ON c.ref = j.ref AND c.deleted_at IS NULL ORDER BY j.n',
        [unique],
      );
      const missing = rows.filter((r) => r.id === null).map((r) => r.ref);
      if (missing.length) {
        throw new DeskError('not-found', `The log's order was not saved: ${missing.length === 1 ? `case ${missing[0]} is` : `cases ${missing.join(', ')} are`} no longer in this workspace. Choose the month again to refresh its entries.`);
      }
      await this.db.run(
        'INSERT INTO log_orders (month, case_ids, updated_at) VALUES (?, ?::jsonb, ?) ON CONFLICT (month) DO UPDATE SET case_ids = excluded.case_ids, updated_at = excluded.updated_at',
        [month, JSON.stringify(rows.map((r) => r.id)), now],
      );
      return rows.map((r) => r.ref);
    });
  }
}
