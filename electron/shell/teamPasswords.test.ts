import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { TEAM_PASSWORDS_FILE, TeamPasswords, type SafeStorageLike } from './teamPasswords';
import { standInSafeStorage } from './testing/standInSafeStorage';

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(path.join(tmpdir(), 'desk-userdata-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

const key = 'jo_bloggs @ db.example.gov.uk / disclosure_desk';

it('keeps a password only as the keychain encrypted it, keyed by the connection\'s description', () => {
  const passwords = new TeamPasswords(standInSafeStorage(), userData);
  passwords.save(key, 'correct horse battery');
  const file = readFileSync(path.join(userData, TEAM_PASSWORDS_FILE), 'utf8');
  expect(file).not.toContain('correct horse');
  expect(Object.keys(JSON.parse(file).passwords)).toEqual([key]);
  expect(new TeamPasswords(standInSafeStorage(), userData).load(key)).toBe('correct horse battery');
  expect(passwords.load('sam @ db.example.gov.uk / disclosure_desk')).toBeNull();
  passwords.forget(key);
  expect(passwords.load(key)).toBeNull();
});

it('refuses to keep a password where the keychain is not available, or is no keychain at all, and says so', () => {
  for (const storage of [standInSafeStorage({ available: false }), standInSafeStorage({ backend: 'basic_text' })]) {
    const passwords = new TeamPasswords(storage, userData);
    expect(() => passwords.save(key, 'correct horse')).toThrow(/was not kept: type it each time you connect/);
    expect(storage.encrypted).toBe(0);
    expect(passwords.load(key)).toBeNull();
  }
  expect(() => readFileSync(path.join(userData, TEAM_PASSWORDS_FILE))).toThrow(/ENOENT/);
});

it('gives nothing back for a password it cannot decrypt (another user\'s, a new keychain)', () => {
  new TeamPasswords(standInSafeStorage(), userData).save(key, 'pw');
  const other: SafeStorageLike = { ...standInSafeStorage(), decryptString: () => { throw new Error('cannot decrypt'); } };
  expect(new TeamPasswords(other, userData).load(key)).toBeNull();
});
