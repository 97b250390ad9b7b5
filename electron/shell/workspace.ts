import { app, dialog, type BrowserWindow } from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../services/atomicWrite';
import { DeskService } from '../services/deskService';
import { electronPdfPrinter } from './electronPdfPrinter';

/** Every workspace prints PDFs through Electron's own Chromium, not a system browser. */
/** create: false for File > Open and the remembered workspace, so a moved file is never silently recreated. */
function openService(file: string, create: boolean): DeskService {
  return new DeskService(file, { pdfPrinter: electronPdfPrinter, create });
}

/**
 * Which workspace (one SQLite file) the app has open, and File > New/Open Workspace…. The last
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

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class Workspace {
  private constructor(private service: DeskService) {}

  /**
   * Opens the remembered workspace, or the default one. If the remembered file cannot be opened
   * (moved, on an unplugged drive, damaged) the officer is told and the default opens instead.
   * Throws only if the default cannot be opened either.
   */
  static async openAtStartup(): Promise<Workspace> {
    const remembered = rememberedWorkspacePath();
    const fallback = defaultWorkspacePath();
    if (remembered && remembered !== fallback) {
      try {
        if (!existsSync(remembered)) throw new Error(`There is no file at ${remembered}.`);
        return new Workspace(openService(remembered, false));
      } catch (err) {
        await dialog.showMessageBox({
          type: 'warning',
          title: 'Disclosure Desk',
          message: 'Your last workspace could not be opened, so the default workspace has been opened instead.',
          detail: `${messageOf(err)}\n\nUse File > Open Workspace… to try it again.`,
        });
      }
    }
    return new Workspace(openService(fallback, true));
  }

  current(): DeskService {
    return this.service;
  }

  close(): void {
    this.service.close();
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
      defaultPath: path.dirname(this.service.dbPath),
      filters: WORKSPACE_FILTERS,
      properties: ['openFile'],
    });
    const chosen = result.filePaths[0];
    if (result.canceled || !chosen) return;
    await this.switchTo(window, chosen, false);
  }

  /** Opens the new workspace before closing the old one, so a failure leaves the officer where they were. */
  private async switchTo(window: BrowserWindow, workspacePath: string, create: boolean): Promise<void> {
    if (path.resolve(workspacePath) === path.resolve(this.service.dbPath)) return;
    let next: DeskService;
    try {
      next = openService(workspacePath, create);
    } catch (err) {
      await this.explainFailure(window, 'The workspace could not be opened. Your current workspace is still open.', messageOf(err));
      return;
    }
    const previous = this.service;
    this.service = next;
    previous.close();
    rememberWorkspacePath(workspacePath);
    window.webContents.reload();
  }

  private async explainFailure(window: BrowserWindow, message: string, detail: string): Promise<void> {
    await dialog.showMessageBox(window, { type: 'error', title: 'Disclosure Desk', message, detail });
  }
}
