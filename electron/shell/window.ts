import { BrowserWindow } from 'electron';
import { attachContextMenu } from './contextMenu';
import { saveExportsWithDialog } from './exportDownloads';
import { allowExternalLinks, secureWebPreferences } from './security';

/**
 * The one main window. Its security settings come from ./security; here only size, showing and
 * the right-click menu. Nothing about the window (size, position) is remembered yet.
 */
export function createMainWindow(options: { preload: string; url: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Disclosure Desk',
    backgroundColor: '#ffffff',
    // Shown on ready-to-show, so the officer never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(options.preload),
  });
  allowExternalLinks(window.webContents);
  attachContextMenu(window.webContents);
  saveExportsWithDialog(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
