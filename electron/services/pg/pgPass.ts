import { readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The password for a team workspace from libpq's password file, read by libpq's rules, so the file
 * IT's tools (psql, pg_dump) use works here too. The `pg` client reads it as well, but that is
 * deprecated there and prints a warning, so it is read here.
 *
 * - The file is $PGPASSFILE, else ~/.pgpass (%APPDATA%\postgresql\pgpass.conf on Windows).
 * - Each line is hostname:port:database:username:password; `*` matches anything; `\:` and `\\`
 *   stand for `:` and `\`; lines starting with # are comments; the first matching line wins.
 * - Off Windows the file is ignored if group or others may read or write it (libpq: "permissions
 *   should be u=rw (0600) or less"), and the reason is given back so the officer can fix it.
 */
export interface PgPassTarget {
  host: string;
  port: number;
  database: string;
  user: string;
}

export interface PgPassLookup {
  password: string | null;
  /** Why the file was not used, when it exists but was ignored. */
  ignored?: string;
}

export interface PgPassEnvironment {
  env?: NodeJS.ProcessEnv;
  home?: string;
  platform?: NodeJS.Platform;
}

export function pgPassFile({ env = process.env, home = homedir(), platform = process.platform }: PgPassEnvironment = {}): string {
  if (env['PGPASSFILE']) return env['PGPASSFILE'];
  return platform === 'win32' ? join(env['APPDATA'] ?? home, 'postgresql', 'pgpass.conf') : join(home, '.pgpass');
}

/** Splits a line on unescaped colons, undoing the escapes. */
function fieldsOf(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) current += line[++i];
    else if (ch === ':') {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  return fields;
}

/** The first matching line's password, from the file's text. */
export function matchPgPass(text: string, target: PgPassTarget): string | null {
  // libpq matches "localhost" for a connection over the local socket; this app always uses TCP.
  const wanted = [target.host, String(target.port), target.database, target.user];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const fields = fieldsOf(raw);
    if (fields.length < 5) continue;
    // As libpq: whatever follows the fourth field is the password, colons and all.
    if (fields.slice(0, 4).every((f, i) => f === '*' || f === wanted[i])) return fields.slice(4).join(':');
  }
  return null;
}

export function readPgPass(target: PgPassTarget, environment: PgPassEnvironment = {}): PgPassLookup {
  const file = pgPassFile(environment);
  const platform = environment.platform ?? process.platform;
  let mode: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { password: null, ignored: `${file} is not a plain file` };
    mode = stat.mode;
  } catch {
    return { password: null };
  }
  if (platform !== 'win32' && (mode & 0o077) !== 0) {
    return { password: null, ignored: `${file} may be read by other users (permissions ${(mode & 0o777).toString(8).padStart(4, '0')}), so it was ignored; make it yours alone with "chmod 0600 ${file}"` };
  }
  try {
    return { password: matchPgPass(readFileSync(file, 'utf8'), target) };
  } catch (err) {
    return { password: null, ignored: `${file} could not be read (${(err as Error).message})` };
  }
}
