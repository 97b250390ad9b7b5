import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './runForTest';
import { tempWorkspacePath } from '../services/testing/testWorkspace';
import { SearchHitSchema } from '../../core/reuse/reuseContract';

const bundle = new URL('../../fixtures/defective.bundle.json', import.meta.url).pathname;

let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(async () => {
  ws = tempWorkspacePath();
  expect((await cli('import', '--db', ws.path, bundle)).code).toBe(0);
});
afterEach(() => ws.cleanup());

describe('desk search', () => {
  it('prints one result a line with the matching words in brackets', async () => {
    const r = await cli('search', '--db', ws.path, '"CCTV cameras"');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('D-0001\t2024-05-29\tq1\tHow many [CCTV cameras] do you operate?');
    expect(lines.at(-1)).toBe('1 result.');
  });

  it('takes prefixes, --limit and --json', async () => {
    const r = await cli('search', '--db', ws.path, 'camer*', '--limit', '1', '--json');
    expect(r.code).toBe(0);
    const hits = SearchHitSchema.array().parse(JSON.parse(r.out));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.ref).toBe('D-0001');
    expect(hits[0]!.question.some((s) => s.mark)).toBe(true);
    expect((await cli('search', '--db', ws.path, 'hovercraft')).out).toBe('Nothing found.');
  });

  it("names a past log's entry by the log it came from, not by a date of its own", async () => {
    const log = new URL('../../../shared/examples/published-log-month.txt', import.meta.url).pathname;
    expect((await cli('import-log', '--db', ws.path, log, '--month', '2024-06')).code).toBe(0);
    const r = await cli('search', '--db', ws.path, '"contact centre agents"');
    expect(r.out.split('\n')[0]).toBe('5024007\tfrom the published log of June 2024\tq1.c\tHow many [contact centre agents] do you have?');
  });

  it('exits 2 for usage mistakes and 1 for a missing workspace', async () => {
    for (const args of [['search', '--db', ws.path], ['search', '--db', ws.path, 'x', '--limit', '0'], ['search', 'x']]) {
      const r = await cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
    }
    expect((await cli('search', '--db', `${ws.path}.missing`, 'x')).code).toBe(1);
  });
});
