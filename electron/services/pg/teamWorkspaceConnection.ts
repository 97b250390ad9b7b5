import type pg from 'pg';
import { DeskError } from '../../../core/api/errors';
import { describeTeamConnection, parseTeamConnectionString, type TeamConnectionSettings } from '../../../core/team/teamConnection';
import { connectError } from './pgConnection';
import { teamPassword, teamPoolConfig, toPgPoolConfig, type TeamConnectionEnvironment, type TeamPoolConfig } from './teamPoolConfig';

/**
 * A team workspace's connection, ready for openPgPool (./pgConnection.ts): for the CLI's
 * `--db postgres://…` and for whichever process opens the pool (the service host, in the app). The
 * failures of connecting are said here too (teamConnectError), so each says what to do.
 */

export interface TeamWorkspaceConnection {
  settings: TeamConnectionSettings;
  /** "jo_bloggs @ db.example.gov.uk / disclosure_desk": for messages and the title bar. */
  description: string;
  /** Plain data, no password: may cross to another process. */
  poolConfig: TeamPoolConfig;
  /** Ready for openPgPool: the password is asked for only when the server wants one. */
  config: pg.PoolConfig;
}

/**
 * `--db postgres://…` for the CLI (and the dialog's connection string): checked, the CA read, the
 * password from the string (used, never kept), else PGPASSWORD or ~/.pgpass.
 */
export function openTeamWorkspaceConnection(url: string, options: { caFile?: string | undefined; password?: string | undefined } & TeamConnectionEnvironment = {}): TeamWorkspaceConnection {
  const { settings, password } = parseTeamConnectionString(url, { caFile: options.caFile });
  return teamWorkspaceConnection(settings, { ...options, password: options.password ?? password ?? undefined });
}

export function teamWorkspaceConnection(settings: TeamConnectionSettings, options: { caFile?: string | undefined; password?: string | undefined } & TeamConnectionEnvironment = {}): TeamWorkspaceConnection {
  const poolConfig = teamPoolConfig(settings, options);
  return { settings, description: describeTeamConnection(settings), poolConfig, config: toPgPoolConfig(poolConfig, teamPassword(settings, options)) };
}

/** SQLSTATE invalid_password: the server refused the password. */
const WRONG_PASSWORD = '28P01';

/** Node's codes for a certificate that does not chain to the CA given. */
const UNTRUSTED = new Set(['SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_SIGNATURE_FAILURE']);

/**
 * A failure to connect, said so that the officer or IT can act on it: TLS failures get their own
 * words (which CA, which name); the rest as ./pgConnection.ts says them. The connection is named by
 * its description, never by its string.
 */
export function teamConnectError(err: unknown, settings: TeamConnectionSettings): unknown {
  // openPgStore says every failure to connect alike (pgConnection.ts); the server's error is its cause.
  const cause = (err as { cause?: unknown }).cause;
  if (err instanceof DeskError && cause !== undefined && !(cause instanceof DeskError)) return teamConnectError(cause, settings);
  if (err instanceof DeskError) return named(err, settings);
  const code = String((err as { code?: unknown }).code ?? '');
  const message = (err as Error)?.message ?? String(err);
  const who = describeTeamConnection(settings);
  if (code === WRONG_PASSWORD) {
    // Marked, so a password kept by the keychain that the server no longer takes is forgotten (electron/shell/teamConnect.ts).
    return new DeskError('unavailable', `The server refused the password for ${who}. Check it (passwords are case-sensitive) and connect again, or ask IT to reset it.`, { reason: 'wrong-password' });
  }
  if (UNTRUSTED.has(code)) {
    return new DeskError('unavailable', `The server's certificate is not signed by the CA file you chose, so Disclosure Desk did not connect to ${who} (${message}). Check you chose the CA certificate IT gave you for this server.`);
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new DeskError('unavailable', `The server's certificate was issued to another name than ${settings.host}, so Disclosure Desk did not connect to ${who} (${message}). Use the server name exactly as IT gave it (the one on its certificate), or ask IT to fix the certificate.`);
  }
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') {
    return new DeskError('unavailable', `The server's certificate is out of date (${message}), so Disclosure Desk did not connect to ${who}. Ask IT to renew it; check this computer's date too.`);
  }
  if (/does not support SSL/i.test(message)) {
    return new DeskError('unavailable', `${settings.host} does not accept encrypted (TLS) connections, so Disclosure Desk did not connect. Ask IT to turn TLS on for the server (docs/team.md, "TLS").`);
  }
  return named(connectError(err), settings);
}

/** "The team workspace cannot be reached" says which one, so an officer with two knows which is away. */
function named(err: unknown, settings: TeamConnectionSettings): unknown {
  if (!(err instanceof DeskError) || !err.message.startsWith('The team workspace cannot be reached')) return err;
  return new DeskError(err.code, err.message.replace('The team workspace', `The team workspace ${describeTeamConnection(settings)}`), err.detail);
}
