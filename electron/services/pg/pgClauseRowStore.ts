import type { LocalClauseRow } from '../clauses/localClauseStore';
import type { ClauseRowStore } from '../store/areaStores';
import type { PgSession } from './pgSession';

/**
 * The workspace's own clauses and their edits to shipped ones, on the team workspace (schema step
 * 2), as the SQLite LocalClauseStore keeps them (../clauses/localClauseStore.ts, the reference):
 * each save a new version, only `retired` ever changed in place. Clause ids sort bytewise, as SQLite
 * sorts them, whatever the server's locale.
 */
interface RawRow {
  id: string;
  version: number;
  text: string;
  retired: boolean;
  created_at: string;
}

const toRow = (r: RawRow): LocalClauseRow => ({ id: r.id, version: r.version, text: r.text, retired: r.retired, createdAt: r.created_at });
const COLUMNS = 'id, version, text, retired, created_at';

export class PgClauseRowStore implements ClauseRowStore {
  constructor(private readonly db: PgSession) {}

  /** The newest row of every clause. */
  async latest(): Promise<LocalClauseRow[]> {
    return (await this.db.rows<RawRow>(`SELECT DISTINCT ON (id COLLATE "C") ${COLUMNS} FROM clauses ORDER BY id COLLATE "C", version DESC`)).map(toRow);
  }

  async latestOf(id: string): Promise<LocalClauseRow | undefined> {
    const row = await this.db.row<RawRow>(`SELECT ${COLUMNS} FROM clauses WHERE id = ? ORDER BY version DESC LIMIT 1`, [id]);
    return row && toRow(row);
  }

  async version(id: string, version: number): Promise<LocalClauseRow | undefined> {
    const row = await this.db.row<RawRow>(`SELECT ${COLUMNS} FROM clauses WHERE id = ? AND version = ?`, [id, version]);
    return row && toRow(row);
  }

  async insert(row: Omit<LocalClauseRow, 'createdAt'>): Promise<void> {
    await this.db.run("INSERT INTO clauses (id, version, source, text, retired, created_at) VALUES (?, ?, 'local', ?, ?, ?)", [row.id, row.version, row.text, row.retired, new Date().toISOString()]);
  }

  async setRetired(id: string, version: number, retired: boolean): Promise<void> {
    await this.db.run('UPDATE clauses SET retired = ? WHERE id = ? AND version = ?', [retired, id, version]);
  }
}
