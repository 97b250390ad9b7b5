import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isIP } from 'node:net';
import { join } from 'node:path';
import type pg from 'pg';
import { DeskError } from '../../../core/api/errors';
import { describeTeamConnection, type TeamConnectionSettings } from '../../../core/team/teamConnection';
import { readPgPass } from './pgPass';

/**
 * From checked settings (core/team/teamConnection.ts) to what the `pg` client needs: the CA file
 * read, TLS set to verify the server, and the password found by libpq's rules (given, else
 * PGPASSWORD, else the password file: ./pgPass.ts). Used by the CLI (`--db postgres://…`, through
 * ./teamWorkspaceConnection.ts) and by the app's File › Connect to team workspace…
 * (electron/shell/teamConnect.ts).
 *
 * No `pg` at run time here (types only): the app's main process uses this, and loading `pg` there
 * would slow every start. TeamPoolConfig is plain data, without the password, so the main process
 * can hand it to the service host process; toPgPoolConfig turns it into the pg.PoolConfig there.
 */
export interface TeamTls {
  /** The CA certificates (PEM) the server's certificate must chain to; absent: the operating system's own CAs (sslrootcert=system). */
  ca?: string;
  /** false only for sslmode=require on loopback: encrypted, nothing checked. */
  rejectUnauthorized: boolean;
  /** Whether the certificate must be issued to the host connected to (verify-full); verify-ca (loopback only) does not. */
  checkServerName: boolean;
  /** SNI and the name checked: the host, unless it is an IP address (RFC 6066 forbids IP addresses in SNI). */
  servername?: string;
}

export interface TeamPoolConfig {
  host: string;
  port: number;
  database: string;
  user: string;
  ssl: false | TeamTls;
  application_name: string;
}

export interface TeamConnectionEnvironment {
  env?: NodeJS.ProcessEnv;
  home?: string;
  platform?: NodeJS.Platform;
}

/** The CA file to use, by libpq's order: chosen now, in the settings, PGSSLROOTCERT, ~/.postgresql/root.crt. */
function caFileFor(settings: TeamConnectionSettings, caFile: string | undefined, { env = process.env, home = homedir() }: TeamConnectionEnvironment): string | null {
  const chosen = caFile?.trim() || settings.sslrootcert || env['PGSSLROOTCERT'];
  if (chosen) return chosen;
  const fallback = join(home, '.postgresql', 'root.crt');
  return existsSync(fallback) ? fallback : null;
}

function readCa(file: string, description: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new DeskError('invalid-input', `The CA file ${file} could not be read (${code === 'ENOENT' ? 'there is no such file' : (err as Error).message}). Choose the CA certificate IT gave you for ${description}.`);
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    throw new DeskError('invalid-input', `${file} is not a CA certificate in PEM form (it has no "BEGIN CERTIFICATE" line). Choose the CA certificate file IT gave you (usually ending .pem or .crt).`);
  }
  return text;
}

/** The plain pool settings: reads the CA file when the server is to be verified. */
export function teamPoolConfig(settings: TeamConnectionSettings, options: { caFile?: string | undefined } & TeamConnectionEnvironment = {}): TeamPoolConfig {
  const description = describeTeamConnection(settings);
  const base = { host: settings.host, port: settings.port, database: settings.database, user: settings.user, application_name: 'Disclosure Desk' };
  const mode = settings.sslmode;
  // Only on loopback (core/team/teamConnection.ts refuses them elsewhere): nothing to encrypt.
  if (mode === 'disable' || mode === 'allow' || mode === 'prefer') return { ...base, ssl: false };
  if (mode === 'require') return { ...base, ssl: { rejectUnauthorized: false, checkServerName: false } };
  const servername = isIP(settings.host) === 0 ? settings.host : undefined;
  const file = caFileFor(settings, options.caFile, options);
  if (!file) {
    throw new DeskError(
      'invalid-input',
      `To check it is talking to ${settings.host}, Disclosure Desk needs the CA certificate that signed the server's certificate. Ask IT for it, then choose it as the CA file (or add sslrootcert=/path/to/ca.pem to the connection string).`,
    );
  }
  const tls: TeamTls = { rejectUnauthorized: true, checkServerName: mode === 'verify-full', ...(servername ? { servername } : {}) };
  if (file !== 'system') tls.ca = readCa(file, description);
  return { ...base, ssl: tls };
}

/** The password, asked for only when the server wants one: given, else PGPASSWORD, else the password file. */
export function teamPassword(settings: TeamConnectionSettings, options: { password?: string | null | undefined } & TeamConnectionEnvironment = {}): () => Promise<string> {
  return async () => {
    if (options.password) return options.password;
    const env = options.env ?? process.env;
    if (env['PGPASSWORD'] !== undefined) return env['PGPASSWORD'];
    const found = readPgPass(settings, options);
    if (found.password !== null) return found.password;
    const why = found.ignored ? ` (${found.ignored})` : '';
    throw new DeskError(
      'unavailable',
      `The server asks for ${settings.user}'s password and none was given${why}. Set PGPASSWORD, or add a line for this server to your PostgreSQL password file (~/.pgpass, readable by you alone), or type it in File › Connect to team workspace….`,
    );
  };
}

/** The pg.PoolConfig for plain pool settings, on whichever process opens the pool. */
export function toPgPoolConfig(plain: TeamPoolConfig, password: pg.PoolConfig['password']): pg.PoolConfig {
  const { ssl, ...rest } = plain;
  if (!ssl) return { ...rest, ssl: false, password };
  const { checkServerName, ...tls } = ssl;
  // verify-ca: the chain is checked, the name is not (allowed on loopback only).
  return { ...rest, password, ssl: checkServerName ? tls : { ...tls, checkServerIdentity: () => undefined } };
}
