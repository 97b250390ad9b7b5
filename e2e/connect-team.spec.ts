import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, expectAccessible } from './support/fixtures';
import { connectTeamWorkspace } from '../electron/shell/teamConnect';
import { TeamPasswords } from '../electron/shell/teamPasswords';
import { standInSafeStorage } from '../electron/shell/testing/standInSafeStorage';
import { openPgPool } from '../electron/services/pg/pgConnection';
import { teamPassword, toPgPoolConfig } from '../electron/services/pg/teamPoolConfig';
import { teamConnectError } from '../electron/services/pg/teamWorkspaceConnection';
import { startTempCluster, type TempCluster } from '../electron/services/pg/testing/tempCluster';

// File › Connect to team workspace…: the window's dialog, opened from the keyboard as the menu does,
// sending to the main process's own connectTeamWorkspace (electron/shell/teamConnect.ts; the preload's
// bridge is stood in for by a Playwright binding), which connects to a real PostgreSQL on loopback.
let server: TempCluster;
let userData: string;
test.beforeAll(async () => {
  server = await startTempCluster('team_e2e');
  userData = mkdtempSync(join(tmpdir(), 'desk-e2e-userdata-'));
});
test.afterAll(() => {
  server?.stop();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

test('an officer connects to a team workspace from the keyboard, and a weak connection is refused with the reason', async ({ app }) => {
  const passwords = new TeamPasswords(standInSafeStorage(), userData);
  await app.exposeFunction('__teamConnect', (request: unknown) =>
    connectTeamWorkspace(request, {
      passwords,
      open: async (w) => {
        const pool = openPgPool(toPgPoolConfig(w.poolConfig, teamPassword(w.settings, { password: w.password })));
        try {
          await pool.query('SELECT 1');
        } catch (err) {
          throw teamConnectError(err, w.settings);
        } finally {
          await pool.end();
        }
      },
    }),
  );
  await app.addInitScript(() => {
    const w = window as unknown as { teamBridge: unknown; __teamConnect: (r: unknown) => Promise<unknown> };
    w.teamBridge = { chooseCaFile: async () => null, connect: (r: unknown) => w.__teamConnect(r) };
  });
  await app.reload();

  // What File › Connect to Team Workspace… presses in the window.
  await app.keyboard.press('Control+Shift+K');
  const dialog = app.getByRole('dialog', { name: 'Connect to team workspace' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Server', { exact: true })).toBeFocused();
  await expectAccessible(app, 'the Connect to team workspace dialog');

  // A connection string that would send requesters' details unencrypted across the network.
  await dialog.getByLabel('A connection string').check();
  await dialog.getByLabel('Connection string', { exact: true }).fill('postgres://jo_bloggs@db.example.gov.uk/disclosure_desk?sslmode=disable');
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(dialog.getByRole('alert')).toContainText('sslmode=disable is refused: it would let the connection to db.example.gov.uk go unencrypted');
  await expectAccessible(app, 'the dialog with its error');

  // The server on this computer, by its fields.
  await dialog.getByLabel('Server, database and user').check();
  await dialog.getByLabel('Server', { exact: true }).fill('127.0.0.1');
  await dialog.getByLabel('Port', { exact: true }).fill(String(server.port));
  await dialog.getByLabel('Database', { exact: true }).fill('team_e2e');
  await dialog.getByLabel('Your user name').fill('postgres');
  await dialog.getByRole('button', { name: 'Connect' }).click();
  await expect(app.getByRole('dialog', { name: 'Connected' }).getByRole('status')).toHaveText(`Connected to postgres @ 127.0.0.1:${server.port} / team_e2e.`);
  await expect(app.getByRole('button', { name: 'Close' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
});
