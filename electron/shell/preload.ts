import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CallProgress } from '../../core/api/calls';
import type { DeskBridge } from '../../core/api/client';
import type { DispatchResult } from '../../core/api/dispatch';
import { isDeskMethodName } from '../../core/api/methodNames';
import type { TeamBridge } from '../../core/team/teamConnectRequest';
import { DESK_CHANNEL, DESK_PROGRESS_CHANNEL, TEAM_CHOOSE_CA_CHANNEL, TEAM_CONNECT_CHANNEL } from './channels';

/**
 * Runs sandboxed, so it cannot require local files: scripts/build-electron.mjs bundles it into one
 * file that requires only 'electron'. It imports a plain list of method names and nothing else of
 * core/api at run time: no zod, no contract. Validation is dispatch's, in the main process.
 *
 * Electron security checklist #20, "Do not expose Electron APIs to untrusted web content": the
 * page gets `window.deskBridge` (a names-only `invoke` and a progress feed), never ipcRenderer.
 * Results and errors cross as data ({ ok, value } or { ok, error: { code, message } }), because
 * contextBridge turns a thrown error into a plain Error and drops its `code`; the renderer builds
 * the typed client on this (core/api/client.ts) and re-throws DeskErrors there.
 */
const bridge: DeskBridge = {
  invoke: (method, input) =>
    isDeskMethodName(method)
      ? (ipcRenderer.invoke(DESK_CHANNEL, method, input) as Promise<DispatchResult>)
      : Promise.resolve({ ok: false, error: { code: 'invalid-input', message: `Unknown request "${String(method)}".` } }),
  onProgress: (listener) => {
    const forward = (_event: IpcRendererEvent, progress: CallProgress) => listener(progress);
    ipcRenderer.on(DESK_PROGRESS_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(DESK_PROGRESS_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('deskBridge', bridge);

/**
 * File › Connect to team workspace… (renderer/src/team/ConnectDialog.tsx): two calls, each on its
 * own channel, checked in the main process (./teamConnect.ts). No password ever comes back.
 */
const teamBridge: TeamBridge = {
  chooseCaFile: () => ipcRenderer.invoke(TEAM_CHOOSE_CA_CHANNEL) as Promise<string | null>,
  connect: (request) => ipcRenderer.invoke(TEAM_CONNECT_CHANNEL, request) as ReturnType<TeamBridge['connect']>,
};
contextBridge.exposeInMainWorld('teamBridge', teamBridge);
