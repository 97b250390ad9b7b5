import { app, BrowserWindow, dialog, type DownloadItem, type Event, type WebContents } from 'electron';
import { chmodSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from '../services/atomicWrite';

/**
 * Exports (the log, a letter, a clause pack) reach the window as files it "downloads": the renderer
 * holds the bytes and clicks a download link (renderer/src/ui/downloadFile.ts), which is also how
 * they arrive in a browser and in the e2e tests.
 *
 * In the app, Chromium must not write the officer's file itself: it would replace a 0600 file with a
 * 0644 one, replace a link instead of writing through it, and fsync nothing. So each download is
 * caught here: Chromium saves it into a private staging folder (no dialog of its own), we ask where
 * to save it, and the bytes go to the chosen path through writeFileAtomically, the same writer the
 * CLI's exports use. The staged copy is removed whatever happens, and leftovers of a crash are
 * removed at the next start, so no copy of personal data stays behind.
 */
export function saveExportsWithDialog(contents: WebContents): void {
  const staging = stagingFolder();
  contents.session.on('will-download', (_event: Event, item: DownloadItem, source: WebContents) => {
    if (source !== contents) return;
    const suggested = safeName(item.getFilename());
    const staged = path.join(staging, `${Date.now()}-${process.pid}-${suggested}`);
    // Setting the path here, synchronously, is what stops Chromium showing its own dialog.
    item.setSavePath(staged);
    void saveDownload(contents, item, staged, suggested);
  });
}

/** Where Chromium puts a download until it has been copied to the officer's file: only the owner can read it. */
function stagingFolder(): string {
  const folder = path.join(app.getPath('userData'), 'export-staging');
  // A crash between download and copy would leave an export here: nothing in it outlives a restart.
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  return folder;
}

async function saveDownload(contents: WebContents, item: DownloadItem, staged: string, suggested: string): Promise<void> {
  const finished = new Promise<string>((resolve) => item.once('done', (_event: Event, state: string) => resolve(state)));
  const owner = BrowserWindow.fromWebContents(contents);
  const options = { title: 'Save export', defaultPath: path.join(app.getPath('documents'), suggested) };
  try {
    const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) {
      item.cancel();
      return;
    }
    const state = await finished;
    if (state !== 'completed') throw new Error(`the export did not reach the app (${state}). Export it again.`);
    writeFileAtomically(choice.filePath, readFileSync(staged));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const box = { type: 'error' as const, title: 'Export not saved', message: 'The export was not saved.', detail: message };
    void (owner ? dialog.showMessageBox(owner, box) : dialog.showMessageBox(box));
  } finally {
    // Wait for Chromium to let go of the staged file (a cancel ends in 'done' too), then remove it.
    await finished;
    rmSync(staged, { force: true });
  }
}

/** The page names the file; keep it to a plain name so it cannot point the staged copy elsewhere. */
function safeName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '');
  return base && base !== '.' && base !== '..' ? base : 'export';
}
