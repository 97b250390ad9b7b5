import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DESK_CHANNEL } from './channels';
import { CONTENT_SECURITY_POLICY } from './rendererProtocol';
import { readSpellcheckChoice } from './spellcheck';
import { fake, FakeBrowserWindow, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

// main.ts does its work on import and on 'ready', as in the app: each test loads it afresh.
async function startApp({ singleInstance = true } = {}): Promise<void> {
  resetFakeElectron();
  fake.app.singleInstance = singleInstance;
  vi.resetModules();
  await import('./main');
  fake.app.becomeReady();
  // start() awaits the workspace, which the service host (a forked child here) opens; let it finish.
  await vi.waitFor(() => expect(singleInstance ? fake.windows.length : 1).toBe(1), { timeout: 20_000 });
}

beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
afterEach(() => {
  fake.app.emit('will-quit');
  if (fake.app.userData) rmSync(fake.app.userData, { recursive: true, force: true });
});

describe('the main process, started against the fake electron', () => {
  it('makes app:// a standard, secure scheme before ready and dates read en-GB', async () => {
    await startApp();
    expect(fake.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.app.switches).toContainEqual(['lang', 'en-GB']);
    expect(fake.app.name).toBe('Disclosure Desk');
  });

  it('denies every permission in the default session', async () => {
    await startApp();
    const ses = fake.session.defaultSession;
    const callback = vi.fn();
    ses.permissionRequestHandler!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(ses.permissionCheckHandler!({}, 'notifications', 'app://desk')).toBe(false);
  });

  // The dictionary download is the app's only network traffic (./spellcheck.ts).
  it('starts with the spellchecker off and downloading nothing, until Edit > Check Spelling turns it on in en-GB', async () => {
    if (process.platform === 'darwin') return; // the system checker: nothing to download
    await startApp();
    const ses = fake.session.defaultSession;
    expect(ses.spellCheckerEnabled).toBe(false);
    expect(ses.spellCheckerDictionaryDownloadURL).toBe('http://127.0.0.1:9/');
    expect(ses.spellCheckerLanguages).toEqual([]);

    type Item = { label?: string; checked?: boolean; click?: (item: { checked: boolean }) => void; submenu?: Item[] };
    const edit = (fake.menus.applicationMenu!.items as Item[]).find((i) => i.label?.replace('&', '') === 'Edit')!.submenu!;
    const toggle = edit.find((i) => i.label?.startsWith('Check Spelling'))!;
    expect(toggle.label).toMatch(/downloads a dictionary/);
    expect(toggle.checked).toBe(false);
    toggle.click!({ checked: true });
    expect(ses.spellCheckerEnabled).toBe(true);
    expect(ses.spellCheckerLanguages).toEqual(['en-GB']);
    expect(ses.spellCheckerDictionaryDownloadURL).toMatch(/^https:\/\//);
    // Remembered for this install, not in the workspace.
    expect(readSpellcheckChoice(fake.app.userData)).toBe(true);
  });

  it('serves app:// with the CSP header on every answer and refuses a path out of the renderer folder', async () => {
    await startApp();
    const handler = fake.protocol.handlers.get('app')!;
    for (const url of ['app://desk/index.html', 'app://desk/..%2f..%2fpackage.json', 'app://desk/assets/..%2f..%2f..%2fpackage.json', 'app://evil/index.html']) {
      const response = await handler(new Request(url));
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text(), url).not.toContain('"name": "disclosure-desk"');
    }
    expect((await handler(new Request('app://desk/..%2f..%2fpackage.json'))).status).toBe(403);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
  });

  it('opens one secure window on app://desk whose navigation and pop-ups are restricted', async () => {
    await startApp();
    const [window] = fake.windows as FakeBrowserWindow[];
    expect(window!.loaded).toEqual(['app://desk/index.html']);
    expect(window!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
    expect(String(window!.options.webPreferences!['preload'])).toMatch(/preload\.cjs$/);
    // Restricted through 'web-contents-created', as every WebContents is.
    expect(window!.webContents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(fake.menus.applicationMenu).not.toBeNull();
  });

  it('answers the window over IPC from a real workspace, and refuses any other sender', async () => {
    await startApp();
    const sender = (fake.windows[0] as FakeBrowserWindow).webContents;
    const ours = { sender, senderFrame: { url: 'app://desk/index.html', parent: null } };
    const answer = (await fake.ipcMain.invoke(DESK_CHANNEL, ours, 'getWorkspace', {})) as { ok: boolean; value: { path: string; caseCount: number } };
    expect(answer.ok).toBe(true);
    expect(answer.value.path.startsWith(fake.app.userData)).toBe(true);
    expect(answer.value.caseCount).toBe(0);
    const theirs = { sender, senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await fake.ipcMain.invoke(DESK_CHANNEL, theirs, 'getWorkspace', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('leaves at once when another copy is already running', async () => {
    await startApp({ singleInstance: false });
    expect(fake.app.calls).toContain('quit');
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });
});
