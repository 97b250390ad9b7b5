import { DeskError } from '../api/errors';

/**
 * What an officer gives to reach a team workspace (a postgres:// connection string, or host,
 * database and user typed into File › Connect to team workspace…), read and checked before anything
 * touches the network. Pure: the CA file is read, and the password found, by the caller
 * (electron/services/pg/teamWorkspaceConnection.ts).
 *
 * The rules, and why:
 * - TLS is verify-full unless the officer says otherwise: encrypted, signed by the CA they chose, and
 *   issued to the server named. Anything weaker (disable, allow, prefer, require, verify-ca) lets
 *   whoever answers on the network read requesters' details or pose as the server, so it is refused
 *   unless the server is this computer's own loopback, where no network is crossed.
 * - The password is never part of the settings: a password found in a connection string is handed
 *   back on its own, to be used once or kept in the keychain, and the settings (remembered, shown in
 *   the title bar, printed in messages) never hold it.
 */
export const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

export const DEFAULT_PG_PORT = 5432;

/** Everything needed to reach the server except the password and the CA file's contents. */
export interface TeamConnectionSettings {
  host: string;
  port: number;
  database: string;
  user: string;
  sslmode: SslMode;
  /** The CA file's path, 'system' for the operating system's own CAs, or null for the default (~/.postgresql/root.crt). */
  sslrootcert: string | null;
}

export interface ParsedTeamConnection {
  settings: TeamConnectionSettings;
  /** A password written into the connection string, taken out of it; never kept with the settings. */
  password: string | null;
}

/** The fields of the Connect dialog, as typed. */
export interface TeamConnectionFields {
  host: string;
  port?: string | number | undefined;
  database: string;
  user: string;
  sslmode?: string | undefined;
  sslrootcert?: string | null | undefined;
}

/** The query parameters read from a connection string; anything else is refused rather than silently ignored. */
const KNOWN_PARAMS = ['sslmode', 'sslrootcert', 'password'];

export function isTeamConnectionString(text: string): boolean {
  return /^postgres(ql)?:\/\//i.test(text.trim());
}

/** This computer's own loopback: traffic to it never crosses a network. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

function invalid(message: string): DeskError {
  return new DeskError('invalid-input', message);
}

function decode(part: string, what: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw invalid(`The ${what} in the connection string has a stray "%". Write a "%" as %25, then try again.`);
  }
}

/**
 * Reads postgres://user[:password]@host[:port]/database[?sslmode=…&sslrootcert=…]. A CA file chosen
 * apart from the string (the dialog's file button, the CLI's caller) takes the place of sslrootcert.
 */
export function parseTeamConnectionString(text: string, chosen: { caFile?: string | undefined } = {}): ParsedTeamConnection {
  const trimmed = text.trim();
  if (!isTeamConnectionString(trimmed)) {
    throw invalid('A team workspace connection string starts with postgres://, for example postgres://jo_bloggs@db.example.gov.uk/disclosure_desk. Check what IT gave you.');
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw invalid('The connection string is not written as postgres://user@server/database. Check it against what IT gave you, or fill in the server, database and user instead.');
  }
  const params: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (!KNOWN_PARAMS.includes(key)) {
      throw invalid(`Disclosure Desk does not use "${key}" in a connection string (it reads sslmode and sslrootcert). Take it out and try again.`);
    }
    params[key] = value;
  }
  const userPassword = url.password ? decode(url.password, 'password') : null;
  const settings = checkTeamConnection({
    host: decode(url.hostname, 'server name'),
    port: url.port || undefined,
    database: decode(url.pathname.replace(/^\//, ''), 'database name'),
    user: decode(url.username, 'user name'),
    sslmode: params['sslmode'],
    sslrootcert: chosen.caFile?.trim() || params['sslrootcert'],
  });
  return { settings, password: userPassword ?? params['password'] ?? null };
}

/**
 * The settings from the dialog's fields (or a parsed string's), checked. Errors name the field and
 * the fix.
 */
export function checkTeamConnection(fields: TeamConnectionFields): TeamConnectionSettings {
  const host = fields.host.trim().replace(/^\[(.*)\]$/, '$1');
  if (!host) throw invalid('Fill in the server name (for example db.example.gov.uk): IT can tell you it.');
  if (/[\s,/]/.test(host)) throw invalid(`"${host}" is not a server name: give one server, without spaces or commas (for example db.example.gov.uk).`);
  const portText = String(fields.port ?? '').trim();
  const port = portText === '' ? DEFAULT_PG_PORT : Number(portText);
  if (!/^\d+$/.test(portText === '' ? String(DEFAULT_PG_PORT) : portText) || port < 1 || port > 65535) {
    throw invalid(`The port must be a whole number from 1 to 65535 (PostgreSQL's usual port is ${DEFAULT_PG_PORT}); "${portText}" is not.`);
  }
  const database = fields.database.trim();
  if (!database) throw invalid('Fill in the database name (for example disclosure_desk): IT can tell you it.');
  const user = fields.user.trim();
  if (!user) throw invalid('Fill in your user name: your own PostgreSQL login, which IT sets up for you. Officers never share one.');
  const loopback = isLoopbackHost(host);
  const modeText = (fields.sslmode ?? '').trim();
  const root = (fields.sslrootcert ?? '').trim();
  // On this computer's loopback nothing crosses a network, and a local server rarely has a
  // certificate: no TLS by default there, unless a CA was given, which says the officer wants it checked.
  const sslmode = (modeText || (loopback && !root ? 'disable' : 'verify-full')) as SslMode;
  if (!(SSL_MODES as readonly string[]).includes(sslmode)) {
    throw invalid(`sslmode "${modeText}" is not one PostgreSQL knows. Use sslmode=verify-full (or leave it out: verify-full is the default).`);
  }
  if (sslmode !== 'verify-full' && !loopback) throw invalid(weakTlsMessage(sslmode, host));
  return { host, port, database, user, sslmode, sslrootcert: root || null };
}

function weakTlsMessage(mode: SslMode, host: string): string {
  const why =
    mode === 'disable' || mode === 'allow' || mode === 'prefer'
      ? `would let the connection to ${host} go unencrypted, so requesters' details and your password could be read on the network`
      : mode === 'require'
        ? `encrypts the connection to ${host} but never checks who answers, so anyone on the network could pose as the server`
        : `checks who signed the certificate of ${host} but not that it was issued to ${host}, so another server with a certificate from the same CA could pose as it`;
  return `sslmode=${mode} is refused: it ${why}. Use sslmode=verify-full (the default) with the CA file IT gives you; only a server on this computer itself (localhost) may go without.`;
}

/** "jo_bloggs @ db.example.gov.uk / disclosure_desk", with the port when it is not PostgreSQL's usual one. Never a password. */
export function describeTeamConnection(s: Pick<TeamConnectionSettings, 'host' | 'port' | 'database' | 'user'>): string {
  const host = s.host.includes(':') ? `[${s.host}]` : s.host;
  return `${s.user} @ ${host}${s.port === DEFAULT_PG_PORT ? '' : `:${s.port}`} / ${s.database}`;
}

/** The settings as a connection string, without a password: safe to remember and to show. */
export function teamConnectionString(s: TeamConnectionSettings): string {
  const host = s.host.includes(':') ? `[${s.host}]` : s.host;
  const params = new URLSearchParams({ sslmode: s.sslmode });
  if (s.sslrootcert) params.set('sslrootcert', s.sslrootcert);
  return `postgres://${encodeURIComponent(s.user)}@${host}${s.port === DEFAULT_PG_PORT ? '' : `:${s.port}`}/${encodeURIComponent(s.database)}?${params.toString()}`;
}
