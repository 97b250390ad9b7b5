import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations';

// Test migrations come after whatever the product has shipped.
const LATEST = MIGRATIONS.at(-1)!.version;
import { openWorkspaceDb, schemaVersion, WORKSPACE_APPLICATION_ID } from './workspaceDb';
import { tempWorkspacePath } from './testing/testWorkspace';

let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(() => (ws = tempWorkspacePath()));
afterEach(() => ws.cleanup());

describe('workspace file', () => {
  it('creates a new file at the latest schema without a backup', () => {
    const db = openWorkspaceDb(ws.path);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
    expect(readdirSync(ws.dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('copies an existing file aside before each migration, with its data', () => {
    const db = openWorkspaceDb(ws.path);
    db.prepare("INSERT INTO holidays (date, name) VALUES ('2023-05-08', 'Coronation')").run();
    db.close();
    const next = [...MIGRATIONS, { version: LATEST + 1, name: 'test column', sql: 'ALTER TABLE holidays ADD COLUMN note TEXT' }];
    const upgraded = openWorkspaceDb(ws.path, next);
    expect(schemaVersion(upgraded)).toBe(LATEST + 1);
    upgraded.close();
    const backups = readdirSync(ws.dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toContain(`.v${LATEST}-`);
    const copy = new Database(join(ws.dir, backups[0]!), { readonly: true });
    expect(copy.prepare('SELECT name FROM holidays').get()).toEqual({ name: 'Coronation' });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST);
    copy.close();
  });

  it('rolls a failed migration back and keeps the file at its old version', () => {
    openWorkspaceDb(ws.path).close();
    const broken = [...MIGRATIONS, { version: LATEST + 1, name: 'broken', sql: 'ALTER TABLE holidays ADD COLUMN a TEXT; THIS IS NOT SQL' }];
    expect(() => openWorkspaceDb(ws.path, broken)).toThrow();
    const db = openWorkspaceDb(ws.path);
    expect(schemaVersion(db)).toBe(LATEST);
    expect(db.prepare('PRAGMA table_info(holidays)').all().map((c) => (c as { name: string }).name)).toEqual(['date', 'name']);
    db.close();
  });

  it('refuses a file from a newer version of the app', () => {
    const db = openWorkspaceDb(ws.path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openWorkspaceDb(ws.path)).toThrow(/newer version of Disclosure Desk/);
  });

  it('refuses a file that is not a database with a clear message, and leaves it as it was', () => {
    writeFileSync(ws.path, 'this is a letter, not a workspace');
    expect(() => openWorkspaceDb(ws.path)).toThrow(/is not a database, not a Disclosure Desk workspace/);
    expect(readFileSync(ws.path, 'utf8')).toBe('this is a letter, not a workspace');
  });
});

// Seen before: another program's database or an empty file was silently turned into a workspace, and
// a newer workspace was switched to WAL before being refused. Nothing may be written before we know.
describe('identifying a workspace before changing anything', () => {
  const sidecars = () => readdirSync(ws.dir).filter((f) => f !== 'workspace.sqlite');

  it("refuses another program's SQLite database byte for byte unchanged", () => {
    const other = new Database(ws.path);
    other.exec('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'Jo\')');
    other.close();
    const before = readFileSync(ws.path);
    expect(() => openWorkspaceDb(ws.path)).toThrow(/another program's database, not a Disclosure Desk workspace\. Nothing was changed/);
    expect(readFileSync(ws.path).equals(before)).toBe(true);
    expect(sidecars()).toEqual([]);
  });

  it('refuses an empty file and leaves it empty', () => {
    writeFileSync(ws.path, '');
    expect(() => openWorkspaceDb(ws.path)).toThrow(/an empty file, not a Disclosure Desk workspace/);
    expect(statSync(ws.path).size).toBe(0);
    expect(sidecars()).toEqual([]);
  });

  it('refuses a folder', () => {
    expect(() => openWorkspaceDb(ws.dir)).toThrow(/is a folder, not a Disclosure Desk workspace/);
  });

  it('refuses a newer workspace without switching it to WAL', () => {
    const newer = new Database(ws.path);
    newer.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
    newer.pragma('user_version = 99');
    newer.close();
    expect(() => openWorkspaceDb(ws.path)).toThrow(/newer version of Disclosure Desk/);
    const after = new Database(ws.path, { readonly: true });
    expect(after.pragma('journal_mode', { simple: true })).toBe('delete');
    after.close();
    expect(sidecars()).toEqual([]);
  });

  it('creates a workspace only where asked', () => {
    expect(() => openWorkspaceDb(ws.path, MIGRATIONS, { create: false })).toThrow(/There is no workspace at/);
    expect(existsSync(ws.path)).toBe(false);
  });

  it('marks new workspaces as ours and recognises one made before the mark existed', () => {
    const db = openWorkspaceDb(ws.path);
    expect(db.pragma('application_id', { simple: true })).toBe(WORKSPACE_APPLICATION_ID);
    // A workspace from the first release had no application_id.
    db.pragma('application_id = 0');
    db.close();
    const reopened = openWorkspaceDb(ws.path, MIGRATIONS, { create: false });
    expect(reopened.pragma('application_id', { simple: true })).toBe(WORKSPACE_APPLICATION_ID);
    reopened.close();
  });
});
