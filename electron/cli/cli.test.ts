import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './runForTest';
import { tempWorkspacePath } from '../services/testing/testWorkspace';

const fixture = new URL('../../fixtures/iopc-month.bundle.json', import.meta.url).pathname;


let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(() => (ws = tempWorkspacePath()));
afterEach(() => ws.cleanup());

describe('desk deadline', () => {
  it.each([
    [['--received', '2024-12-20'], '2025-01-23'],
    [['--received', '2024-07-08', '--regime', 'foia'], '2024-08-07'],
    [['--received', '2024-03-09'], '2024-04-10'],
    [['--received', '2024-03-09', '--regime', 'foisa'], '2024-04-08'],
    [['--received', '2024-11-25'], '2024-12-24'],
    [['--received', '2025-04-12', '--days', '40'], '2025-06-12'],
  ])('%j -> %s', async (args, due) => {
    expect(await cli('deadline', ...args)).toEqual({ code: 0, out: due, err: '' });
  });

  it('counts a --holiday given on the command line', async () => {
    expect((await cli('deadline', '--received', '2024-03-01', '--holiday', '2024-03-12')).out).not.toBe((await cli('deadline', '--received', '2024-03-01')).out);
  });

  it('exits 2 with one line for bad usage', async () => {
    for (const args of [['deadline'], ['deadline', '--received', '20/12/2024'], ['deadline', '--received', '2024-12-20', '--regime', 'gdpr'], ['deadline', '--received', '2024-12-20', '--days', 'ten'], ['deadline', '--bogus'], ['frobnicate']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('prints help', async () => {
    expect((await cli('--help')).out).toMatch(/Commands:[\s\S]*deadline[\s\S]*export bundle/);
    expect((await cli('deadline', '--help')).out).toMatch(/^Usage: desk deadline/);
  });
});

describe('desk import / export bundle', () => {
  it('imports, exports and re-imports identically', async () => {
    expect(await cli('import', '--db', ws.path, fixture)).toMatchObject({ code: 0, out: expect.stringMatching(/^Imported 3 cases\./) });
    const out1 = join(ws.dir, 'one.json');
    expect((await cli('export', 'bundle', '--db', ws.path, '--out', out1)).code).toBe(0);
    const second = join(ws.dir, 'second.sqlite');
    expect((await cli('import', '--db', second, out1)).code).toBe(0);
    const out2 = join(ws.dir, 'two.json');
    expect((await cli('export', 'bundle', '--db', second, '--out', out2)).code).toBe(0);
    expect(readFileSync(out2, 'utf8')).toBe(readFileSync(out1, 'utf8'));
  });

  it('refuses an existing reference without --replace, and accepts it with', async () => {
    await cli('import', '--db', ws.path, fixture);
    const again = await cli('import', '--db', ws.path, fixture);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already has cases 5024007, 5024113, 5024150.*replace/);
    expect((await cli('import', '--db', ws.path, '--replace', fixture)).code).toBe(0);
  });

  it('fails with the JSON path for a broken bundle and leaves the workspace as it was', async () => {
    await cli('import', '--db', ws.path, fixture);
    const before = join(ws.dir, 'before.json');
    await cli('export', 'bundle', '--db', ws.path, '--out', before);
    const broken = JSON.parse(readFileSync(fixture, 'utf8'));
    broken.cases[0].regime = 'gdpr';
    const file = join(ws.dir, 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const r = await cli('import', '--db', ws.path, '--replace', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cases\[0\]\.regime/);
    const after = join(ws.dir, 'after.json');
    await cli('export', 'bundle', '--db', ws.path, '--out', after);
    expect(readFileSync(after, 'utf8')).toBe(readFileSync(before, 'utf8'));
  });

  it('says so when the file is not JSON or not there', async () => {
    const file = join(ws.dir, 'letter.json');
    writeFileSync(file, 'Dear Sir');
    expect((await cli('import', '--db', ws.path, file)).err).toMatch(/could not be read as JSON/);
    expect((await cli('import', '--db', ws.path, join(ws.dir, 'missing.json'))).err).toMatch(/no such file/);
    expect((await cli('export', 'bundle', '--db', join(ws.dir, 'none.sqlite'), '--out', file)).code).toBe(1);
  });

  // Seen: a bundle saved by a Windows tool (UTF-8 with a byte order mark) was refused as not JSON.
  it('accepts a bundle that starts with a byte order mark, and refuses one that is not UTF-8', async () => {
    const withBom = join(ws.dir, 'bom.json');
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(fixture)]));
    expect(await cli('import', '--db', ws.path, withBom)).toMatchObject({ code: 0, out: expect.stringMatching(/^Imported 3 cases\./) });
    const latin1 = join(ws.dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from('{"format":"disclosure-desk/1","cases":[],"note":"caf\xe9"}', 'latin1'));
    expect((await cli('import', '--db', join(ws.dir, 'other.sqlite'), latin1)).err).toMatch(/latin1\.json is not UTF-8 text/);
  });

  // Seen: importing a bundle silently replaced the organisation's settings (review address wiped).
  it('keeps the workspace settings and names what differs, unless --settings replace', async () => {
    await cli('import', '--db', ws.path, fixture);
    const theirs = JSON.parse(readFileSync(fixture, 'utf8'));
    theirs.organisation = { ...theirs.organisation, reviewAddress: 'Somewhere else' };
    const file = join(ws.dir, 'theirs.json');
    writeFileSync(file, JSON.stringify(theirs));
    const kept = await cli('import', '--db', ws.path, '--replace', file);
    expect(kept.out).toMatch(/kept its own settings; the bundle's differ in: review address\. Use --settings replace/);
    const replaced = await cli('import', '--db', ws.path, '--replace', '--settings', 'replace', file);
    expect(replaced.out).toMatch(/settings were replaced by the bundle's/);
    expect((await cli('import', '--db', ws.path, '--settings', 'mine', file)).code).toBe(2);
  });
});

describe('the built command', () => {
  // The build stage of `npm test` runs before this suite (scripts/test.mjs).
  const built = new URL('../../dist/cli.js', import.meta.url).pathname;

  it('runs as node dist/cli.js with the right exit codes', () => {
    expect(existsSync(built), 'dist/cli.js is missing: run "npm run build" first').toBe(true);
    expect(execFileSync('node', [built, 'deadline', '--received', '2024-12-20'], { encoding: 'utf8' })).toBe('2025-01-23\n');
    const bad = spawnSync('node', [built, 'deadline', '--received', 'yesterday'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
