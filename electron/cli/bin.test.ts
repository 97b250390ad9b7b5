import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cli } from './runForTest';
import { DeskService } from '../services/deskService';
import { tempWorkspacePath } from '../services/testing/testWorkspace';

const bundlePath = new URL('../../fixtures/iopc-month.bundle.json', import.meta.url).pathname;

let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(async () => {
  ws = tempWorkspacePath();
  expect((await cli('import', '--db', ws.path, bundlePath)).code).toBe(0);
});
afterEach(() => ws.cleanup());

/** Works on the workspace as the window would, at a pinned time. */
async function withDesk<T>(now: string, body: (s: DeskService) => Promise<T>): Promise<T> {
  const s = new DeskService(ws.path, { now: () => now, create: false });
  try {
    return await body(s);
  } finally {
    s.close();
  }
}

describe('desk bin', () => {
  it('lists the bin, and purges only the cases deleted more than 30 days ago', async () => {
    const long = new Date(Date.now() - 40 * 86_400_000).toISOString();
    const recent = new Date(Date.now() - 2 * 86_400_000).toISOString();
    await withDesk(long, async (s) => s.deleteCase({ id: (await s.findCaseByRef({ ref: '5024113' })).id! }));
    await withDesk(recent, async (s) => s.deleteCase({ id: (await s.findCaseByRef({ ref: '5024150' })).id! }));

    const list = await cli('bin', 'list', '--db', ws.path);
    expect(list.code).toBe(0);
    expect(list.out.split('\n')).toEqual([expect.stringMatching(/^5024150\t\d{4}-\d\d-\d\d\t28 days left\t/), expect.stringMatching(/^5024113\t\d{4}-\d\d-\d\d\t0 days left\t/), '2 cases in the bin.']);

    const purge = await cli('bin', 'purge', '--db', ws.path, '--json');
    expect(purge.code).toBe(0);
    expect((JSON.parse(purge.out) as { ref: string }[]).map((c) => c.ref)).toEqual(['5024113']);
    expect(JSON.parse((await cli('bin', 'list', '--db', ws.path, '--json')).out)).toEqual([expect.objectContaining({ ref: '5024150', daysLeft: 28 })]);
    expect((await cli('bin', 'purge', '--db', ws.path)).out).toBe('No case has been in the bin for more than 30 days.');
    expect((await cli('bin', 'purge', '--db', ws.path, '--older-than-days', '1')).out.split('\n')).toEqual([expect.stringMatching(/^Removed 5024150\t/), '1 case removed for good.']);
  });

  it('refuses a number of days that is not one', async () => {
    const r = await cli('bin', 'purge', '--db', ws.path, '--older-than-days', 'soon');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--older-than-days "soon" is not a whole number of days/);
  });
});

describe('desk export log', () => {
  // Issue 11: the order lived in the window's localStorage, so the CLI printed the dates-sent order.
  it("prints the month in the order saved with the workspace", async () => {
    (await withDesk(new Date().toISOString(), async (s) => await s.setLogOrder({ month: '2024-06', order: ['5024150', '5024113'] })));
    const out = `${ws.dir}/log.html`;
    const r = await cli('export', 'log', '--db', ws.path, '--month', '2024-06', '--out', out);
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.indexOf('5024150')).toBeLessThan(html.indexOf('5024113'));
    expect(html.indexOf('5024150')).toBeGreaterThan(-1);
  });
});
