import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './runForTest';
import { DeskService } from '../services/deskService';
import { tempWorkspacePath } from '../services/testing/testWorkspace';


let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(() => (ws = tempWorkspacePath()));
afterEach(() => ws.cleanup());

describe('desk clauses', () => {
  it('lists the shipped library one clause a line, with section and regime', async () => {
    const r = await cli('clauses', 'list');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(116);
    expect(lines.find((l) => l.startsWith('foia-s31-1-a '))).toMatch(/^foia-s31-1-a\s+exemption\s+s31\(1\)\(a\)\s+foia\s+Law enforcement: prevention or detection of crime$/);
    expect(lines.find((l) => l.startsWith('eir-reg-12-5-e '))).toMatch(/reg 12\(5\)\(e\)\s+eir/);
  });

  it('prints JSON with --json, and adds the workspace clauses with --db', async () => {
    const service = new DeskService(ws.path);
    await service.duplicateClause({ id: 'foia-s31-1-a', newId: 'our-s31-bodycam' });
    service.close();
    const shipped = JSON.parse((await cli('clauses', 'list', '--json')).out) as { id: string }[];
    expect(shipped.some((c) => c.id === 'our-s31-bodycam')).toBe(false);
    const withDb = JSON.parse((await cli('clauses', 'list', '--json', '--db', ws.path)).out) as { id: string; source: string }[];
    expect(withDb.find((c) => c.id === 'our-s31-bodycam')?.source).toBe('local');
    expect((await cli('clauses', 'list', '--db', ws.path)).out).toMatch(/^our-s31-bodycam .*\(copy\) \(local\)$/m);
  });

  it('shows one clause: details, variables and wording', async () => {
    const r = await cli('clauses', 'show', 'foia-s31-1-a');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Law enforcement: prevention or detection of crime');
    expect(r.out).toMatch(/section\s+s31\(1\)\(a\)/);
    expect(r.out).toMatch(/test\s+qualified, prejudice/);
    expect(r.out).toMatch(/likelihood\s+choice .*\(would \/ would be likely to\)/);
    expect(r.out).toContain('We are withholding this information under section 31(1)(a)');
  });

  it('exits 1 for an unknown clause or a missing workspace, 2 for bad usage', async () => {
    const missing = await cli('clauses', 'show', 'foia-s99');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^desk clauses show: There is no clause "foia-s99" .*desk clauses list/);
    expect((await cli('clauses', 'list', '--db', `${tmpdir()}/nowhere/none.sqlite`)).code).toBe(1);
    expect((await cli('clauses', 'show')).code).toBe(2);
    expect((await cli('clauses', 'show', 'a', 'b')).code).toBe(2);
    expect((await cli('clauses', 'show', 'foia-s31-1-a', '--version', 'two')).code).toBe(2);
    expect((await cli('clauses', 'list', '--bogus')).code).toBe(2);
  });

  it('finds the templates from the built dist/cli.js, run from another folder', async () => {
    const built = new URL('../../dist/cli.js', import.meta.url).pathname;
    expect(existsSync(built), 'dist/cli.js is missing: run "npm run build" first').toBe(true);
    const r = spawnSync('node', [built, 'clauses', 'show', 'foia-s40-2'], { encoding: 'utf8', cwd: tmpdir() });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('s40(2)');
  });
});
