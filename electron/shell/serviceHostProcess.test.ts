import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DispatchResult } from '../../core/api/dispatch';
import { DESK_CHANNEL, DESK_PROGRESS_CHANNEL } from './channels';
import { HOST_GAVE_UP, HOST_STOPPED } from './serviceHostProcess';
import { fake, FakeBrowserWindow, FakeMenu, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

// The app started against the fake electron, whose utilityProcess.fork runs the real service host
// in a forked Node child: the workspace is opened and written in that process, never in this one.

async function startApp(): Promise<FakeBrowserWindow> {
  resetFakeElectron();
  vi.resetModules();
  await import('./main');
  fake.app.becomeReady();
  await vi.waitFor(() => expect(fake.windows.length).toBe(1), { timeout: 20_000 });
  return fake.windows[0] as FakeBrowserWindow;
}

type Ask = (method: string, input?: unknown) => Promise<DispatchResult>;
const asker = (window: FakeBrowserWindow): Ask => (method, input = {}) =>
  fake.ipcMain.invoke(DESK_CHANNEL, { sender: window.webContents, senderFrame: { url: 'app://desk/index.html', parent: null } }, method, input) as Promise<DispatchResult>;
const newCase = (ref: string) => ({ ref, title: `Request ${ref}`, regime: 'foia', received: '2024-12-02', requestText: '1. How many?' });
const exitOf = (child: { once(e: 'exit', l: () => void): unknown }) => new Promise<void>((resolve) => child.once('exit', resolve));

beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => {
  fake.app.emit('will-quit');
  if (fake.app.userData) rmSync(fake.app.userData, { recursive: true, force: true });
});

describe('the store in a utility process', () => {
  it('forks the built host beside main.mjs, and the window\'s calls are answered there', async () => {
    const window = await startApp();
    const ask = asker(window);
    expect(fake.utilityProcess.forked).toHaveLength(1);
    const [host] = fake.utilityProcess.forked;
    expect(path.basename(host!.modulePath)).toBe('serviceHost.mjs');
    expect(await ask('createCase', newCase('FOI-1'))).toMatchObject({ ok: true, value: { ref: 'FOI-1' } });
    // Errors keep their codes across both hops.
    expect(await ask('createCase', newCase('FOI-1'))).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await ask('getWorkspace', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // A long call's progress comes back to the window that asked.
    const exported = await ask('exportBundle', { callId: 'b1' });
    expect(exported.ok).toBe(true);
    expect(window.webContents.sent.filter((s) => s.channel === DESK_PROGRESS_CHANNEL).map((s) => s.args[0])).toContainEqual(expect.objectContaining({ callId: 'b1', done: 1, total: 1 }));
  });

  it('reports a host that dies mid-call to the window, and a new host opens the same workspace', async () => {
    const window = await startApp();
    const ask = asker(window);
    await ask('createCase', newCase('FOI-1'));
    const first = fake.utilityProcess.forked[0]!;
    const pending = ask('exportBundle', {});
    first.child.kill('SIGKILL');
    expect(await pending).toEqual({ ok: false, error: { code: 'unavailable', message: HOST_STOPPED } });
    // The next call reaches the new host, with the same workspace and what was saved before.
    expect(await ask('getWorkspace')).toMatchObject({ ok: true, value: { caseCount: 1, path: path.join(fake.app.userData, 'workspace.sqlite') } });
    expect(fake.utilityProcess.forked).toHaveLength(2);
  });

  it('stops restarting a host that keeps dying, and says to restart the app', async () => {
    const window = await startApp();
    const ask = asker(window);
    for (let i = 0; i < 4; i++) {
      const host = fake.utilityProcess.forked.at(-1)!;
      const exited = exitOf(host.child);
      host.child.kill('SIGKILL');
      await exited;
    }
    expect(fake.utilityProcess.forked).toHaveLength(4);
    expect(await ask('getWorkspace')).toEqual({ ok: false, error: { code: 'unavailable', message: HOST_GAVE_UP } });
  });

  it('File > Open Workspace… has the host open the other file; a missing one leaves the current open', async () => {
    const window = await startApp();
    const ask = asker(window);
    const fileMenu = (fake.menus.applicationMenu as FakeMenu).items.find((i) => String(i['label']).replace('&', '') === 'File')!['submenu'] as Record<string, unknown>[];
    const click = (label: string) => (fileMenu.find((i) => i['label'] === label)!['click'] as () => void)();

    const other = path.join(fake.app.userData, 'other.sqlite');
    fake.dialog.saveResult = { canceled: false, filePath: other };
    click('New Workspace…');
    await vi.waitFor(async () => expect(await ask('getWorkspace')).toMatchObject({ ok: true, value: { path: other } }), { timeout: 10_000 });
    expect(existsSync(other)).toBe(true);

    fake.dialog.openResult = { canceled: false, filePaths: [path.join(fake.app.userData, 'moved.sqlite')] };
    click('Open Workspace…');
    await vi.waitFor(() => expect(fake.dialog.shown.some((d) => d.kind === 'message')).toBe(true), { timeout: 10_000 });
    expect(fake.dialog.shown.at(-1)!.options).toMatchObject({ type: 'error', message: expect.stringMatching(/Your current workspace is still open/) });
    expect(await ask('getWorkspace')).toMatchObject({ ok: true, value: { path: other } });
  });

  it("a letter's PDF has the host warm the shell's print window, and the next print reuses it; the log's PDF needs none", async () => {
    const window = await startApp();
    const ask = asker(window);
    const created = await ask('createCase', newCase('FOI-1'));
    // No month to publish, so the export stops at its checks; the log's PDF is written without a browser.
    expect(await ask('exportLog', { month: '2024-05', format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(fake.windows).toHaveLength(1);
    const id = (created as { ok: true; value: { id: string } }).value.id;
    expect(await ask('exportLetter', { id, format: 'pdf', draft: true })).toMatchObject({ ok: true, value: { fileName: 'draft-response-FOI-1.pdf' } });
    await vi.waitFor(() => expect(fake.windows).toHaveLength(2));
    const printWindow = fake.windows[1] as FakeBrowserWindow;
    expect(printWindow.options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } });
    // The letter printed in the window the warm made ready, and a second letter reuses it.
    const letter = await ask('exportLetter', { id, format: 'pdf' });
    expect(letter).toMatchObject({ ok: true, value: { fileName: 'response-FOI-1.pdf' } });
    expect(fake.windows).toHaveLength(2);
    expect(printWindow.loaded).toHaveLength(3);
    // Closing the last window lets the hidden one go too, or it would keep the app from quitting.
    window.emit('closed');
    expect(printWindow.destroyed).toBe(true);
  });
});
