import type { Statement } from 'better-sqlite3';
import type { Db } from './workspaceDb';

// One cache per connection, shared by the repositories that use it: preparing a statement costs more
// than running the small ones the store is made of, and the same SQL text always means the same
// statement. Keyed weakly, so a closed workspace's statements go with its connection.
const byConnection = new WeakMap<Db, Map<string, Statement>>();

/** The statement for this SQL on this connection, prepared the first time it is asked for. */
export function prepared(db: Db, sql: string): Statement {
  let statements = byConnection.get(db);
  if (!statements) {
    statements = new Map();
    byConnection.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
