import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './atomicWrite';

// The officer names an export target; we may replace its contents, nothing else about it. Each case
// here was seen going wrong with a plain write-then-rename.
describe('writeFileAtomically', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'desk-write-'));
  });
  afterEach(() => {
    // Leave the temp folder: tmpfs is cleaned by the OS, and a failure is easier to look at.
  });

  it("writes a new file with the user's usual permissions, with no temp file left", () => {
    const target = join(dir, 'log.pdf');
    writeFileAtomically(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(statSync(target).mode & 0o777).toBe(0o666 & ~process.umask());
    expect(readdirSync(dir)).toEqual(['log.pdf']);
  });

  it("keeps an existing file's permissions (0600 stays 0600, 0644 stays 0644)", () => {
    const secret = join(dir, 'secret.docx');
    writeFileSync(secret, 'old');
    chmodSync(secret, 0o600);
    writeFileAtomically(secret, 'new');
    expect(statSync(secret).mode & 0o777).toBe(0o600);

    const shared = join(dir, 'shared.docx');
    writeFileSync(shared, 'old');
    chmodSync(shared, 0o644);
    writeFileAtomically(shared, 'new');
    expect(statSync(shared).mode & 0o777).toBe(0o644);
    expect(readFileSync(shared, 'utf8')).toBe('new');
  });

  it('writes through a link to a file and keeps the link', () => {
    const real = join(dir, 'real.pdf');
    writeFileSync(real, 'old');
    const link = join(dir, 'link.pdf');
    symlinkSync(real, link);
    writeFileAtomically(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe('new');
  });

  it('refuses a directory, a device and a link to either, naming the path', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    expect(() => writeFileAtomically(folder, 'x')).toThrow(/is a folder/);
    expect(() => writeFileAtomically('/dev/null', 'x')).toThrow(/is a device/);
    const linkToDevice = join(dir, 'null.pdf');
    symlinkSync('/dev/null', linkToDevice);
    expect(() => writeFileAtomically(linkToDevice, 'x')).toThrow(/is a device/);
    expect(lstatSync(linkToDevice).isSymbolicLink()).toBe(true);
    const linkToFolder = join(dir, 'folder.pdf');
    symlinkSync(folder, linkToFolder);
    expect(() => writeFileAtomically(linkToFolder, 'x')).toThrow(/is a folder/);
  });

  it('refuses a folder that does not exist with a clear message', () => {
    expect(() => writeFileAtomically(join(dir, 'nowhere', 'log.pdf'), 'x')).toThrow(/folder .* does not exist/);
  });

  it('removes temp files that a killed export left behind', () => {
    const target = join(dir, 'log.docx');
    // A temp file of a process that no longer runs (pid 2^22 + 1 is above Linux's pid_max default),
    // and one of ours that is old: both hold personal data and must go.
    const deadTemp = join(dir, `.log.docx.${2 ** 22 + 1}.1700000000000.tmp`);
    writeFileSync(deadTemp, 'requester@example.org');
    const oldTemp = join(dir, `.log.docx.${process.pid}.1600000000000.tmp`);
    writeFileSync(oldTemp, 'requester@example.org');
    const past = new Date(Date.now() - 2 * 3600_000);
    utimesSync(oldTemp, past, past);
    // Another program's file of a similar name is not ours to delete.
    const notOurs = join(dir, '.log.docx.notes');
    writeFileSync(notOurs, 'keep me');

    writeFileAtomically(target, 'new');
    expect(existsSync(deadTemp)).toBe(false);
    expect(existsSync(oldTemp)).toBe(false);
    expect(existsSync(notOurs)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });
});
