import { app, dialog, type BrowserWindow } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../services/atomicWrite';
import type { ServiceHostProcess } from './serviceHostProcess';

/**
 * Which workspace (one SQLite file) the app has open, and File > New/Open Workspace…. The file is
 * opened by the service host, in its own process (./serviceHostProcess.ts). The last
 * one used is remembered in userData/last-workspace.json; the first run uses
 * userData/workspace.sqlite.
 */
const WORKSPACE_FILTERS = [{ name: 'Disclosure Desk workspaces', extensions: ['sqlite', 'desk'] }];

function defaultWorkspacePath(): string {
  return path.join(app.getPath('userData'), 'workspace.sqlite');
}

function memoryFile(): string {
  return path.join(app.getPath('userData'), 'last-workspace.json');
}

function rememberedWorkspacePath(): string | null {
  try {
    const saved = JSON.parse(readFileSync(memoryFile(), 'utf8')) as { path?: unknown };
    return typeof saved.path === 'string' && path.isAbsolute(saved.path) ? saved.path : null;
  } catch {
    return null;
  }
}

function rememberWorkspacePath(workspacePath: string): void {
  try {
    writeFileAtomically(memoryFile(), JSON.stringify({ path: workspacePath }, null, 2) + '\n');
  } catch (err) {
    // Losing this only means the next start opens the default workspace; not worth a dialog.
    console.warn(`Could not remember the workspace: ${(err as Error).message}`);
  }
}

export class Workspace {
  private constructor(
    private readonly host: ServiceHostProcess,
    private openPath: string,
  ) {}

  /**
   * Opens the remembered workspace, or the default one. If the remembered file cannot be opened
   * (moved, on an unplugged drive, damaged) the officer is told and the default opens instead.
   * Throws only if the default cannot be opened either.
   */
  static async openAtStartup(host: ServiceHostProcess): Promise<Workspace> {
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

  /** The workspace file open now. */
  path(): string {
    return this.openPath;
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
    if (path.resolve(workspacePath) === path.resolve(this.openPath)) return;
    const opened = await this.host.open(workspacePath, create);
    if ('error' in opened) {
      await this.explainFailure(window, 'The workspace could not be opened. Your current workspace is still open.', opened.error.message);
      return;
    }
    this.openPath = opened.path;
    rememberWorkspacePath(workspacePath);
    window.webContents.reload();
  }

  private async explainFailure(window: BrowserWindow, message: string, detail: string): Promise<void> {
    await dialog.showMessageBox(window, { type: 'error', title: 'Disclosure Desk', message, detail });
  }
}
