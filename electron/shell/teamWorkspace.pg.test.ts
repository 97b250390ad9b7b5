import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DispatchResult } from '../../core/api/dispatch';
import { JO_PASSWORD, teamWithPasswordsForThisFile } from '../services/pg/testing/teamWithPasswords';
import { DESK_CHANNEL, TEAM_CONNECT_CHANNEL } from './channels';
import { fake, FakeBrowserWindow, resetFakeElectron } from './testing/fakeElectron';
import { standInSafeStorage } from './testing/standInSafeStorage';
import { TeamPasswords } from './teamPasswords';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

// File › Connect to Team Workspace… in the app started against the fake electron, whose service
// host is the real one in a forked Node child, on a real PostgreSQL that asks for passwords: the
// host opens the team workspace in place of the file, the window reloads onto it and says which in
// its title bar, and the next start reconnects with the password the keychain kept, or says why
// not and opens the last workspace file.
const team = teamWithPasswordsForThisFile();
const { asAdmin } = team;
let userData: string;

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  userData = mkdtempSync(path.join(tmpdir(), 'desk-team-userdata-'));
});
afterEach(async () => {
  fake.app.emit('will-quit');
  rmSync(userData, { recursive: true, force: true });
  await asAdmin((db) => db.query('TRUNCATE cases CASCADE'));
});

/** The app started (or started again) on the same userData, with a keychain that can keep a password. */
async function startApp(): Promise<FakeBrowserWindow> {
  fake.app.emit('will-quit');
  resetFakeElectron();
  fake.app.userData = userData;
  fake.keychain.current = keychain;
  vi.resetModules();
  await import('./main');
  fake.app.becomeReady();
  await vi.waitFor(() => expect(fake.windows.length).toBe(1), { timeout: 20_000 });
  return fake.windows[0] as FakeBrowserWindow;
}
const keychain = standInSafeStorage();

const fromWindow = (window: FakeBrowserWindow) => ({ sender: window.webContents, senderFrame: { url: 'app://desk/index.html', parent: null } });
const ask = (window: FakeBrowserWindow, method: string, input: unknown = {}) => fake.ipcMain.invoke(DESK_CHANNEL, fromWindow(window), method, input) as Promise<DispatchResult>;
const description = () => `jo @ 127.0.0.1:${team.cluster.port} / disclosure_desk`;
const connectFields = (extra: Record<string, unknown> = {}) => ({ host: '127.0.0.1', port: String(team.cluster.port), database: 'disclosure_desk', user: 'jo', ...extra });
const newCase = (ref: string) => ({ ref, title: `Request ${ref}`, regime: 'foia', received: '2024-12-02', requestText: '1. How many?' });

describe('a team workspace in the app', { timeout: 90_000 }, () => {
  it('opens in the host in place of the file: the window reloads onto it, its title names it, and the next start reconnects', async () => {
    let window = await startApp();
    const file = path.join(userData, 'workspace.sqlite');
    expect(await ask(window, 'getWorkspace')).toMatchObject({ ok: true, value: { path: file } });
    expect(window.title).toBe('Disclosure Desk');
    const reload = vi.spyOn(window.webContents, 'reload');

    const connected = await fake.ipcMain.invoke(TEAM_CONNECT_CHANNEL, fromWindow(window), connectFields({ password: JO_PASSWORD, rememberPassword: true }));
    expect(connected).toEqual({ ok: true, description: description() });
    expect(reload).toHaveBeenCalledTimes(1);
    expect(window.title).toBe(`${description()} — Disclosure Desk`);
    // The page's own <title> at the reload does not take the title bar back.
    const titleEvent = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    window.emit('page-title-updated', titleEvent, 'Disclosure Desk');
    expect(titleEvent.defaultPrevented).toBe(true);
    expect(window.title).toBe(`${description()} — Disclosure Desk`);

    // The window's calls now reach PostgreSQL, as jo.
    expect(await ask(window, 'getWorkspace')).toMatchObject({ ok: true, value: { path: description(), caseCount: 0 } });
    expect(await ask(window, 'createCase', newCase('FOI-T-1'))).toMatchObject({ ok: true, value: { ref: 'FOI-T-1' } });
    expect(await asAdmin(async (db) => (await db.query('SELECT ref FROM cases')).rows)).toEqual([{ ref: 'FOI-T-1' }]);

    // Remembered by its connection string: no password in the file.
    const memory = readFileSync(path.join(userData, 'last-workspace.json'), 'utf8');
    expect(JSON.parse(memory)).toEqual({ path: file, team: `postgres://jo@127.0.0.1:${team.cluster.port}/disclosure_desk?sslmode=disable` });
    expect(memory).not.toContain('horse');

    // A crash of the host: the new one opens the team workspace again, not the file.
    const first = fake.utilityProcess.forked[0]!;
    first.child.kill('SIGKILL');
    await vi.waitFor(() => expect(fake.utilityProcess.forked).toHaveLength(2));
    expect(await ask(window, 'getWorkspace')).toMatchObject({ ok: true, value: { path: description(), caseCount: 1 } });

    // The next start reconnects with the keychain's password, and the title says so from the first paint.
    window = await startApp();
    expect(await ask(window, 'getWorkspace')).toMatchObject({ ok: true, value: { path: description(), caseCount: 1 } });
    expect(window.title).toBe(`${description()} — Disclosure Desk`);
    expect(fake.dialog.shown).toEqual([]);

    // File › Open Workspace… goes back to a file (even the last one), and the team is no longer reopened.
    const fileMenu = (fake.menus.applicationMenu!.items as Record<string, unknown>[]).find((i) => String(i['label']).replace('&', '') === 'File')!['submenu'] as Record<string, unknown>[];
    fake.dialog.openResult = { canceled: false, filePaths: [file] };
    (fileMenu.find((i) => i['label'] === 'Open Workspace…')!['click'] as () => void)();
    await vi.waitFor(async () => expect(await ask(window, 'getWorkspace')).toMatchObject({ ok: true, value: { path: file } }), { timeout: 30_000 });
    expect(window.title).toBe('Disclosure Desk');
    expect(JSON.parse(readFileSync(path.join(userData, 'last-workspace.json'), 'utf8'))).toEqual({ path: file });
  });

  it('a refused password leaves the file open and says why', async () => {
    const window = await startApp();
    const refused = await fake.ipcMain.invoke(TEAM_CONNECT_CHANNEL, fromWindow(window), connectFields({ password: 'last year' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/The server refused the password for jo @/) } });
    expect(await ask(window, 'getWorkspace')).toMatchObject({ ok: true, value: { path: path.join(userData, 'workspace.sqlite') } });
    expect(window.title).toBe('Disclosure Desk');
  });

  it('at start, a team workspace that cannot be reopened is explained, the last file opens, and a refused kept password is forgotten', async () => {
    const file = path.join(userData, 'mine.sqlite');
    // A file opened once, then the team workspace; since then IT changed jo's password.
    let window = await startApp();
    fake.dialog.saveResult = { canceled: false, filePath: file };
    const fileMenu = (fake.menus.applicationMenu!.items as Record<string, unknown>[]).find((i) => String(i['label']).replace('&', '') === 'File')!['submenu'] as Record<string, unknown>[];
    (fileMenu.find((i) => i['label'] === 'New Workspace…')!['click'] as () => void)();
    await vi.waitFor(async () => expect(await ask(window, 'getWorkspace')).toMatchObject({ ok: true, value: { path: file } }), { timeout: 30_000 });
    expect(await ask(window, 'createCase', newCase('MINE-1'))).toMatchObject({ ok: true });
    expect(await fake.ipcMain.invoke(TEAM_CONNECT_CHANNEL, fromWindow(window), connectFields({ password: JO_PASSWORD, rememberPassword: true }))).toMatchObject({ ok: true });
    const passwords = new TeamPasswords(keychain, userData);
    expect(passwords.load(description())).toBe(JO_PASSWORD);
    await asAdmin((db) => db.query("ALTER ROLE jo PASSWORD 'new for this year'"));
    try {
      window = await startApp();
      expect(await ask(window, 'getWorkspace')).toMatchObject({ ok: true, value: { path: file, caseCount: 1 } });
      expect(fake.dialog.shown).toEqual([
        {
          kind: 'message',
          options: expect.objectContaining({
            type: 'warning',
            message: 'Your team workspace could not be opened, so your last workspace file has been opened instead.',
            detail: expect.stringMatching(/^The server refused the password for jo @ 127\.0\.0\.1:\d+ \/ disclosure_desk\. [\s\S]*Use File › Connect to Team Workspace… to try again/),
          }),
        },
      ]);
      expect(window.title).toBe('Disclosure Desk');
      expect(passwords.load(description())).toBeNull();
    } finally {
      await asAdmin((db) => db.query(`ALTER ROLE jo PASSWORD '${JO_PASSWORD}'`));
    }
  });

  it('at start, a remembered team workspace on a server that is away opens the default file when there is no last one', async () => {
    writeFileSync(path.join(userData, 'last-workspace.json'), JSON.stringify({ team: 'postgres://jo@127.0.0.1:9/disclosure_desk?sslmode=disable' }));
    const window = await startApp();
    expect(await ask(window, 'getWorkspace')).toMatchObject({ ok: true, value: { path: path.join(userData, 'workspace.sqlite') } });
    expect(fake.dialog.shown).toHaveLength(1);
    expect(fake.dialog.shown[0]!.options).toMatchObject({ type: 'warning', detail: expect.stringMatching(/jo @ 127\.0\.0\.1:9 \/ disclosure_desk cannot be reached/) });
  });
});
