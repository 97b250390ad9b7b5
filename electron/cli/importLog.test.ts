import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempWorkspacePath } from '../services/testing/testWorkspace';
import { cli } from './runForTest';

const EXAMPLE = new URL('../../../shared/examples/published-log-month.txt', import.meta.url).pathname;
const ws = tempWorkspacePath();
afterAll(() => ws.cleanup());

describe('desk import-log', () => {
  it('--dry-run on a workspace that is not there says so and creates nothing', async () => {
    const r = await cli('import-log', '--db', ws.path, EXAMPLE, '--dry-run');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/There is no workspace/);
  });

  it('imports the example month, reporting the missing topics and the generated references', async () => {
    const r = await cli('import-log', '--db', ws.path, EXAMPLE, '--month', '2024-06');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Found 4 entries for 2024-06, recorded as sent on 2024-06-30.');
    expect(r.out).toContain('The contents list names 2 topics with no entry in the file (cut short?): Pursuit related deaths data; Staffordshire Police referrals.');
    expect(r.out).toContain('3 entries had no reference and were given one: LOG-2024-06-02, LOG-2024-06-03, LOG-2024-06-04.');
    expect(r.out).toContain('Imported 4 past cases, marked as from a past log.');
  });

  it('--dry-run --json shows the clashes and writes nothing', async () => {
    const r = await cli('import-log', '--db', ws.path, EXAMPLE, '--month', '2024-06', '--dry-run', '--json');
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out) as { imported: null; report: { clashes: string[] } };
    expect(result.imported).toBeNull();
    expect(result.report.clashes).toEqual(['5024007', 'LOG-2024-06-02', 'LOG-2024-06-03', 'LOG-2024-06-04']);
  });

  it('a garbled file imports nothing and says what could not be read', async () => {
    const garbled = join(ws.dir, 'garbled.txt');
    writeFileSync(garbled, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 256)));
    const r = await cli('import-log', '--db', ws.path, garbled);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Nothing was imported from .*garbled\.txt: The file does not read as text/);
  });

  it('refuses a month typed wrongly', async () => {
    const r = await cli('import-log', '--db', ws.path, EXAMPLE, '--month', 'June');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/use YYYY-MM/);
  });
});
