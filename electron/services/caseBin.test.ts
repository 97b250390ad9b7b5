import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../core/api/dispatch';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

// Issue 11, "Delete a case (to a bin, restorable for 30 days, purged by a command)". Seen: deleting a
// case removed it, its questions and answers at once, with no way back.

const bundle = JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8'));
let ws: ReturnType<typeof tempWorkspacePath>;
let clock = '2024-07-15T10:00:00.000Z';
const open = () => new DeskService(ws.path, { today: () => clock.slice(0, 10), now: () => clock });
let service: DeskService;
beforeEach(async () => {
  ws = tempWorkspacePath();
  clock = '2024-07-15T10:00:00.000Z';
  service = open();
  await service.importBundle({ bundle, replace: false });
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

const idOf = async (ref: string) => (await service.findCaseByRef({ ref })).id!;

describe('deleting a case puts it in the bin', () => {
  it('is restorable: the case comes back whole, with its answers', async () => {
    const id = await idOf('5024113');
    const before = await service.getCase({ id });
    expect(await service.deleteCase({ id })).toEqual({ deleted: true });
    expect(await service.restoreCase({ id })).toEqual({ restored: true });
    expect(await service.getCase({ id })).toEqual(before);
    expect(await service.listBin()).toEqual([]);
  });

  it('leaves the list, search, the log and the checks, and says where it went', async () => {
    const id = await idOf('5024113');
    await service.deleteCase({ id });
    expect((await service.listCases({ filter: 'all', search: '' })).map((c) => c.ref)).not.toContain('5024113');
    expect(await service.listCases({ filter: 'all', search: 'Placeholder' })).toEqual([]);
    expect(await service.listCases({ filter: 'all', search: '5024113' })).toEqual([]);
    expect((await service.previewLog({ month: '2024-06' })).entries.map((e) => e.ref)).toEqual(['5024150']);
    expect((await service.checkMonth({ month: '2024-06', purpose: 'publish' })).some((f) => f.caseRef === '5024113')).toBe(false);
    expect((await service.getWorkspace()).caseCount).toBe(2);
    const opened = await dispatch(service, 'getCase', { id });
    expect(opened).toMatchObject({ ok: false, error: { code: 'case-missing' } });
    expect(!opened.ok && opened.error.message).toMatch(/in the bin \(deleted on Monday 15 July 2024\)\. Restore it from the Bin/);
    // A binned case cannot be edited behind the officer's back.
    expect(await dispatch(service, 'updateCase', { id, patch: { title: 'Changed' } })).toMatchObject({ ok: false, error: { code: 'case-missing' } });
    // Its reference is still taken: a new case cannot silently shadow it.
    expect(await dispatch(service, 'createCase', { ref: '5024113', title: 'Another', regime: 'foia', received: '2024-07-01' })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Case 5024113 is in the bin/) } });
  });

  it('lists the bin with the days left, and purges only what has been there over 30 days', async () => {
    await service.deleteCase({ id: await idOf('5024113') });
    clock = '2024-07-20T10:00:00.000Z';
    await service.deleteCase({ id: await idOf('5024150') });
    expect((await service.listBin()).map((c) => [c.ref, c.daysLeft])).toEqual([
      ['5024150', 30],
      ['5024113', 25],
    ]);
    clock = '2024-08-16T10:00:00.000Z'; // 32 days after the first, 27 after the second
    expect((await service.purgeBin({ olderThanDays: 30 })).purged.map((c) => c.ref)).toEqual(['5024113']);
    expect(await service.findCaseByRef({ ref: '5024113' })).toEqual({ id: null });
    expect((await service.listBin()).map((c) => [c.ref, c.daysLeft])).toEqual([['5024150', 3]]);
    expect(await service.restoreCase({ id: await idOf('5024150') })).toEqual({ restored: true });
    expect((await service.listCases({ filter: 'all', search: 'riley' })).map((c) => c.ref)).toEqual(['5024150']);
  });

  it('an import replacing a binned case brings it back live', async () => {
    await service.deleteCase({ id: await idOf('5024113') });
    await service.importBundle({ bundle, replace: true });
    expect(await service.listBin()).toEqual([]);
    expect((await service.getWorkspace()).caseCount).toBe(3);
  });
});
