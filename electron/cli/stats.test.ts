import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './runForTest';
import { DeskService } from '../services/deskService';
import { tempWorkspacePath } from '../services/testing/testWorkspace';

let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(async () => {
  ws = tempWorkspacePath();
  const s = new DeskService(ws.path, { today: () => '2024-07-15' });
  const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Withheld under section 40(2).' }] }] };
  // Received Tue 2 April 2024 (day 20: 30 April): one in time, one late, one still open.
  for (const [ref, sent] of [['S-1', '2024-04-30'], ['S-2', '2024-05-02'], ['S-3', null]] as const) {
    const c = await s.createCase({ ref, title: ref, regime: 'foia', received: '2024-04-02', requester: { name: '', email: '', address: '' }, requestText: '' });
    await s.saveAnswer({ caseId: c.id, answer: { id: `${ref}-a`, covers: [], doc, disposition: 'exempt', exemptions: ['s40(2)'], redirectTo: '' } });
    if (sent) await s.updateCase({ id: c.id, patch: { status: 'sent', sent } });
    // The late response went to internal review in May, and the review overturned it.
    if (ref === 'S-2') await s.updateCase({ id: c.id, patch: { review: { requested: '2024-05-10', outcome: 'overturned', completed: '2024-06-07' } } });
  }
  s.close();
});
afterEach(() => ws.cleanup());

describe('desk stats', () => {
  it('prints a quarter as text, a table at a time', async () => {
    const r = await cli('stats', '--db', ws.path, '--quarter', '2024-Q2', '--as-of', '2024-07-31');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Freedom of information statistics: April to June 2024');
    expect(lines).toContain('Requests received\t3');
    expect(lines).toContain('Answered late\t1');
    expect(lines).toContain('Answered in time, as a percentage of those answered (%)\t50.0');
    expect(lines).toContain('Withheld in full under exemptions or exceptions\t2');
    expect(lines).toContain('FOIA s40 personal information\t2');
    expect(lines).toContain('Internal reviews requested\t1');
    expect(lines).toContain('Original decision overturned\t1');
    expect(lines).not.toContainEqual(expect.stringMatching(/Not recorded yet/));
  });

  it('prints CSV and JSON, and a year with its quarters', async () => {
    const csv = await cli('stats', '--db', ws.path, '--year', '2024', '--csv');
    expect(csv.code).toBe(0);
    expect(csv.out.split('\n')[0]).toBe('Table,Measure,January to March 2024,April to June 2024,July to September 2024,October to December 2024,2024 (year)');
    expect(csv.out).toContain('Requests received,Not yet answered (still open),0,1,0,0,1');
    const json = await cli('stats', '--db', ws.path, '--quarter', '2024-q2', '--json');
    expect(JSON.parse(json.out)).toMatchObject({ period: '2024-Q2', columns: ['April to June 2024'] });
  });

  it('says what to type when the period is wrong', async () => {
    const both = await cli('stats', '--db', ws.path, '--quarter', '2024-Q2', '--year', '2024');
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/either --quarter YYYY-QN or --year YYYY/);
    const month = await cli('stats', '--db', ws.path, '--quarter', '2024-06');
    expect(month.code).toBe(2);
    expect(month.err).toMatch(/2024-Q2 for April to June 2024/);
  });
});
