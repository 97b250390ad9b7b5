import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CallRegistry } from '../../core/api/calls';
import type { DeskApiImpl } from '../../core/api/contract';
import { dispatch } from '../../core/api/dispatch';
import { DESK_CHANNEL, DESK_PROGRESS_CHANNEL } from './channels';
import { fake, FakeSession, FakeWebContents, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

const { registerDeskIpc, NOT_OUR_WINDOW } = await import('./ipc');

type Frame = { url: string; parent: Frame | null } | null;
const top = (url: string): Frame => ({ url, parent: null });
const event = (senderFrame: Frame | (() => never), sender = new FakeWebContents(new FakeSession(''))) =>
  typeof senderFrame === 'function' ? { sender, get senderFrame(): Frame { return senderFrame(); } } : { sender, senderFrame };

let service: DeskApiImpl;
beforeEach(() => {
  resetFakeElectron();
  service = {
    listHolidays: vi.fn(() => [{ date: '2024-05-08', name: 'Coronation' }]),
    exportLog: async (_input: unknown, call: { step: (d: number, t: number, m: string) => Promise<void> }) => {
      await call.step(0, 1, 'Checking the entries');
      return { fileName: 'disclosure-log-2024-05.html', base64: '' };
    },
  } as unknown as DeskApiImpl;
  // In the app the host runs dispatch in its own process (serviceHostProcess.test.ts); here in this one.
  const calls = new CallRegistry();
  registerDeskIpc({ call: (method, input, onProgress) => dispatch(service, method, input, { calls, onProgress }) });
});

describe('registerDeskIpc (#17: validate the sender of every IPC message)', () => {
  it('answers the top frame of our own page through dispatch, errors as data', async () => {
    expect(await fake.ipcMain.invoke(DESK_CHANNEL, event(top('app://desk/index.html')), 'listHolidays', {})).toEqual({ ok: true, value: [{ date: '2024-05-08', name: 'Coronation' }] });
    expect(await fake.ipcMain.invoke(DESK_CHANNEL, event(top('app://desk/index.html')), 'listHolidays', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses iframes, other origins, a missing or destroyed frame, without calling the service', async () => {
    const refused = [
      event({ url: 'app://desk/frame.html', parent: top('app://desk/index.html') }),
      event(top('https://evil.example/')),
      event(top('app://desk.evil/index.html')),
      event(top('app://print/abc')),
      event(null),
      event(() => {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      }),
    ];
    for (const e of refused) expect(await fake.ipcMain.invoke(DESK_CHANNEL, e, 'listHolidays', {})).toEqual(NOT_OUR_WINDOW);
    expect(service.listHolidays).not.toHaveBeenCalled();
  });

  it('sends a long call\'s progress back to the window that asked, and not to a closed one', async () => {
    const sender = new FakeWebContents(new FakeSession(''));
    await fake.ipcMain.invoke(DESK_CHANNEL, event(top('app://desk/index.html'), sender), 'exportLog', { month: '2024-05', format: 'html', callId: 'x1' });
    expect(sender.sent).toEqual([{ channel: DESK_PROGRESS_CHANNEL, args: [{ callId: 'x1', done: 0, total: 1, message: 'Checking the entries' }] }]);
    const closed = new FakeWebContents(new FakeSession(''));
    closed.destroyed = true;
    expect(await fake.ipcMain.invoke(DESK_CHANNEL, event(top('app://desk/index.html'), closed), 'exportLog', { month: '2024-05', format: 'html', callId: 'x2' })).toMatchObject({ ok: true });
    expect(closed.sent).toEqual([]);
  });
});
