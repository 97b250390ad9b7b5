import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { cli } from './runForTest';
import { DeskService } from '../services/deskService';
import { tempWorkspacePath } from '../services/testing/testWorkspace';

const fixture = new URL('../../fixtures/iopc-month.bundle.json', import.meta.url).pathname;
const built = new URL('../../dist/cli.js', import.meta.url).pathname;

// 5024007 refuses question 1.g under s31(1)(a) without the public interest test or the likelihood of
// harm: the send checks fail twice. (Its letter's closing section is on its default, the review and
// ICO clauses, so the rights are there: issue 11.) 5024113 passes them.

let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(async () => {
  ws = tempWorkspacePath();
  expect((await cli('import', '--db', ws.path, fixture)).code).toBe(0);
  // The default closing section asks for the review address: a letter without it would print a blank,
  // which the send checks refuse (unfilled-variable). The fixture's settings leave it empty.
  const service = new DeskService(ws.path);
  try {
    await service.saveOrganisation({ ...(await service.getWorkspace()).organisation, reviewAddress: 'Information Rights, IOPC, 10 South Colonnade, London E14 4PU' });
  } finally {
    service.close();
  }
});
afterEach(() => ws.cleanup());

async function overridesOf(ref: string) {
  const service = new DeskService(ws.path);
  try {
    const [summary] = (await service.listCases({ filter: 'all', search: '' })).filter((c) => c.ref === ref);
    return (await service.getCase({ id: summary!.id })).overrides;
  } finally {
    service.close();
  }
}

describe('desk export letter', () => {
  it('writes the letter of a case that passes the send checks, as DOCX and PDF', async () => {
    for (const ext of ['docx', 'pdf']) {
      const out = join(ws.dir, `letter.${ext}`);
      expect(await cli('export', 'letter', '--db', ws.path, '--ref', '5024113', '--out', out)).toEqual({ code: 0, out: `Wrote the response letter for 5024113 to ${out}.`, err: '' });
      expect(existsSync(out)).toBe(true);
    }
    expect(readFileSync(join(ws.dir, 'letter.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('refuses a letter whose checks fail, listing them as the window does, and writes nothing', async () => {
    const out = join(ws.dir, 'letter.docx');
    const r = await cli('export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', out);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.split('\n');
    expect(lines[0]).toBe('desk export letter: the response to 5024007 cannot go out yet: 2 checks fail, so nothing was written.');
    expect(lines.slice(1, 3)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^ {2}\d\. Question 1\.g: Section 31\(1\)\(a\) depends on harm, so say how likely it is/),
      expect.stringMatching(/^ {2}\d\. Question 1\.g: Section 31\(1\)\(a\) is a qualified exemption, so the response must set out the public interest test\. Missing: the factors in favour of disclosure; the factors in favour of maintaining the exemption\.$/),
    ]));
    expect(lines[3]).toBe('Put them right in the case, or go ahead with --override "why", which is kept with the case.');
    expect(lines).toHaveLength(4);
    // Officer language: the messages, not the rule ids.
    expect(r.err).not.toMatch(/public-interest-test-missing|likelihood-missing|review-rights-missing/);
    expect(existsSync(out)).toBe(false);
    expect(await overridesOf('5024007')).toEqual([]);
  });

  it('goes ahead with --override, keeping the reason on the case for each failing check', async () => {
    const out = join(ws.dir, 'letter.docx');
    const reason = 'Chief constable approved the wording; review paragraph sent separately';
    const r = await cli('export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', out, '--override', reason);
    expect(r).toEqual({
      code: 0,
      out: `Recorded your reason on 5024007 for going ahead despite 2 failing checks (public-interest-test-missing, likelihood-missing).\nWrote the response letter for 5024007 to ${out}.`,
      err: '',
    });
    const docx = await JSZip.loadAsync(readFileSync(out));
    expect(await docx.file('word/document.xml')!.async('string')).toContain('5024007');

    const overrides = await overridesOf('5024007');
    expect(overrides.map((o) => o.ruleId).sort()).toEqual(['likelihood-missing', 'public-interest-test-missing']);
    expect(overrides.every((o) => o.reason === reason && !Number.isNaN(Date.parse(o.at)))).toBe(true);
    expect(overrides.filter((o) => o.questionNumber === '1.g')).toHaveLength(2);
    // As in the window, the recorded reasons answer those findings from now on: the checks pass
    // and the next export needs no override.
    const check = await cli('check', '--db', ws.path, '--ref', '5024007');
    expect(check.code).toBe(0);
    expect(check.out.split('\n').at(-1)).toBe('0 errors, 0 warnings, 2 overridden.');
    expect(check.out).toContain(`[overridden: ${reason}]`);
    expect((await cli('export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', out)).code).toBe(0);
    expect(await overridesOf('5024007')).toHaveLength(2);
  });

  it('records nothing when the checks pass, and asks for a reason that is not blank', async () => {
    const out = join(ws.dir, 'letter.docx');
    const r = await cli('export', 'letter', '--db', ws.path, '--ref', '5024113', '--out', out, '--override', 'just in case');
    expect(r.out.split('\n')[0]).toBe('The send checks pass, so --override was not needed and nothing was recorded.');
    expect(await overridesOf('5024113')).toEqual([]);
    const blank = await cli('export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', out, '--override', '  ');
    expect(blank.code).toBe(2);
    expect(blank.err).toMatch(/^desk export letter: --override needs a reason/);
    expect(await overridesOf('5024007')).toEqual([]);
  });

  it('fails with exit 1 for an unknown reference and 2 for an unsupported format', async () => {
    const unknown = await cli('export', 'letter', '--db', ws.path, '--ref', '999', '--out', join(ws.dir, 'l.docx'));
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/No case with reference 999/);
    expect((await cli('export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', join(ws.dir, 'l.html'))).code).toBe(2);
  });

  it('refuses and overrides the same way as node dist/cli.js', async () => {
    expect(existsSync(built), 'dist/cli.js is missing: run "npm run build" first').toBe(true);
    const out = join(ws.dir, 'built.docx');
    const refused = spawnSync('node', [built, 'export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', out], { encoding: 'utf8' });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^desk export letter: the response to 5024007 cannot go out yet: 2 checks fail/);
    expect(existsSync(out)).toBe(false);
    const overridden = spawnSync('node', [built, 'export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', out, '--override', 'Approved by the head of information rights'], { encoding: 'utf8' });
    expect(overridden.stderr).toBe('');
    expect(overridden.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 30_000);
});
