import type { Db } from '../workspaceDb';

// The officer's own clauses and their edits to shipped ones, in the workspace file. Rows are never
// updated in place except for `retired`: each save adds a version, so an answer written with
// version 3 can still show what version 3 said.

export interface LocalClauseRow {
  id: string;
  version: number;
  text: string;
  retired: boolean;
  createdAt: string;
}

interface RawRow {
  id: string;
  version: number;
  text: string;
  retired: number;
  created_at: string;
}

const toRow = (r: RawRow): LocalClauseRow => ({ id: r.id, version: r.version, text: r.text, retired: r.retired === 1, createdAt: r.created_at });

export class LocalClauseStore {
  constructor(private readonly db: Db) {}

  /** The newest row of every clause. */
  latest(): LocalClauseRow[] {
    const rows = this.db
      .prepare('SELECT c.* FROM clauses c JOIN (SELECT id, MAX(version) AS version FROM clauses GROUP BY id) m ON m.id = c.id AND m.version = c.version ORDER BY c.id')
      .all() as RawRow[];
    return rows.map(toRow);
  }

  latestOf(id: string): LocalClauseRow | undefined {
    const row = this.db.prepare('SELECT * FROM clauses WHERE id = ? ORDER BY version DESC LIMIT 1').get(id) as RawRow | undefined;
    return row && toRow(row);
  }

  version(id: string, version: number): LocalClauseRow | undefined {
    const row = this.db.prepare('SELECT * FROM clauses WHERE id = ? AND version = ?').get(id, version) as RawRow | undefined;
    return row && toRow(row);
  }

  insert(row: Omit<LocalClauseRow, 'createdAt'>): void {
    this.db
      .prepare("INSERT INTO clauses (id, version, source, text, retired, created_at) VALUES (?, ?, 'local', ?, ?, ?)")
      .run(row.id, row.version, row.text, row.retired ? 1 : 0, new Date().toISOString());
  }

  setRetired(id: string, version: number, retired: boolean): void {
    this.db.prepare('UPDATE clauses SET retired = ? WHERE id = ? AND version = ?').run(retired ? 1 : 0, id, version);
  }

  transaction<T>(body: () => T): T {
    return this.db.transaction(body)();
  }
}
