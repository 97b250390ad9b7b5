import { contextBridge, ipcRenderer } from 'electron';
import { createDeskClient } from '../../core/api/client';
import type { DispatchResult } from '../../core/api/dispatch';
import { DESK_CHANNEL } from './channels';

/**
 * Runs sandboxed, so it cannot require local files: scripts/build-electron.mjs bundles it with
 * core/api into one file that requires only 'electron'.
 *
 * Electron security checklist #20, "Do not expose Electron APIs to untrusted web content": the
 * page gets `window.desk` (one function per contract method, nothing else), never ipcRenderer.
 * Errors cross the context bridge as plain Errors: the message survives, DeskError's `code` does not.
 */
contextBridge.exposeInMainWorld(
  'desk',
  createDeskClient((method, input) => ipcRenderer.invoke(DESK_CHANNEL, method, input) as Promise<DispatchResult>),
);
