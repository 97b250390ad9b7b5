import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../core/api/dispatch';
import { DEFAULT_ORGANISATION } from '../../core/model';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

/**
 * The varied time limits and the fee pause, end to end on a real SQLite file: the organisation's setting
 * and the case's clock are saved, read back after reopening, and the case list and the deadline follow.
 * Every call goes through dispatch, so the contract's output schemas are checked too.
 */
let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
const today = '2024-09-10';

beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => today });
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(service, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value as T;
}

const request = { ref: 'FOI-S1', title: 'School trips', regime: 'foia', received: '2024-07-01', requester: { name: '', email: '', address: '' }, requestText: '' } as const;

describe('time limits through the service', () => {
  it('counts a school\'s request on 20 school days in the list and the deadline, after reopening the file', async () => {
    const c = await call<{ id: string }>('createCase', request);
    const before = await call<{ workingDaysLeft: number }[]>('listCases', {});
    expect(before[0]!.workingDaysLeft).toBeLessThan(0);

    await call('saveOrganisation', {
      ...DEFAULT_ORGANISATION,
      name: 'Example Academy',
      timeLimitVariations: ['school'],
      schoolClosures: [{ from: '2024-07-22', to: '2024-09-03', name: 'Summer holiday' }],
    });
    service.close();
    service = new DeskService(ws.path, { today: () => today });

    const list = await call<{ due: string; workingDaysLeft: number }[]>('listCases', {});
    expect(list[0]).toMatchObject({ due: '2024-09-12', workingDaysLeft: 2 });
    const deadline = await call<{ due: string; basis: string }>('getCaseDeadline', { id: c.id });
    expect(deadline).toMatchObject({ due: '2024-09-12' });
    expect(deadline.basis).toMatch(/school days/);
    const overdue = await call<unknown[]>('listCases', { filter: 'overdue' });
    expect(overdue).toHaveLength(0);
  });

  it('stores the fee pause and the case\'s variation on the clock and counts them', async () => {
    const c = await call<{ id: string; clock: Record<string, unknown> }>('createCase', { ...request, received: '2024-12-20' });
    const clock = { ...c.clock, feeNoticeGiven: '2025-01-06', feeReceived: '2025-01-10', timeLimitVariation: 'transferred-public-record' };
    await call('updateCase', { id: c.id, patch: { clock } });
    service.close();
    service = new DeskService(ws.path, { today: () => '2025-01-20' });

    const again = await call<{ clock: Record<string, unknown> }>('getCase', { id: c.id });
    expect(again.clock).toMatchObject({ feeNoticeGiven: '2025-01-06', feeReceived: '2025-01-10', timeLimitVariation: 'transferred-public-record' });
    // 30 working days from Fri 20 Dec 2024 is Thu 6 Feb 2025; the five working days of the pause move it to Thu 13 Feb.
    const deadline = await call<{ due: string; feePause: unknown }>('getCaseDeadline', { id: c.id });
    expect(deadline).toMatchObject({ due: '2025-02-13', feePause: { from: '2025-01-06', to: '2025-01-10', awaitingFee: false } });
  });
});
