import { app, dialog, type BrowserWindow } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DeskError } from '../../core/api/errors';
import { teamConnectionString } from '../../core/team/teamConnection';
import type { TeamConnectResult } from '../../core/team/teamConnectRequest';
import { writeFileAtomically } from '../services/atomicWrite';
import type { TeamWorkspaceToOpen } from '../services/openTeamDesk';
import type { ServiceHostProcess } from './serviceHostProcess';
import { windowTitle } from './windowTitle';

/**
 * Which workspace the app has open (one SQLite file, or a team's PostgreSQL), and File > New/Open
 * Workspace…. It is opened by the service host, in its own process (./serviceHostProcess.ts). The
 * last one used is remembered in userData/last-workspace.json (a team workspace by its connection
 * string, never its password: that stays in the keychain, ./teamPasswords.ts); the first run uses
 * userData/workspace.sqlite.
 */
const WORKSPACE_FILTERS = [{ name: 'Disclosure Desk workspaces', extensions: ['sqlite', 'desk'] }];

function defaultWorkspacePath(): string {
  return path.join(app.getPath('userData'), 'workspace.sqlite');
}

function memoryFile(): string {
  return path.join(app.getPath('userData'), 'last-workspace.json');
}

interface Remembered {
  /** The last workspace file. */
  path: string | null;
  /** The last team workspace's connection string, without a password; absent once a file is opened after it. */
  team: string | null;
}

function remembered(): Remembered {
  try {
    const saved = JSON.parse(readFileSync(memoryFile(), 'utf8')) as { path?: unknown; team?: unknown };
    return {
      path: typeof saved.path === 'string' && path.isAbsolute(saved.path) ? saved.path : null,
      team: typeof saved.team === 'string' && saved.team ? saved.team : null,
    };
  } catch {
    return { path: null, team: null };
  }
}

function rememberedWorkspacePath(): string | null {
  return remembered().path;
}

function rememberWorkspacePath(workspacePath: string, team: string | null = null): void {
  try {
    writeFileAtomically(memoryFile(), JSON.stringify({ path: workspacePath, ...(team ? { team } : {}) }, null, 2) + '\n');
  } catch (err) {
    // Losing this only means the next start opens the default workspace; not worth a dialog.
    console.warn(`Could not remember the workspace: ${(err as Error).message}`);
  }
}

/** Reconnects to a remembered team workspace at start: ./teamConnect.ts's connectTeamWorkspace, given only the string. */
export type ReconnectTeam = (connectionString: string) => Promise<TeamConnectResult>;

export class Workspace {
  /** The team workspace open now ("jo_bloggs @ db.example.gov.uk / disclosure_desk"), or null for a file. */
  private team: string | null = null;

  private constructor(
    private readonly host: ServiceHostProcess,
    private openPath: string,
  ) {}

  /**
   * The last team workspace, if the officer was on one, reconnected with the password the keychain
   * kept; if that fails (the server is away, the password was changed) they are told why and the
   * last workspace file opens instead, as below.
   */
  static async openAtStartup(host: ServiceHostProcess, options: { reconnectTeam?: ReconnectTeam } = {}): Promise<Workspace> {
    const { path: lastFile, team } = remembered();
    if (team && options.reconnectTeam) {
      const reconnected = await options.reconnectTeam(team);
      if (reconnected.ok) {
        const workspace = new Workspace(host, lastFile ?? defaultWorkspacePath());
        workspace.team = reconnected.description;
        return workspace;
      }
      await dialog.showMessageBox({
        type: 'warning',
        title: 'Disclosure Desk',
        message: 'Your team workspace could not be opened, so your last workspace file has been opened instead.',
        detail: `${reconnected.error.message}\n\nUse File › Connect to Team Workspace… to try again. Disclosure Desk will also try it the next time it starts, until you open a workspace file.`,
      });
    }
    return Workspace.openFileAtStartup(host);
  }

  /**
   * Opens the remembered workspace, or the default one. If the remembered file cannot be opened
   * (moved, on an unplugged drive, damaged) the officer is told and the default opens instead.
   * Throws only if the default cannot be opened either.
   */
  private static async openFileAtStartup(host: ServiceHostProcess): Promise<Workspace> {
    const remembered = rememberedWorkspacePath();
    const fallback = defaultWorkspacePath();
    if (remembered && remembered !== fallback) {
      // create: false, so a moved file is never silently recreated.
      const opened = existsSync(remembered) ? await host.open(remembered, false) : { error: { message: `There is no file at ${remembered}.` } };
      if ('path' in opened) return new Workspace(host, opened.path);
      await dialog.showMessageBox({
        type: 'warning',
        title: 'Disclosure Desk',
        message: 'Your last workspace could not be opened, so the default workspace has been opened instead.',
        detail: `${opened.error.message}\n\nUse File > Open Workspace… to try it again.`,
      });
    }
    const opened = await host.open(fallback, true);
    if ('error' in opened) throw new Error(opened.error.message);
    return new Workspace(host, opened.path);
  }

  /** The workspace file open now, or the last one before the team workspace open now. */
  path(): string {
    return this.openPath;
  }

  /** The window's title: the team workspace's description when one is open. */
  title(): string {
    return windowTitle(this.team);
  }

  /**
   * File › Connect to Team Workspace…'s `open` (./teamConnect.ts): the host opens the team workspace
   * in place of the one open now, which stays open if this fails. The error keeps its detail, so a
   * kept password the server refused is forgotten. Remembered for the next start by its connection
   * string (no password). The window is reloaded by `showOpened` once the dialog has its answer.
   */
  async openTeam(team: TeamWorkspaceToOpen): Promise<void> {
    const opened = await this.host.openTeam(team);
    if ('error' in opened) throw DeskError.fromData(opened.error);
    this.team = team.description;
    rememberWorkspacePath(this.openPath, teamConnectionString(team.settings));
  }

  /** The window onto the workspace just opened: its title, and the page reloaded to read it. */
  showOpened(window: BrowserWindow): void {
    window.setTitle(this.title());
    window.webContents.reload();
  }

  close(): void {
    this.host.close();
  }

  async chooseNew(window: BrowserWindow): Promise<void> {
    const result = await dialog.showSaveDialog(window, {
      title: 'New Workspace',
      buttonLabel: 'Create',
      defaultPath: path.join(app.getPath('documents'), 'Disclosure Desk workspace.sqlite'),
      filters: WORKSPACE_FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return;
    let chosen = result.filePath;
    if (!/\.(sqlite|desk)$/i.test(chosen)) chosen += '.sqlite';
    if (existsSync(chosen)) {
      // Never replace a file from here: it may be another team's workspace.
      await this.explainFailure(window, 'That file already exists, so no new workspace was made.', `${chosen}\n\nChoose a new name, or use File > Open Workspace… to open it.`);
      return;
    }
    await this.switchTo(window, chosen, true);
  }

  async chooseExisting(window: BrowserWindow): Promise<void> {
    const result = await dialog.showOpenDialog(window, {
      title: 'Open Workspace',
      buttonLabel: 'Open',
      defaultPath: path.dirname(this.openPath),
      filters: WORKSPACE_FILTERS,
      properties: ['openFile'],
    });
    const chosen = result.filePaths[0];
    if (result.canceled || !chosen) return;
    await this.switchTo(window, chosen, false);
  }

  /** The host opens the new workspace before closing the old one, so a failure leaves the officer where they were. */
  private async switchTo(window: BrowserWindow, workspacePath: string, create: boolean): Promise<void> {
    if (!this.team && path.resolve(workspacePath) === path.resolve(this.openPath)) return;
    const opened = await this.host.open(workspacePath, create);
    if ('error' in opened) {
      await this.explainFailure(window, 'The workspace could not be opened. Your current workspace is still open.', opened.error.message);
      return;
    }
    this.openPath = opened.path;
    this.team = null;
    rememberWorkspacePath(workspacePath);
    this.showOpened(window);
  }

  private async explainFailure(window: BrowserWindow, message: string, detail: string): Promise<void> {
    await dialog.showMessageBox(window, { type: 'error', title: 'Disclosure Desk', message, detail });
  }
}
