import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeBrowserWindow, FakeMenu, navigationEvent, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

const { createMainWindow } = await import('./window');
const { restrictWebContents } = await import('./security');

beforeEach(() => {
  resetFakeElectron();
  // main.ts restricts every WebContents as it is created; so does this test.
  fake.app.on('web-contents-created', (_e: unknown, contents: unknown) => restrictWebContents(contents as never));
});

const open = () => createMainWindow({ preload: '/app/dist/electron/preload.cjs', url: 'app://desk/index.html' }) as unknown as FakeBrowserWindow;

describe('createMainWindow', () => {
  it('opens hidden on app://desk with the secure preferences and the bundled preload', () => {
    const window = open();
    const prefs = window.options.webPreferences!;
    expect(prefs).toMatchObject({ preload: '/app/dist/electron/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: true });
    expect(window.options.show).toBe(false);
    expect(window.loaded).toEqual(['app://desk/index.html']);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('is the window whose https links open in the browser', () => {
    const window = open();
    expect(window.webContents.windowOpenHandler!({ url: 'https://ico.org.uk/' })).toEqual({ action: 'deny' });
    expect(fake.shell.opened).toEqual(['https://ico.org.uk/']);
    const event = navigationEvent('https://evil.example/');
    window.webContents.emit('will-navigate', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('offers spelling suggestions and editing in the right-click menu', () => {
    const window = open();
    const params = {
      misspelledWord: 'recieved',
      dictionarySuggestions: ['received', 'relieved'],
      isEditable: true,
      selectionText: '',
      editFlags: { canCut: true, canCopy: true, canPaste: false, canSelectAll: true },
    };
    window.webContents.emit('context-menu', {}, params);
    const menu = fake.menus.built.at(-1) as FakeMenu;
    expect(menu.popups).toBe(1);
    expect(menu.items.map((i) => i['label'] ?? i['role'] ?? i['type'])).toEqual(['received', 'relieved', 'Add to Dictionary', 'separator', 'cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(menu.items.find((i) => i['role'] === 'paste')!['enabled']).toBe(false);
    (menu.items[0]!['click'] as () => void)();
    expect(window.webContents.replacedWith).toEqual(['received']);
  });

  // The copy to the officer's file and its dialog are tested in exportDownloads.test.ts.
  it('stages each export privately instead of letting Chromium write the officer\'s file', () => {
    const window = open();
    let savePath = '';
    const item = { getFilename: () => 'disclosure-log-2024-05.pdf', setSavePath: (p: string) => (savePath = p), once: () => undefined, cancel: () => undefined };
    window.webContents.session.emit('will-download', {}, item, window.webContents);
    expect(path.dirname(savePath)).toBe(path.join(fake.app.getPath('userData'), 'export-staging'));
  });
});
