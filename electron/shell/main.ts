import { app, BrowserWindow, dialog, Menu, protocol, safeStorage, session } from 'electron';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_SCHEME, APP_START_URL } from './appOrigin';
import { registerDeskIpc } from './ipc';
import { buildAppMenu } from './menu';
import { createRendererHandler } from './rendererProtocol';
import { denyAllPermissions, restrictWebContents } from './security';
import { electronPdfPrinter } from './electronPdfPrinter';
import { ServiceHostProcess } from './serviceHostProcess';
import { applySpellcheck, readSpellcheckChoice, saveSpellcheckChoice, spellcheckDownloadsDictionary } from './spellcheck';
import { connectTeamWorkspace } from './teamConnect';
import { registerTeamIpc } from './teamIpc';
import { TeamPasswords } from './teamPasswords';
import { DeskError } from '../../core/api/errors';
import { createMainWindow } from './window';
import { APP_TITLE, keepWindowTitle } from './windowTitle';
import { Workspace } from './workspace';

/**
 * The app's entry, bundled to dist/electron/main.mjs by scripts/build-electron.mjs. An ES module,
 * like dist/cli.js, so node_modules load exactly as they do for the CLI (their ESM builds; a CJS
 * main would get @tiptap's `default` wrong). Order matters: the name fixes the userData folder,
 * and the scheme must be privileged before 'ready'.
 */

// Same userData folder in development and when packaged (otherwise "disclosure-desk" vs "Disclosure Desk").
app.setName('Disclosure Desk');
if (process.platform === 'win32') app.setAppUserModelId('uk.disclosuredesk.app');
// UK conventions in Chromium's own widgets: date fields read dd/mm/yyyy whatever the system locale.
app.commandLine.appendSwitch('lang', 'en-GB');

// Checklist #1 "Only load secure content" and #18 "Avoid usage of the file:// protocol and prefer
// usage of custom protocols": the renderer lives on app://desk, a standard and secure origin of
// its own, so 'self' in the CSP, fetch and same-origin checks behave as on an https site.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// This file is dist/electron/main.mjs; Vite builds the renderer to dist/renderer.
const HERE = path.dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = path.join(HERE, '..', 'renderer');
// A sandboxed preload must be CommonJS, so it stays .cjs.
const PRELOAD = path.join(HERE, 'preload.cjs');
// The store's process (DESIGN.md: the store never runs on the main process), built beside this file.
const SERVICE_HOST = path.join(HERE, 'serviceHost.mjs');

let mainWindow: BrowserWindow | null = null;
/** The title bar's words: a team workspace's description once one is open (./windowTitle.ts). */
let workspaceTitle: () => string = () => APP_TITLE;

function openMainWindow(): BrowserWindow {
  const window = createMainWindow({ preload: PRELOAD, url: APP_START_URL });
  keepWindowTitle(window, () => workspaceTitle());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
    // The hidden print window, kept warm between exports, would otherwise keep 'window-all-closed' from firing.
    void electronPdfPrinter.dispose();
  });
  mainWindow = window;
  return window;
}

function focusMainWindow(): BrowserWindow {
  const window = mainWindow ?? openMainWindow();
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return window;
}

/** package.json "homepage", if it is set: the Help menu's link. */
function helpUrl(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(path.join(app.getAppPath(), 'package.json'), 'utf8')) as { homepage?: unknown };
    return typeof pkg.homepage === 'string' ? pkg.homepage : undefined;
  } catch {
    return undefined;
  }
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  denyAllPermissions(ses);
  // British spelling in the editor, but only once the officer has allowed the dictionary download,
  // the app's only network traffic (./spellcheck). macOS uses the system's checker: nothing downloads.
  const spellcheckOn = readSpellcheckChoice(app.getPath('userData'));
  applySpellcheck(ses, spellcheckOn);
  protocol.handle(APP_SCHEME, createRendererHandler(RENDERER_DIR));

  app.setAboutPanelOptions({ applicationName: 'Disclosure Desk', applicationVersion: app.getVersion() });

  // Every workspace prints PDFs through Electron's own Chromium, which the host asks this process for.
  const host = ServiceHostProcess.fork(SERVICE_HOST, electronPdfPrinter);
  // File › Connect to team workspace… (./teamConnect.ts): the service host opens the team workspace
  // (DeskService over PostgreSQL) in place of the one open; the last one is reconnected at start with
  // the password the keychain kept (./workspace.ts).
  const teamPasswords = new TeamPasswords(safeStorage, app.getPath('userData'));
  const reconnectTeam = (connectionString: string) =>
    connectTeamWorkspace(
      { connectionString },
      {
        passwords: teamPasswords,
        open: async (team) => {
          const opened = await host.openTeam(team);
          if ('error' in opened) throw DeskError.fromData(opened.error);
        },
      },
    );
  const workspace = await Workspace.openAtStartup(host, { reconnectTeam });
  workspaceTitle = () => workspace.title();
  app.on('will-quit', () => {
    workspace.close();
    void electronPdfPrinter.dispose();
  });
  registerDeskIpc(host);
  registerTeamIpc(async (input) => {
    const result = await connectTeamWorkspace(input, { passwords: teamPasswords, open: (team) => workspace.openTeam(team) });
    if (result.ok) {
      // The window reads the team workspace afresh; the dialog's "Connected" goes with the reload, so
      // a notice on it (the password could not be kept) is said again where it stays.
      const window = focusMainWindow();
      workspace.showOpened(window);
      if (result.notice) void dialog.showMessageBox(window, { type: 'info', title: 'Disclosure Desk', message: `Connected to ${result.description}.`, detail: result.notice });
    }
    return result;
  });

  Menu.setApplicationMenu(
    buildAppMenu({
      newWorkspace: () => void workspace.chooseNew(focusMainWindow()),
      openWorkspace: () => void workspace.chooseExisting(focusMainWindow()),
      helpUrl: helpUrl(),
      spellcheck: spellcheckDownloadsDictionary()
        ? {
            enabled: spellcheckOn,
            set: (enabled) => {
              saveSpellcheckChoice(app.getPath('userData'), enabled);
              applySpellcheck(ses, enabled);
            },
          }
        : undefined,
    }),
  );

  openMainWindow();
  // macOS: clicking the Dock icon with no window open brings one back.
  app.on('activate', () => {
    if (!mainWindow) openMainWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // One app, one open workspace file: a second launch hands over to the first and leaves.
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  app.on('web-contents-created', (_event, contents) => restrictWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch((err: unknown) => {
    dialog.showErrorBox('Disclosure Desk could not start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}
