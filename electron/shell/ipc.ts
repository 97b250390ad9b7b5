import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { CallProgress } from '../../core/api/calls';
import type { DispatchResult } from '../../core/api/dispatch';
import { isAppUrl } from './appOrigin';
import { DESK_CHANNEL, DESK_PROGRESS_CHANNEL } from './channels';

export const NOT_OUR_WINDOW: DispatchResult = {
  ok: false,
  error: { code: 'unavailable', message: 'This request did not come from the Disclosure Desk window, so it was refused.' },
};

/** Where the shell forwards a call: the service host (./serviceHostProcess.ts), which runs dispatch. */
export interface DeskForwarder {
  call(method: unknown, input: unknown, onProgress: (progress: CallProgress) => void): Promise<DispatchResult>;
}

/**
 * Binds the DeskApi contract to IPC: one channel, checked here, then forwarded untouched to the
 * service host, whose dispatch validates it as every host's does. The store is not in this
 * process (DESIGN.md, "Storage"), so nothing here waits on it. Progress of a long call goes back
 * to the window that made it, on its own channel.
 */
export function registerDeskIpc(desk: DeskForwarder): void {
  ipcMain.handle(DESK_CHANNEL, async (event, method: unknown, input: unknown): Promise<DispatchResult> => {
    if (!isOurMainFrame(event)) return NOT_OUR_WINDOW;
    const sender = event.sender;
    return desk.call(method, input, (progress) => {
      if (!sender.isDestroyed()) sender.send(DESK_PROGRESS_CHANNEL, progress);
    });
  });
}

/**
 * Electron security checklist #17, "Validate the sender of all IPC messages": only the top frame
 * of a page served from app://desk may call the desk; not iframes, not other origins.
 */
export function isOurMainFrame(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(frame.url);
  } catch {
    // The frame was destroyed or navigated away while the message was in flight.
    return false;
  }
}
