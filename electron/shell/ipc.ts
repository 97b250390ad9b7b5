import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { DeskApiImpl } from '../../core/api/contract';
import { dispatch, type DispatchResult } from '../../core/api/dispatch';
import { isAppUrl } from './appOrigin';
import { DESK_CHANNEL } from './channels';

/**
 * Binds the DeskApi contract to IPC: one channel, one dispatch, the same validation every host
 * uses. `currentService` is read per call because File > Open Workspace… swaps the service.
 */
export function registerDeskIpc(currentService: () => DeskApiImpl): void {
  ipcMain.handle(DESK_CHANNEL, async (event, method: unknown, input: unknown): Promise<DispatchResult> => {
    if (!isOurMainFrame(event)) {
      return { ok: false, error: { code: 'unavailable', message: 'This request did not come from the Disclosure Desk window, so it was refused.' } };
    }
    return dispatch(currentService(), method, input);
  });
}

/**
 * Electron security checklist #17, "Validate the sender of all IPC messages": only the top frame
 * of a page served from app://desk may call the desk; not iframes, not other origins.
 */
function isOurMainFrame(event: IpcMainInvokeEvent): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && frame.parent === null && isAppUrl(frame.url);
  } catch {
    // The frame was destroyed or navigated away while the message was in flight.
    return false;
  }
}
