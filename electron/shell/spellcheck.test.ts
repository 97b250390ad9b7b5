import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applySpellcheck, NO_DICTIONARY_URL, readSpellcheckChoice, saveSpellcheckChoice, SPELLCHECK_FILE } from './spellcheck';
import { FakeSession, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

const realPlatform = process.platform;
const onPlatform = (platform: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: platform });
let userData: string;

beforeEach(() => {
  resetFakeElectron();
  userData = mkdtempSync(path.join(tmpdir(), 'desk-spellcheck-'));
});
afterEach(() => {
  onPlatform(realPlatform);
  rmSync(userData, { recursive: true, force: true });
});

const session = () => new FakeSession('') as unknown as Parameters<typeof applySpellcheck>[0] & InstanceType<typeof FakeSession>;

describe('the spellchecker, the only thing that could reach the network', () => {
  it('is off on a fresh install, and an unreadable choice counts as off', () => {
    expect(readSpellcheckChoice(userData)).toBe(false);
    writeFileSync(path.join(userData, SPELLCHECK_FILE), '{"enabled": tru');
    expect(readSpellcheckChoice(userData)).toBe(false);
    writeFileSync(path.join(userData, SPELLCHECK_FILE), '{"enabled": "yes"}');
    expect(readSpellcheckChoice(userData)).toBe(false);
  });

  it('remembers the officer\'s choice in a file only they can change', () => {
    saveSpellcheckChoice(userData, true);
    expect(readSpellcheckChoice(userData)).toBe(true);
    saveSpellcheckChoice(userData, false);
    expect(readSpellcheckChoice(userData)).toBe(false);
    expect(statSync(path.join(userData, SPELLCHECK_FILE)).isFile()).toBe(true);
  });

  it('on Windows and Linux, off means disabled and pointed at loopback, so nothing can download', () => {
    for (const platform of ['linux', 'win32'] as const) {
      onPlatform(platform);
      const ses = session();
      applySpellcheck(ses, false);
      expect(ses.spellCheckerEnabled).toBe(false);
      expect(ses.spellCheckerDictionaryDownloadURL).toBe(NO_DICTIONARY_URL);
      expect(new URL(NO_DICTIONARY_URL).hostname).toBe('127.0.0.1');
      expect(ses.spellCheckerLanguages).toEqual([]);
    }
  });

  it('on Windows and Linux, on means British English from the Chromium dictionary server', () => {
    onPlatform('win32');
    const ses = session();
    applySpellcheck(ses, false);
    applySpellcheck(ses, true);
    expect(ses.spellCheckerEnabled).toBe(true);
    expect(ses.spellCheckerLanguages).toEqual(['en-GB']);
    expect(ses.spellCheckerDictionaryDownloadURL).toBe('https://redirector.gvt1.com/edgedl/chrome/dict/');
  });

  it('on macOS uses the system checker, whatever the choice: nothing downloads there', () => {
    onPlatform('darwin');
    const ses = session();
    applySpellcheck(ses, false);
    expect(ses.spellCheckerEnabled).toBe(true);
    expect(ses.spellCheckerLanguages).toEqual([]);
  });
});
