import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DeskError } from '../../core/api/errors';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

/**
 * Opens (or creates) a workspace: one SQLite file in WAL mode. Before each migration of an existing
 * file a copy is written beside it, so a failed upgrade can never cost an officer their cases.
 */
export function openWorkspaceDb(path: string, migrations: Migration[] = MIGRATIONS): Db {
  mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
  } catch (err) {
    throw new DeskError('unavailable', `The workspace file ${path} cannot be opened (${(err as Error).message}). Check it is a Disclosure Desk workspace and that you can write to its folder.`);
  }
  migrate(db, path, migrations);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, path: string, migrations: Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  if (current > latest) {
    db.close();
    throw new DeskError('unavailable', `This workspace was saved by a newer version of Disclosure Desk (schema ${current}). Update the app to open it.`);
  }
  for (const m of migrations) {
    const from = schemaVersion(db);
    if (m.version <= from) continue;
    // A file that held a workspace before we opened it is copied aside; a brand new one has nothing to lose.
    if (current > 0 && existsSync(path)) backup(db, path, from);
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

function backup(db: Db, path: string, fromVersion: number): void {
  // Fold the WAL into the main file first so the copy is complete on its own.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  copyFileSync(path, `${path}.v${fromVersion}-${stamp}.bak`);
}
