import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../core/api/dispatch';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

// Issue 11: the log's order lived in the page's localStorage, so another machine, another browser
// profile or the CLI's export printed the month in the dates-sent order instead.

const bundle = JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8'));
let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-07-15' });
  await service.importBundle({ bundle, replace: false });
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

const entryOrder = (html: string) => [...html.matchAll(/\b(50241(?:13|50))\b/g)].map((m) => m[1]).filter((r, i, all) => all.indexOf(r) === i);

describe("the log's order is kept in the workspace with its month", () => {
  it('is saved and read back, and every export without an order of its own follows it', async () => {
    expect(await service.getLogOrder({ month: '2024-06' })).toEqual({ order: null });
    expect((await service.previewLog({ month: '2024-06' })).entries.map((e) => e.ref)).toEqual(['5024113', '5024150']);
    expect(await service.setLogOrder({ month: '2024-06', order: ['5024150', '5024113'] })).toEqual({ order: ['5024150', '5024113'] });
    service.close();
    // Another session on the same file: nothing of the page's storage is involved.
    service = new DeskService(ws.path, { today: () => '2024-07-15' });
    expect(await service.getLogOrder({ month: '2024-06' })).toEqual({ order: ['5024150', '5024113'] });
    expect((await service.previewLog({ month: '2024-06' })).entries.map((e) => e.ref)).toEqual(['5024150', '5024113']);
    const html = await service.exportLog({ month: '2024-06', format: 'html' });
    expect(entryOrder(Buffer.from(html.base64, 'base64').toString('utf8'))).toEqual(['5024150', '5024113']);
    // An order the call gives still wins: the screen previews a move before it is saved.
    expect((await service.previewLog({ month: '2024-06', order: ['5024113', '5024150'] })).entries.map((e) => e.ref)).toEqual(['5024113', '5024150']);
    expect(await service.getLogOrder({ month: '2024-07' })).toEqual({ order: null });
  });

  it('follows a renamed reference, and drops a case sent to the bin', async () => {
    await service.setLogOrder({ month: '2024-06', order: ['5024150', '5024113'] });
    const id = (await service.findCaseByRef({ ref: '5024150' })).id!;
    // A sent case: the change is made with a reason (core/model/sentEdits).
    await service.recordSentEdit({ caseId: id, reason: 'Reference corrected' });
    await service.updateCase({ id, patch: { ref: '5024150-R' } });
    expect(await service.getLogOrder({ month: '2024-06' })).toEqual({ order: ['5024150-R', '5024113'] });
    await service.deleteCase({ id });
    expect(await service.getLogOrder({ month: '2024-06' })).toEqual({ order: ['5024113'] });
  });

  it('refuses an order naming a case that is not there, and keeps the one saved', async () => {
    await service.setLogOrder({ month: '2024-06', order: ['5024150', '5024113'] });
    const r = await dispatch(service, 'setLogOrder', { month: '2024-06', order: ['5024113', 'NOPE-1'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/case NOPE-1 is no longer in this workspace/) } });
    expect(await service.getLogOrder({ month: '2024-06' })).toEqual({ order: ['5024150', '5024113'] });
  });

});
