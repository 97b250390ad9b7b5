import type { WebContents } from 'electron';
import { EventEmitter } from 'node:events';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveExportsWithDialog } from './exportDownloads';
import { fake, FakeBrowserWindow, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

/**
 * A download as Electron hands it to 'will-download'. Like Chromium, it writes the bytes to the save
 * path it was given (0644, as Chromium does) and then says 'done'; with no save path it would have
 * shown Chromium's own dialog, which the test counts as a failure.
 */
class FakeDownloadItem extends EventEmitter {
  savePath = '';
  cancelled = false;
  constructor(
    private readonly filename: string,
    private readonly bytes: Buffer,
  ) {
    super();
  }
  getFilename(): string {
    return this.filename;
  }
  setSavePath(p: string): void {
    this.savePath = p;
  }
  cancel(): void {
    this.cancelled = true;
    this.emit('done', {}, 'cancelled');
  }
  /** Chromium finishing the download it was told to make. */
  finish(): void {
    if (!this.savePath) throw new Error('no save path: Chromium would have shown its own dialog and written the file itself');
    writeFileSync(this.savePath, this.bytes, { mode: 0o644 });
    this.emit('done', {}, 'completed');
  }
}

let folder: string;
let window: FakeBrowserWindow;

beforeEach(() => {
  resetFakeElectron();
  folder = mkdtempSync(path.join(tmpdir(), 'desk-export-dl-'));
  window = new FakeBrowserWindow();
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
  if (fake.app.userData) rmSync(fake.app.userData, { recursive: true, force: true });
});

const staging = () => path.join(fake.app.getPath('userData'), 'export-staging');

async function download(name: string, bytes: Buffer): Promise<FakeDownloadItem> {
  const item = new FakeDownloadItem(name, bytes);
  window.webContents.session.emit('will-download', {}, item, window.webContents);
  item.finish();
  // Let the dialog, the copy and the clean-up run.
  await vi.waitFor(() => expect(readdirSync(staging())).toEqual([]));
  return item;
}

describe('window exports are written by the app, not by Chromium', () => {
  it('asks where to save, in Documents under the export\'s name, and writes the bytes there', async () => {
    saveExportsWithDialog(window.webContents as unknown as WebContents);
    const target = path.join(folder, 'log.pdf');
    fake.dialog.saveResult = { canceled: false, filePath: target };
    const item = await download('log-2024-05.pdf', Buffer.from('%PDF-1.7 the log'));
    expect(item.savePath.startsWith(staging())).toBe(true);
    expect(fake.dialog.shown[0]).toMatchObject({ kind: 'save', options: { title: 'Save export', defaultPath: path.join(fake.app.getPath('documents'), 'log-2024-05.pdf') } });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 the log');
  });

  it('keeps a 0600 file 0600 and writes through a link, where Chromium would have replaced both', async () => {
    saveExportsWithDialog(window.webContents as unknown as WebContents);
    const real = path.join(folder, 'private.docx');
    writeFileSync(real, 'old', { mode: 0o600 });
    chmodSync(real, 0o600);
    const link = path.join(folder, 'link.docx');
    symlinkSync(real, link);
    fake.dialog.saveResult = { canceled: false, filePath: link };
    await download('letter.docx', Buffer.from('new letter'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, 'utf8')).toBe('new letter');
    expect(statSync(real).mode & 0o777).toBe(0o600);
  });

  it('refuses a folder with a message and leaves nothing behind', async () => {
    saveExportsWithDialog(window.webContents as unknown as WebContents);
    const target = path.join(folder, 'a-folder');
    mkdirSync(target);
    fake.dialog.saveResult = { canceled: false, filePath: target };
    await download('log.html', Buffer.from('<p>personal data</p>'));
    await vi.waitFor(() => expect(fake.dialog.shown.some((d) => d.kind === 'message')).toBe(true));
    const box = fake.dialog.shown.find((d) => d.kind === 'message')!.options as { title: string; detail: string };
    expect(box.title).toBe('Export not saved');
    expect(box.detail).toMatch(/folder/i);
    expect(statSync(target).isDirectory()).toBe(true);
    expect(readdirSync(folder)).toEqual(['a-folder']);
  });

  it('cancels the download when the officer cancels the dialog, and keeps no staged copy', async () => {
    saveExportsWithDialog(window.webContents as unknown as WebContents);
    const item = new FakeDownloadItem('log.pdf', Buffer.from('x'));
    window.webContents.session.emit('will-download', {}, item, window.webContents);
    await vi.waitFor(() => expect(item.cancelled).toBe(true));
    await vi.waitFor(() => expect(readdirSync(staging())).toEqual([]));
  });

  it('keeps a page-chosen name to a plain file name inside the staging folder', async () => {
    saveExportsWithDialog(window.webContents as unknown as WebContents);
    fake.dialog.saveResult = { canceled: false, filePath: path.join(folder, 'out.pdf') };
    const item = await download('../../../evil.pdf', Buffer.from('x'));
    expect(path.dirname(item.savePath)).toBe(staging());
    expect(path.basename(item.savePath)).toMatch(/-evil\.pdf$/);
  });

  it('removes exports a crash left in the staging folder at the next start', () => {
    mkdirSync(staging(), { recursive: true });
    writeFileSync(path.join(staging(), '1-2-left-behind.pdf'), 'personal data');
    saveExportsWithDialog(window.webContents as unknown as WebContents);
    expect(readdirSync(staging())).toEqual([]);
    expect(statSync(staging()).mode & 0o777).toBe(0o700);
    expect(existsSync(path.join(staging(), '1-2-left-behind.pdf'))).toBe(false);
  });
});
