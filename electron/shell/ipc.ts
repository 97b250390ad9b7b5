import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CallRegistry } from '../../core/api/calls';
import type { DeskApiImpl } from '../../core/api/contract';
import { dispatch, type DispatchResult } from '../../core/api/dispatch';
import { isAppUrl } from './appOrigin';
import { DESK_CHANNEL, DESK_PROGRESS_CHANNEL } from './channels';

export const NOT_OUR_WINDOW: DispatchResult = {
  ok: false,
  error: { code: 'unavailable', message: 'This request did not come from the Disclosure Desk window, so it was refused.' },
};

/**
 * Binds the DeskApi contract to IPC: one channel, one dispatch, the same validation every host
 * uses. `currentService` is read per call because File > Open Workspace… swaps the service.
 * Progress of a long call goes back to the window that made it, on its own channel.
 */
export function registerDeskIpc(currentService: () => DeskApiImpl): void {
  const calls = new CallRegistry();
  ipcMain.handle(DESK_CHANNEL, async (event, method: unknown, input: unknown): Promise<DispatchResult> => {
    if (!isOurMainFrame(event)) return NOT_OUR_WINDOW;
    const sender = event.sender;
    return dispatch(currentService(), method, input, {
      calls,
      onProgress: (progress) => {
        if (!sender.isDestroyed()) sender.send(DESK_PROGRESS_CHANNEL, progress);
      },
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
