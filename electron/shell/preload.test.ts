import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallProgress } from '../../core/api/calls';
import type { DeskBridge } from '../../core/api/client';
import type { TeamBridge } from '../../core/team/teamConnectRequest';
import { DESK_CHANNEL, DESK_PROGRESS_CHANNEL, TEAM_CHOOSE_CA_CHANNEL, TEAM_CONNECT_CHANNEL } from './channels';
import { fake, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

let bridge: DeskBridge;
// The preload does its work on import, so each test loads it afresh.
beforeEach(async () => {
  resetFakeElectron();
  vi.resetModules();
  await import('./preload');
  bridge = fake.contextBridge.exposed.get('deskBridge') as DeskBridge;
});

describe('the preload (#20: expose no Electron API to the page)', () => {
  it('exposes the desk bridge of two functions and the team bridge of two, and nothing else', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['deskBridge', 'teamBridge']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onProgress']);
    expect(Object.keys(fake.contextBridge.exposed.get('teamBridge') as object).sort()).toEqual(['chooseCaFile', 'connect']);
  });

  it('sends the team calls on their own channels, and only them', async () => {
    const team = fake.contextBridge.exposed.get('teamBridge') as TeamBridge;
    await team.chooseCaFile();
    await team.connect({ host: 'db.example.gov.uk', database: 'desk', user: 'jo' });
    expect(fake.ipcRenderer.invoked).toEqual([
      { channel: TEAM_CHOOSE_CA_CHANNEL, args: [] },
      { channel: TEAM_CONNECT_CHANNEL, args: [{ host: 'db.example.gov.uk', database: 'desk', user: 'jo' }] },
    ]);
  });

  it('forwards contract methods on the one channel and resolves with the host\'s data untouched', async () => {
    fake.ipcRenderer.invokeResult = { ok: false, error: { code: 'case-missing', message: 'gone' } };
    expect(await bridge.invoke('getCase', { id: 'x' })).toEqual({ ok: false, error: { code: 'case-missing', message: 'gone' } });
    expect(fake.ipcRenderer.invoked).toEqual([{ channel: DESK_CHANNEL, args: ['getCase', { id: 'x' }] }]);
  });

  it('refuses a name outside the contract without sending it', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'send', 'openExternal']) {
      expect(await bridge.invoke(name, {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    expect(fake.ipcRenderer.invoked).toEqual([]);
  });

  it('passes progress events to a listener until it stops listening', () => {
    const seen: CallProgress[] = [];
    const stop = bridge.onProgress!((p) => seen.push(p));
    const progress = { callId: 'a', done: 1, total: 3, message: 'Reading case 2 of 3' };
    fake.ipcRenderer.emit(DESK_PROGRESS_CHANNEL, {}, progress);
    stop();
    fake.ipcRenderer.emit(DESK_PROGRESS_CHANNEL, {}, { ...progress, done: 2 });
    expect(seen).toEqual([progress]);
    expect(fake.ipcRenderer.listenerCount(DESK_PROGRESS_CHANNEL)).toBe(0);
  });
});
