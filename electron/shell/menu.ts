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
