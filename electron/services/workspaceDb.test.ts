import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations';

// Test migrations come after whatever the product has shipped.
const LATEST = MIGRATIONS.at(-1)!.version;
import { openWorkspaceDb, schemaVersion } from './workspaceDb';
import { tempWorkspacePath } from './testWorkspace';

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

  it('refuses a file that is not a database with a clear message', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(ws.path, 'this is a letter, not a workspace');
    expect(() => openWorkspaceDb(ws.path)).toThrow(/cannot be opened/);
  });
});
