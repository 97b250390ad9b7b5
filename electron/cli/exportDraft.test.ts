import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { cli } from './runForTest';
import { DeskService } from '../services/deskService';
import { tempWorkspacePath } from '../services/testing/testWorkspace';

const fixture = new URL('../../fixtures/iopc-month.bundle.json', import.meta.url).pathname;

// 5024007 fails the send checks: the real letter is refused, the draft for sign-off is not.
let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(async () => {
  ws = tempWorkspacePath();
  expect((await cli('import', '--db', ws.path, fixture)).code).toBe(0);
});
afterEach(() => ws.cleanup());

describe('desk export letter --draft', () => {
  it('writes a draft marked DRAFT without the send checks, as DOCX and PDF, and records nothing', async () => {
    for (const ext of ['docx', 'pdf']) {
      const out = join(ws.dir, `draft.${ext}`);
      expect(await cli('export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', out, '--draft')).toEqual({
        code: 0,
        out: `Wrote a draft of the response letter for 5024007 to ${out} (marked DRAFT — not for sending).`,
        err: '',
      });
    }
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(join(ws.dir, 'draft.docx')) });
    expect(value).toMatch(/^\s*DRAFT — not for sending/);
    expect(execFileSync('pdftotext', ['-raw', join(ws.dir, 'draft.pdf'), '-'], { encoding: 'utf8' })).toMatch(/^DRAFT — not for sending/m);
    const service = new DeskService(ws.path);
    try {
      const id = (await service.findCaseByRef({ ref: '5024007' })).id!;
      expect((await service.getCase({ id })).overrides).toEqual([]);
      expect((await service.getSentRecord({ caseId: id })).copies).toEqual([]);
    } finally {
      service.close();
    }
    // The real letter still goes through the checks.
    const real = await cli('export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', join(ws.dir, 'real.docx'));
    expect(real.code).toBe(1);
    expect(existsSync(join(ws.dir, 'real.docx'))).toBe(false);
  });

  it('refuses --draft with --override, which would have nothing to override', async () => {
    const r = await cli('export', 'letter', '--db', ws.path, '--ref', '5024007', '--out', join(ws.dir, 'd.docx'), '--draft', '--override', 'why');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--draft skips the send checks/);
  });
});
