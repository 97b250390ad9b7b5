import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgPool } from './pgConnection';
import { startTempCluster, type TempCluster } from './testing/tempCluster';
import { teamPassword, teamPoolConfig } from './teamPoolConfig';
import { openTeamWorkspaceConnection, teamConnectError } from './teamWorkspaceConnection';

// verify-full against real PostgreSQL servers serving TLS, with a CA and certificates made by openssl
// for this file: one server's certificate is for 127.0.0.1 (where it listens), the other's for
// another name. Never a mock.
let dir: string;
let rightServer: TempCluster;
let otherNameServer: TempCluster;

function openssl(...args: string[]): void {
  const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr || r.error?.message}`);
}

function makeCa(name: string): void {
  openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '2', '-subj', `/CN=${name}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
}

/** A server certificate signed by the CA, for the names given (subjectAltName). */
function makeServerCert(name: string, ca: string, altNames: string): { cert: string; key: string } {
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${altNames}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n`);
  openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
  openssl('x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`);
  return { cert: readFileSync(join(dir, `${name}.crt`), 'utf8'), key: readFileSync(join(dir, `${name}.key`), 'utf8') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'desk-tls-'));
  makeCa('org-ca');
  makeCa('stranger-ca');
  rightServer = await startTempCluster('disclosure_desk', { ssl: makeServerCert('loopback', 'org-ca', 'IP:127.0.0.1') });
  otherNameServer = await startTempCluster('disclosure_desk', { ssl: makeServerCert('elsewhere', 'org-ca', 'DNS:db.example.gov.uk') });
}, 120_000);

afterAll(() => {
  rightServer?.stop();
  otherNameServer?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Connects as the dialog or the CLI would, and says whether the session is encrypted. */
async function connect(server: TempCluster, ca: string): Promise<boolean> {
  const connection = openTeamWorkspaceConnection(`postgres://postgres@127.0.0.1:${server.port}/disclosure_desk?sslmode=verify-full&sslrootcert=${join(dir, ca)}`, { env: {} });
  const pool = openPgPool(connection.config);
  try {
    const r = await pool.query<{ ssl: boolean }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()');
    return r.rows[0]!.ssl;
  } catch (err) {
    throw teamConnectError(err, connection.settings);
  } finally {
    await pool.end();
  }
}

describe('verify-full on a real server', () => {
  it('connects, encrypted, with the CA that signed the server\'s certificate', async () => {
    expect(await connect(rightServer, 'org-ca.pem')).toBe(true);
  });

  it('refuses a server whose certificate another CA signed, saying to check the CA file', async () => {
    await expect(connect(rightServer, 'stranger-ca.pem')).rejects.toThrow(/The server's certificate is not signed by the CA file you chose, so Disclosure Desk did not connect to postgres @ 127\.0\.0\.1:\d+ \/ disclosure_desk .*Check you chose the CA certificate IT gave you/);
  });

  it('refuses a certificate issued to another server name, even from the right CA', async () => {
    await expect(connect(otherNameServer, 'org-ca.pem')).rejects.toThrow(/certificate was issued to another name than 127\.0\.0\.1.*Use the server name exactly as IT gave it/);
  });
});

describe('the pool settings', () => {
  const settings = { host: 'db.example.gov.uk', port: 5432, database: 'desk', user: 'jo', sslmode: 'verify-full' as const, sslrootcert: null };

  it('verifies the server by name with the CA file\'s contents, and never holds a password', () => {
    const config = teamPoolConfig({ ...settings, sslrootcert: join(dir, 'org-ca.pem') }, { env: {}, home: dir });
    expect(config.ssl).toMatchObject({ rejectUnauthorized: true, checkServerName: true, servername: 'db.example.gov.uk' });
    expect(config.ssl && config.ssl.ca).toContain('BEGIN CERTIFICATE');
    expect(JSON.stringify(config)).not.toMatch(/password/i);
    // The CA chosen in the dialog wins; PGSSLROOTCERT is libpq's fallback.
    expect(teamPoolConfig(settings, { caFile: join(dir, 'org-ca.pem'), env: {}, home: dir }).ssl).toMatchObject({ rejectUnauthorized: true });
    expect(teamPoolConfig(settings, { env: { PGSSLROOTCERT: join(dir, 'org-ca.pem') }, home: dir }).ssl).toMatchObject({ rejectUnauthorized: true });
  });

  it('asks for the CA file when there is none, and refuses a file that is not a certificate', () => {
    expect(() => teamPoolConfig(settings, { env: {}, home: dir })).toThrow(/needs the CA certificate that signed the server's certificate. Ask IT for it/);
    expect(() => teamPoolConfig(settings, { caFile: join(dir, 'org-ca.key'), env: {}, home: dir })).toThrow(/is not a CA certificate in PEM form/);
    expect(() => teamPoolConfig(settings, { caFile: join(dir, 'nothing.pem'), env: {}, home: dir })).toThrow(/could not be read \(there is no such file\)/);
  });

  it('finds the password as libpq does, and says where to put it when there is none', async () => {
    expect(await teamPassword(settings, { password: 'typed', env: { PGPASSWORD: 'env' } })()).toBe('typed');
    expect(await teamPassword(settings, { env: { PGPASSWORD: 'env' }, home: dir })()).toBe('env');
    writeFileSync(join(dir, '.pgpass'), 'db.example.gov.uk:5432:desk:jo:from-file\n', { mode: 0o600 });
    expect(await teamPassword(settings, { env: {}, home: dir, platform: 'linux' })()).toBe('from-file');
    await expect(teamPassword({ ...settings, user: 'sam' }, { env: {}, home: dir, platform: 'linux' })()).rejects.toThrow(/asks for sam's password and none was given\. Set PGPASSWORD/);
  });
});
