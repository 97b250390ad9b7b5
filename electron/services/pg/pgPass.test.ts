import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { matchPgPass, pgPassFile, readPgPass } from './pgPass';

const target = { host: 'db.example.gov.uk', port: 5432, database: 'disclosure_desk', user: 'jo_bloggs' };
let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'desk-pgpass-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

it('matches lines by libpq\'s rules: wildcards, escapes, first match wins, comments skipped', () => {
  const text = ['# IT\'s servers', 'other.example:5432:*:jo_bloggs:nope', 'db.example.gov.uk:*:disclosure_desk:jo_bloggs:pa\\:ss\\\\word', '*:*:*:*:fallback'].join('\n');
  expect(matchPgPass(text, target)).toBe('pa:ss\\word');
  expect(matchPgPass(text, { ...target, user: 'sam' })).toBe('fallback');
  expect(matchPgPass('db.example.gov.uk:6432:*:*:x', target)).toBeNull();
});

it('reads ~/.pgpass (or PGPASSFILE) only when it is readable by its owner alone', () => {
  const file = join(home, '.pgpass');
  writeFileSync(file, 'db.example.gov.uk:5432:disclosure_desk:jo_bloggs:secret\n');
  chmodSync(file, 0o600);
  expect(pgPassFile({ home, env: {}, platform: 'linux' })).toBe(file);
  expect(readPgPass(target, { home, env: {}, platform: 'linux' })).toEqual({ password: 'secret' });
  chmodSync(file, 0o644);
  const loose = readPgPass(target, { home, env: {}, platform: 'linux' });
  expect(loose.password).toBeNull();
  expect(loose.ignored).toMatch(/may be read by other users \(permissions 0644\).*chmod 0600/);
  expect(readPgPass(target, { home, env: { PGPASSFILE: join(home, 'none') }, platform: 'linux' })).toEqual({ password: null });
});
