import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DeskError } from '../../core/api/errors';
import { MIGRATIONS, type Migration } from './migrations';
import { registerReuseFunctions } from './reuse/sqlFunctions';

export type Db = Database.Database;

/** SQLite's application_id for our files ('DESK'), so a workspace can be told from any other database. */
export const WORKSPACE_APPLICATION_ID = 0x4445534b;

/** Tables every workspace has had since schema 1: how a file from before application_id is recognised. */
const FIRST_SCHEMA_TABLES = ['cases', 'questions', 'answers', 'settings', 'holidays'];

export interface OpenWorkspaceOptions {
  /** Create a new workspace when nothing is at the path (the default); false for "open an existing one". */
  create?: boolean;
}

/**
 * Opens (or creates) a workspace: one SQLite file in WAL mode. Before each migration of an existing
 * file a copy is written beside it, so a failed upgrade can never cost an officer their cases.
 *
 * The file is identified before anything is written to it: another program's database, an empty
 * file or a file from a newer version is refused exactly as it was found (not even switched to WAL).
 */
export function openWorkspaceDb(path: string, migrations: Migration[] = MIGRATIONS, options: OpenWorkspaceOptions = {}): Db {
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const found = identifyWorkspaceFile(path, latest);
  if (found === 'missing') {
    if (options.create === false) throw new DeskError('not-found', `There is no workspace at ${path}. Check the path, or create a new workspace there.`);
    mkdirSync(dirname(path), { recursive: true });
  }
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
  // Before migrating: migration 8 builds the question index through these functions.
  registerReuseFunctions(db);
  migrate(db, path, migrations);
  if (db.pragma('application_id', { simple: true }) !== WORKSPACE_APPLICATION_ID) db.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
  return db;
}

/**
 * 'missing' when nothing is at the path, 'workspace' for a file this version can open (perhaps after
 * migrating it); anything else throws a message that names the file and says what to do.
 * Reads only: the file is opened read-only, and only once its header says it is SQLite.
 */
export function identifyWorkspaceFile(path: string, latestVersion: number): 'missing' | 'workspace' {
  let stat;
  try {
    stat = statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new DeskError('unavailable', `The workspace file ${path} cannot be read (${(err as Error).message}).`);
  }
  const notOurs = (what: string) => new DeskError('invalid-input', `${path} is ${what}, not a Disclosure Desk workspace. Nothing was changed. Open a workspace file, or choose a new file name to create one.`);
  if (stat.isDirectory()) throw notOurs('a folder');
  if (!stat.isFile()) throw notOurs('a device or special file');
  if (stat.size === 0) throw notOurs('an empty file');
  if (!hasSqliteHeader(path)) throw notOurs('not a database');

  let probe: Db;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new DeskError('unavailable', `The workspace file ${path} cannot be opened (${(err as Error).message}). Check it is a Disclosure Desk workspace and that you can read it.`);
  }
  try {
    const applicationId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = new Set((probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const ours = applicationId === WORKSPACE_APPLICATION_ID || (applicationId === 0 && version >= 1 && FIRST_SCHEMA_TABLES.every((t) => tables.has(t)));
    if (!ours) throw notOurs("another program's database");
    if (version > latestVersion) {
      throw new DeskError('unavailable', `This workspace was saved by a newer version of Disclosure Desk (schema ${version}). Update the app to open it.`);
    }
    return 'workspace';
  } catch (err) {
    if (err instanceof DeskError) throw err;
    throw new DeskError('unavailable', `The workspace file ${path} cannot be read (${(err as Error).message}). It may be damaged: open a backup copy.`);
  } finally {
    probe.close();
  }
}

function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === 'SQLite format 3\0';
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
