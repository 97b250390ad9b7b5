import type { DeskErrorData } from '../api/errors';

/**
 * What File › Connect to team workspace… sends from the window to the main process
 * (renderer/src/team/ConnectDialog.tsx → electron/shell/teamConnect.ts), checked there as every IPC
 * input is. Either a connection string, or the server, database and user. The password crosses
 * once, to be used and (if asked) kept by the operating system's keychain; it is never sent back to
 * the window. Checked by hand, not with zod: the main process loads no schema library at start
 * (scripts/builtEntries.test.ts), and this is its only input of its own.
 */
export interface TeamConnectRequestData {
  connectionString: string;
  host: string;
  port: string;
  database: string;
  user: string;
  /** The CA file's path, as the open dialog gave it ('' for none chosen). */
  caFile: string;
  /** '' to use the one kept for this connection (or PGPASSWORD / ~/.pgpass). */
  password: string;
  rememberPassword: boolean;
}

/** What the window may send: every field may be left out (empty, or false). */
export type TeamConnectRequest = Partial<TeamConnectRequestData>;

/** Each text field and the most it may hold. */
const TEXT_LIMITS = { connectionString: 2000, host: 255, port: 5, database: 63, user: 63, caFile: 4096, password: 1000 } as const;

/** The request as sent, with defaults filled, or null when it is not one: an unknown key, a wrong type, a field too long. */
export function readTeamConnectRequest(input: unknown): TeamConnectRequestData | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const given = input as Record<string, unknown>;
  const known = new Set<string>([...Object.keys(TEXT_LIMITS), 'rememberPassword']);
  if (Object.keys(given).some((k) => !known.has(k))) return null;
  const out: Record<string, unknown> = {};
  for (const [key, limit] of Object.entries(TEXT_LIMITS)) {
    const value = given[key] ?? '';
    if (typeof value !== 'string' || value.length > limit) return null;
    out[key] = value;
  }
  const remember = given['rememberPassword'] ?? false;
  if (typeof remember !== 'boolean') return null;
  return { ...(out as Omit<TeamConnectRequestData, 'rememberPassword'>), rememberPassword: remember };
}

export type TeamConnectResult =
  | {
      ok: true;
      /** "jo_bloggs @ db.example.gov.uk / disclosure_desk": for the title bar. */
      description: string;
      /** Said to the officer after connecting: why a password asked to be kept was not. */
      notice?: string;
    }
  | { ok: false; error: DeskErrorData };

/** The window's way to the main process for connecting (window.teamBridge, electron/shell/preload.ts). */
export interface TeamBridge {
  /** The shell's open dialog for the CA certificate: its path, or null if cancelled. */
  chooseCaFile(): Promise<string | null>;
  connect(request: TeamConnectRequest): Promise<TeamConnectResult>;
}
