import { BrowserWindow, dialog, ipcMain } from 'electron';
import type { TeamConnectResult } from '../../core/team/teamConnectRequest';
import { TEAM_CHOOSE_CA_CHANNEL, TEAM_CONNECT_CHANNEL } from './channels';
import { isOurMainFrame } from './ipc';

const NOT_OUR_WINDOW: TeamConnectResult = { ok: false, error: { code: 'unavailable', message: 'This request did not come from the Disclosure Desk window, so it was refused.' } };

/**
 * The two channels, each answering only the top frame of our own page (as ./ipc.ts's desk channel):
 * the CA file's open dialog, and the connect itself.
 */
export function registerTeamIpc(connect: (input: unknown) => Promise<TeamConnectResult>): void {
  ipcMain.handle(TEAM_CHOOSE_CA_CHANNEL, async (event): Promise<string | null> => {
    if (!isOurMainFrame(event)) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: 'Choose the CA certificate',
      buttonLabel: 'Choose',
      filters: [
        { name: 'CA certificates', extensions: ['pem', 'crt', 'cer'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['openFile' as const],
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
  ipcMain.handle(TEAM_CONNECT_CHANNEL, async (event, input: unknown): Promise<TeamConnectResult> => {
    if (!isOurMainFrame(event)) return NOT_OUR_WINDOW;
    return connect(input);
  });
}
