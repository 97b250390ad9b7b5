import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from './commandTable';
import { cli } from './runForTest';
import { tempWorkspacePath } from '../services/testing/testWorkspace';

// The CLI's manners: --version, help at every level, a typo answered with the nearest real word,
// and exit codes that tell a script what happened (0 done, 1 the work failed, 2 typed wrongly).

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const built = new URL('../../dist/cli.js', import.meta.url).pathname;

let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(() => (ws = tempWorkspacePath()));
afterEach(() => ws.cleanup());

describe('desk --version and help', () => {
  it('prints the version from package.json', async () => {
    expect(await cli('--version')).toEqual({ code: 0, out: version, err: '' });
    expect((await cli('--version', 'deadline')).code).toBe(2);
  });

  it('lists the subcommands of export and clauses', async () => {
    const exportHelp = await cli('export', '--help');
    expect(exportHelp.code).toBe(0);
    expect(exportHelp.out).toMatch(/^Usage: desk export <bundle\|log\|letter>/);
    expect(exportHelp.out).toMatch(/^ {2}export bundle {2}.*\n {2}export log {5}.*\n {2}export letter {2}/m);
    const clausesHelp = await cli('clauses', '--help');
    expect(clausesHelp.out).toMatch(/^Usage: desk clauses <list\|show>/);
    expect(clausesHelp.out).toMatch(/clauses list\s+list the clause library\n {2}clauses show\s+print one clause/);
    expect(clausesHelp.out).not.toMatch(/export/);
    expect((await cli('help', 'export')).out).toBe(exportHelp.out);
  });

  it('gives every command its own --help, without running it', async () => {
    for (const spec of COMMANDS) {
      const words = spec.words.join(' ');
      const r = await cli(...spec.words, '--help');
      expect(r, words).toEqual({ code: 0, out: spec.help, err: '' });
      expect(spec.help, words).toMatch(new RegExp(`^Usage: desk ${words} `));
      // -h, and `desk help …`, say the same; required options are not asked for.
      expect((await cli(...spec.words, '-h')).out).toBe(spec.help);
      expect((await cli('help', ...spec.words)).out).toBe(spec.help);
    }
  });

  it('with no command prints the help on stderr and exits 2, as --help says', async () => {
    const bare = await cli();
    expect(bare.code).toBe(2);
    expect(bare.out).toBe('');
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(bare.err).toBe(help.out);
    expect(help.out).toMatch(/desk --help \| --version/);
    expect(help.out).toMatch(/With no command at all, desk prints this help on standard error\nand exits 2/);
  });
});

describe('a typing slip', () => {
  it.each([
    [['deadline', '--recieved', '2024-12-20'], 'desk deadline: unknown option --recieved: did you mean --received? (see desk deadline --help)'],
    [['deadline', '--recieved=2024-12-20'], 'desk deadline: unknown option --recieved: did you mean --received? (see desk deadline --help)'],
    [['export', 'log', '--mnth', '2024-05'], 'desk export log: unknown option --mnth: did you mean --month? (see desk export log --help)'],
    [['deadline', '--received', '2024-12-20', '--xyzzy'], 'desk deadline: unknown option --xyzzy (see desk deadline --help)'],
    [['deadline', '-x'], 'desk deadline: unknown option -x (see desk deadline --help)'],
    [['--verison'], 'desk: unknown option --verison: did you mean --version? (see desk --help)'],
    [['exprot', 'log'], 'desk: unknown command "exprot": did you mean "desk export"? (see desk --help)'],
    [['chek', '--ref', '1'], 'desk: unknown command "chek": did you mean "desk check"? (see desk --help)'],
    [['frobnicate'], 'desk: unknown command "frobnicate" (see desk --help)'],
    [['export', 'lettr'], 'desk export: unknown command "lettr": did you mean "desk export letter"? (see desk export --help)'],
    [['clauses', 'shwo', 'foia-s40-2'], 'desk clauses: unknown command "shwo": did you mean "desk clauses show"? (see desk clauses --help)'],
    [['export'], 'desk export: name a command: bundle, log or letter (see desk export --help)'],
    [['deadline', '2024-12-20'], 'desk deadline: unexpected "2024-12-20" (see desk deadline --help)'],
  ])('%j says so in one line and exits 2', async (argv, message) => {
    expect(await cli(...argv)).toEqual({ code: 2, out: '', err: message });
  });
});

describe('a missing workspace', () => {
  it('is a failure (1) naming the file, for every command that reads one', async () => {
    const missing = join(ws.dir, 'nowhere', 'desk.sqlite');
    const runs = [
      ['export', 'bundle', '--db', missing, '--out', join(ws.dir, 'b.json')],
      ['export', 'log', '--db', missing, '--month', '2024-05', '--out', join(ws.dir, 'log.docx')],
      ['export', 'letter', '--db', missing, '--ref', '1', '--out', join(ws.dir, 'l.docx')],
      ['check', '--db', missing, '--ref', '1'],
      ['clauses', 'list', '--db', missing],
      ['clauses', 'show', 'foia-s40-2', '--db', missing],
    ];
    for (const argv of runs) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err, argv.join(' ')).toBe(`desk ${argv[0] === 'export' || argv[0] === 'clauses' ? argv.slice(0, 2).join(' ') : argv[0]}: There is no workspace at ${missing}. Check the path, or create one with "desk import --db ${missing} BUNDLE.json".`);
    }
    expect(existsSync(join(ws.dir, 'nowhere'))).toBe(false);
  });
});

describe('the built command', () => {
  const node = (args: string[], cwd?: string) => spawnSync('node', args, { encoding: 'utf8', ...(cwd ? { cwd } : {}) });

  it('has its manners as node dist/cli.js', () => {
    expect(existsSync(built), 'dist/cli.js is missing: run "npm run build" first').toBe(true);
    expect(node([built, '--version'])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(node([built, 'export', '--help'])).toMatchObject({ status: 0, stdout: expect.stringMatching(/export bundle[\s\S]*export log[\s\S]*export letter/) });
    const slip = node([built, 'deadline', '--recieved', '2024-12-20']);
    expect(slip).toMatchObject({ status: 2, stdout: '', stderr: 'desk deadline: unknown option --recieved: did you mean --received? (see desk deadline --help)\n' });
    const bare = node([built]);
    expect(bare.status).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^desk: Disclosure Desk on the command line\n/);
    const missing = node([built, 'check', '--db', join(ws.dir, 'none.sqlite'), '--ref', '1']);
    expect(missing.status).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('answers --version and --help without loading any package: its commands are loaded when they run', () => {
    expect(existsSync(built), 'dist/cli.js is missing: run "npm run build" first').toBe(true);
    // A copy of the built files in a folder with no node_modules and no package.json above it: an
    // import of docx, zod, better-sqlite3… at the top of dist/cli.js (or a chunk it loads first)
    // fails here, and so does reading the version from package.json at run time.
    const lonely = mkdtempSync(join(tmpdir(), 'desk-lonely-'));
    try {
      cpSync(built, join(lonely, 'cli.js'));
      cpSync(join(built, '..', 'cli'), join(lonely, 'cli'), { recursive: true });
      expect(node([join(lonely, 'cli.js'), '--version'], lonely)).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
      const help = node([join(lonely, 'cli.js'), 'export', 'log', '--help'], lonely);
      expect(help.stderr).toBe('');
      expect(help.stdout).toMatch(/^Usage: desk export log/);
      expect(node([join(lonely, 'cli.js'), 'deadline', '--recieved', 'x'], lonely).status).toBe(2);
      // `desk deadline` needs no package at all: its bank holidays are a table the build wrote.
      expect(node([join(lonely, 'cli.js'), 'deadline', '--received', '2024-12-20'], lonely)).toMatchObject({ status: 0, stdout: '2025-01-23\n' });
      // …and a command that opens a workspace does load its packages, so this copy cannot do that work.
      const work = node([join(lonely, 'cli.js'), 'check', '--db', join(lonely, 'none.sqlite'), '--ref', '1'], lonely);
      expect(work.status).toBe(1);
      expect(work.stderr).toMatch(/Cannot find (package|module)/);
    } finally {
      rmSync(lonely, { recursive: true, force: true });
    }
  });
});
