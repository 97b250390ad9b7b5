import { z } from 'zod';
import type { DeskErrorData } from '../api/errors';

/**
 * What File › Connect to team workspace… sends from the window to the main process
 * (renderer/src/team/ConnectDialog.tsx → electron/shell/teamConnect.ts), checked there with this
 * schema as every IPC input is. Either a connection string, or the server, database and user.
 * The password crosses once, to be used and (if asked) kept by the operating system's keychain;
 * it is never sent back to the window.
 */
export const TeamConnectRequestSchema = z
  .object({
    connectionString: z.string().max(2000).default(''),
    host: z.string().max(255).default(''),
    port: z.string().max(5).default(''),
    database: z.string().max(63).default(''),
    user: z.string().max(63).default(''),
    /** The CA file's path, as the open dialog gave it ('' for none chosen). */
    caFile: z.string().max(4096).default(''),
    /** '' to use the one kept for this connection (or PGPASSWORD / ~/.pgpass). */
    password: z.string().max(1000).default(''),
    rememberPassword: z.boolean().default(false),
  })
  .strict();
export type TeamConnectRequest = z.input<typeof TeamConnectRequestSchema>;

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
