import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPgPool } from '../services/pg/pgConnection';
import { startTempCluster, type TempCluster } from '../services/pg/testing/tempCluster';
import { teamPassword, toPgPoolConfig } from '../services/pg/teamPoolConfig';
import { teamConnectError } from '../services/pg/teamWorkspaceConnection';
import { TEAM_CHOOSE_CA_CHANNEL, TEAM_CONNECT_CHANNEL } from './channels';
import { fake, FakeSession, FakeWebContents, resetFakeElectron } from './testing/fakeElectron';
import { standInSafeStorage } from './testing/standInSafeStorage';
import { TEAM_PASSWORDS_FILE, TeamPasswords } from './teamPasswords';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).electron);

const { connectTeamWorkspace } = await import('./teamConnect');
const { registerTeamIpc } = await import('./teamIpc');
type Deps = Parameters<typeof connectTeamWorkspace>[1];

// File › Connect to team workspace… in the main process, against a real PostgreSQL that serves TLS
// and asks for passwords, as a team's server does. `open` does what the service host will: a pool
// from the plain settings, with the password given or PGPASSWORD / ~/.pgpass, and a query.
let dir: string;
let server: TempCluster;
let userData: string;
const opened: string[] = [];

function openssl(...args: string[]): void {
  const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr || r.error?.message}`);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'desk-connect-'));
  for (const ca of ['org-ca', 'stranger-ca']) {
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${ca}.key`, '-out', `${ca}.pem`, '-days', '2', '-subj', `/CN=${ca}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  }
  writeFileSync(path.join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
  openssl('x509', '-req', '-in', 'server.csr', '-CA', 'org-ca.pem', '-CAkey', 'org-ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'server.ext');
  server = await startTempCluster('disclosure_desk', { passwords: true, ssl: { cert: readFileSync(path.join(dir, 'server.crt'), 'utf8'), key: readFileSync(path.join(dir, 'server.key'), 'utf8') } });
  await asAdmin("CREATE ROLE jo_bloggs LOGIN PASSWORD 'correct horse battery'");
}, 120_000);

afterAll(() => {
  server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  resetFakeElectron();
  userData = mkdtempSync(path.join(dir, 'userdata-'));
  opened.length = 0;
});

async function asAdmin(sql: string): Promise<void> {
  // Through the socket, which the server trusts for setting up; officers come in over TCP with passwords.
  const admin = openPgPool({ host: server.socketDir, port: server.port, user: 'postgres', database: 'disclosure_desk' });
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function deps(storage = standInSafeStorage()): Deps & { passwords: TeamPasswords } {
  return {
    passwords: new TeamPasswords(storage, userData),
    environment: { env: {}, home: dir },
    open: async (w) => {
      const pool = openPgPool(toPgPoolConfig(w.poolConfig, teamPassword(w.settings, { password: w.password, env: {}, home: dir })));
      try {
        const r = await pool.query<{ ssl: boolean; who: string }>('SELECT ssl, current_user AS who FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
        opened.push(`${r.rows[0]!.who} ssl=${r.rows[0]!.ssl}`);
      } catch (err) {
        throw teamConnectError(err, w.settings);
      } finally {
        await pool.end();
      }
    },
  };
}

const fields = () => ({ host: '127.0.0.1', port: String(server.port), database: 'disclosure_desk', user: 'jo_bloggs', caFile: path.join(dir, 'org-ca.pem') });

describe('connectTeamWorkspace', () => {
  it('connects over verified TLS with the typed password, keeps it only encrypted, and uses it next time', async () => {
    const d = deps();
    const first = await connectTeamWorkspace({ ...fields(), password: 'correct horse battery', rememberPassword: true }, d);
    expect(first).toEqual({ ok: true, description: `jo_bloggs @ 127.0.0.1:${server.port} / disclosure_desk` });
    expect(readFileSync(path.join(userData, TEAM_PASSWORDS_FILE), 'utf8')).not.toContain('correct horse');
    // Next time: no password typed, the keychain's is used.
    expect(await connectTeamWorkspace(fields(), d)).toMatchObject({ ok: true });
    expect(opened).toEqual(['jo_bloggs ssl=true', 'jo_bloggs ssl=true']);
  });

  it('takes a connection string, its password used once and never kept unless asked', async () => {
    const d = deps();
    const url = `postgres://jo_bloggs:${encodeURIComponent('correct horse battery')}@127.0.0.1:${server.port}/disclosure_desk?sslmode=verify-full`;
    expect(await connectTeamWorkspace({ connectionString: url, caFile: path.join(dir, 'org-ca.pem') }, d)).toMatchObject({ ok: true });
    expect(d.passwords.load(`jo_bloggs @ 127.0.0.1:${server.port} / disclosure_desk`)).toBeNull();
  });

  it('connects, and says why the password was not kept, where the keychain is not available', async () => {
    const result = await connectTeamWorkspace({ ...fields(), password: 'correct horse battery', rememberPassword: true }, deps(standInSafeStorage({ available: false })));
    expect(result).toMatchObject({ ok: true, notice: expect.stringMatching(/keychain is not available.*your password was not kept/) });
  });

  it('refuses a server whose certificate the chosen CA did not sign, and asks for a missing password', async () => {
    const wrongCa = await connectTeamWorkspace({ ...fields(), caFile: path.join(dir, 'stranger-ca.pem'), password: 'correct horse battery' }, deps());
    expect(wrongCa).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/not signed by the CA file you chose/) } });
    const noPassword = await connectTeamWorkspace(fields(), deps());
    expect(noPassword).toMatchObject({ ok: false, error: { message: expect.stringMatching(/asks for jo_bloggs's password and none was given/) } });
    expect(opened).toEqual([]);
  });

  it('forgets a kept password the server no longer takes', async () => {
    const d = deps();
    d.passwords.save(`jo_bloggs @ 127.0.0.1:${server.port} / disclosure_desk`, 'last year');
    const result = await connectTeamWorkspace(fields(), d);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/The server refused the password for jo_bloggs @ 127\.0\.0\.1:\d+ \/ disclosure_desk\. Check it/) } });
    expect(d.passwords.load(`jo_bloggs @ 127.0.0.1:${server.port} / disclosure_desk`)).toBeNull();
  });

  it('checks the fields before anything reaches the network', async () => {
    expect(await connectTeamWorkspace({ ...fields(), host: 'db.example.gov.uk', connectionString: 'postgres://jo@db.example.gov.uk/desk?sslmode=prefer' }, deps())).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/sslmode=prefer is refused/) },
    });
    expect(await connectTeamWorkspace({ ...fields(), database: '' }, deps())).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Fill in the database name/) } });
    expect(await connectTeamWorkspace({ ...fields(), evil: true }, deps())).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(opened).toEqual([]);
  });
});

describe('registerTeamIpc (#17: validate the sender of every IPC message)', () => {
  const ours = { sender: new FakeWebContents(new FakeSession('')), senderFrame: { url: 'app://desk/index.html', parent: null } };
  const theirs = { sender: new FakeWebContents(new FakeSession('')), senderFrame: { url: 'https://evil.example/', parent: null } };

  it('answers only our own window, on its two channels', async () => {
    const connect = vi.fn(async () => ({ ok: true as const, description: 'x' }));
    registerTeamIpc(connect);
    expect(await fake.ipcMain.invoke(TEAM_CONNECT_CHANNEL, theirs, fields())).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(connect).not.toHaveBeenCalled();
    expect(await fake.ipcMain.invoke(TEAM_CONNECT_CHANNEL, ours, fields())).toEqual({ ok: true, description: 'x' });
    fake.dialog.openResult = { canceled: false, filePaths: ['/etc/ssl/org-ca.pem'] };
    expect(await fake.ipcMain.invoke(TEAM_CHOOSE_CA_CHANNEL, theirs)).toBeNull();
    expect(await fake.ipcMain.invoke(TEAM_CHOOSE_CA_CHANNEL, ours)).toBe('/etc/ssl/org-ca.pem');
    expect(fake.dialog.shown).toEqual([{ kind: 'open', options: expect.objectContaining({ title: 'Choose the CA certificate', properties: ['openFile'] }) }]);
  });
});
