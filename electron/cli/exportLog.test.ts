import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './runForTest';
import { tempWorkspacePath } from '../services/testing/testWorkspace';

const fixture = new URL('../../fixtures/iopc-month.bundle.json', import.meta.url).pathname;


let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(async () => {
  ws = tempWorkspacePath();
  await cli('import', '--db', ws.path, fixture);
});
afterEach(() => ws.cleanup());

describe('desk export log', () => {
  it('writes the month as DOCX, HTML and PDF by the --out extension', async () => {
    for (const ext of ['docx', 'html', 'pdf']) {
      const out = join(ws.dir, `log.${ext}`);
      expect(await cli('export', 'log', '--db', ws.path, '--month', '2024-06', '--out', out)).toEqual({ code: 0, out: `Wrote the disclosure log for 2024-06 to ${out}.`, err: '' });
    }
    expect(readFileSync(join(ws.dir, 'log.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(ws.dir, 'log.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(join(ws.dir, 'log.html'), 'utf8')).toContain('<h1 id="top">Disclosure log: June 2024</h1>');
    // Written atomically: no temporary file is left beside the output.
    expect(readdirSync(ws.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('fails with exit 1 for an empty month, naming the months that have responses, and writes nothing', async () => {
    const out = join(ws.dir, 'april.docx');
    const r = await cli('export', 'log', '--db', ws.path, '--month', '2024-04', '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toBe('desk export log: No responses sent in April 2024 are marked for publishing, so there is no log to export. Months with published responses: May 2024 (1), June 2024 (2).');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with one line when typed wrongly', async () => {
    const out = join(ws.dir, 'log.docx');
    for (const args of [
      ['--db', ws.path, '--out', out],
      ['--db', ws.path, '--month', 'May 2024', '--out', out],
      ['--db', ws.path, '--month', '2024-05', '--out', join(ws.dir, 'log.txt')],
    ]) {
      const r = await cli('export', 'log', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')).toHaveLength(1);
    }
  });

  it('writes the PDF with no browser at all: it is laid out directly, not printed', async () => {
    const before = process.env['DESK_CHROMIUM'];
    process.env['DESK_CHROMIUM'] = join(ws.dir, 'no-chrome');
    try {
      const out = join(ws.dir, 'log.pdf');
      expect(await cli('export', 'log', '--db', ws.path, '--month', '2024-06', '--out', out)).toMatchObject({ code: 0, err: '' });
      expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      if (before === undefined) delete process.env['DESK_CHROMIUM'];
      else process.env['DESK_CHROMIUM'] = before;
    }
  });

  it('no longer takes --chromium, and says so in one line', async () => {
    const r = await cli('export', 'log', '--db', ws.path, '--month', '2024-06', '--out', join(ws.dir, 'log.pdf'), '--chromium', '/usr/bin/chromium');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^desk export log: unknown option --chromium/);
  });
});
