import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import { isSafeExternalUrl } from './appOrigin';

export interface MenuActions {
  newWorkspace: () => void;
  openWorkspace: () => void;
  /** Shown as Help > Disclosure Desk Help only when it is an https address. */
  helpUrl?: string | undefined;
  /**
   * Edit > Check Spelling, where turning it on downloads a dictionary (Windows and Linux: see
   * ./spellcheck). Absent on macOS, whose own checker is always on and downloads nothing.
   */
  spellcheck?: { enabled: boolean; set: (enabled: boolean) => void } | undefined;
}

type KeyTarget = { webContents?: { sendInputEvent?: (event: { type: 'keyDown' | 'keyUp'; keyCode: string; modifiers: string[] }) => void } };

/** Ctrl+Shift+F (Cmd on a Mac) pressed in the window, as if typed. */
export function pressSearchShortcut(window: unknown, isMac: boolean): void {
  const contents = (window as KeyTarget | undefined)?.webContents;
  const modifiers = [isMac ? 'meta' : 'control', 'shift'];
  contents?.sendInputEvent?.({ type: 'keyDown', keyCode: 'F', modifiers });
  contents?.sendInputEvent?.({ type: 'keyUp', keyCode: 'F', modifiers });
}

/** Ctrl+Shift+P (Cmd on a Mac) pressed in the window: the window opens Import published log (renderer/src/App.tsx). */
export function pressImportLogShortcut(window: unknown, isMac: boolean): void {
  const contents = (window as KeyTarget | undefined)?.webContents;
  const modifiers = [isMac ? 'meta' : 'control', 'shift'];
  contents?.sendInputEvent?.({ type: 'keyDown', keyCode: 'P', modifiers });
  contents?.sendInputEvent?.({ type: 'keyUp', keyCode: 'P', modifiers });
}

/** Ctrl+Shift+T (Cmd on a Mac) pressed in the window: the window opens Statistics (renderer/src/App.tsx). */
export function pressStatisticsShortcut(window: unknown, isMac: boolean): void {
  const contents = (window as KeyTarget | undefined)?.webContents;
  const modifiers = [isMac ? 'meta' : 'control', 'shift'];
  contents?.sendInputEvent?.({ type: 'keyDown', keyCode: 'T', modifiers });
  contents?.sendInputEvent?.({ type: 'keyUp', keyCode: 'T', modifiers });
}

/** Ctrl+Shift+K (Cmd on a Mac) pressed in the window: the window opens Connect to team workspace (renderer/src/team/ConnectDialog.tsx). */
export function pressConnectTeamShortcut(window: unknown, isMac: boolean): void {
  const contents = (window as KeyTarget | undefined)?.webContents;
  const modifiers = [isMac ? 'meta' : 'control', 'shift'];
  contents?.sendInputEvent?.({ type: 'keyDown', keyCode: 'K', modifiers });
  contents?.sendInputEvent?.({ type: 'keyUp', keyCode: 'K', modifiers });
}

/** The application menu, in UK English. Edit and View are mostly roles so the OS shortcuts hold. */
export function buildAppMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const helpUrl = actions.helpUrl && isSafeExternalUrl(actions.helpUrl) ? actions.helpUrl : undefined;
  // '&' marks the Alt-key letter on Windows and Linux; macOS has no such keys.
  const top = (label: string) => (isMac ? label : `&${label}`);

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: top('File'),
      submenu: [
        { label: 'New Workspace…', click: () => actions.newWorkspace() },
        { label: 'Open Workspace…', click: () => actions.openWorkspace() },
        // A team's workspace on PostgreSQL: the window owns the dialog and its shortcut; the menu presses it.
        { label: 'Connect to Team Workspace…', accelerator: 'CmdOrCtrl+Shift+K', registerAccelerator: false, click: (_item, window) => pressConnectTeamShortcut(window, isMac) },
        { type: 'separator' },
        // Like Search Everything: the window owns the shortcut, the menu presses it there.
        { label: 'Import Published Log…', accelerator: 'CmdOrCtrl+Shift+P', registerAccelerator: false, click: (_item, window) => pressImportLogShortcut(window, isMac) },
        { type: 'separator' },
        isMac ? { role: 'close', label: 'Close Window' } : { role: 'quit', label: 'Quit' },
      ],
    },
    {
      label: top('Edit'),
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        { type: 'separator' },
        {
          // The window owns the shortcut (renderer/src/App.tsx), so the menu only shows it and, when
          // chosen, presses it in the window: one code path, and no new channel into the page.
          label: 'Search Everything…',
          accelerator: 'CmdOrCtrl+Shift+F',
          registerAccelerator: false,
          click: (_item, window) => pressSearchShortcut(window, isMac),
        },
        ...(actions.spellcheck
          ? [
              { type: 'separator' as const },
              {
                label: 'Check Spelling (downloads a dictionary from Google)',
                type: 'checkbox' as const,
                checked: actions.spellcheck.enabled,
                click: (item: { checked: boolean }) => actions.spellcheck!.set(item.checked),
              },
            ]
          : []),
      ],
    },
    {
      label: top('View'),
      submenu: [
        // The window owns the shortcut, as for Search Everything: the menu presses it.
        { label: 'Statistics', accelerator: 'CmdOrCtrl+Shift+T', registerAccelerator: false, click: (_item, window) => pressStatisticsShortcut(window, isMac) },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'forceReload' },
        // Developer tools only in development: a packaged app gives no console to paste into.
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom', label: 'Actual Size' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Full Screen' },
      ],
    },
    {
      label: top('Window'),
      // 'zoom' (fill the screen) is a macOS-only role; elsewhere the title bar does it.
      submenu: [{ role: 'minimize', label: 'Minimise' }, ...(isMac ? [{ role: 'zoom' as const }] : []), { role: 'close' }],
    },
    {
      label: top('Help'),
      role: 'help',
      submenu: [
        ...(helpUrl ? [{ label: 'Disclosure Desk Help', click: () => void shell.openExternal(helpUrl) }] : []),
        { label: 'About Disclosure Desk', click: () => app.showAboutPanel() },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
