import type { CallProgress } from '../../../core/api/calls';
import type { DispatchResult } from '../../../core/api/dispatch';
import type { DeskErrorData } from '../../../core/api/errors';
import type { TeamWorkspaceToOpen } from '../openTeamDesk';

/**
 * The messages between the app's shell (Electron's main process) and the service host (the
 * utility process that owns the workspace's SQLite connection). Plain data, because they cross a
 * process boundary by structured clone. Numbered `id`s pair each answer with its request.
 */

/** Shell to host. */
export type ToHost =
  /** Open this workspace file; the one open before is closed only once this one has opened. */
  | { type: 'open'; id: number; file: string; create: boolean }
  /**
   * Open a team workspace (PostgreSQL), checked by the shell (electron/shell/teamConnect.ts); as for a
   * file, the one open before is closed only once this one has opened. The password crosses here,
   * once, and is never logged.
   */
  | { type: 'openTeam'; id: number; team: TeamWorkspaceToOpen }
  /** One call of the DeskApi contract, exactly as the window made it (dispatch validates it here). */
  | { type: 'call'; id: number; method: unknown; input: unknown }
  /** The shell's answer to a `print` request: the PDF's bytes, or why it could not print. */
  | { type: 'printed'; id: number; pdf?: Uint8Array; error?: DeskErrorData }
  /** The app is quitting: close the workspace cleanly and end. */
  | { type: 'close' };

/** Host to shell. */
export type FromHost =
  /** Sent once, when the host is listening. */
  | { type: 'ready' }
  /** `path`: the file, or a team workspace's description. A team's `error` keeps its detail (a refused password is marked). */
  | { type: 'opened'; id: number; path?: string; error?: DeskErrorData }
  | { type: 'result'; id: number; result: DispatchResult }
  | { type: 'progress'; id: number; progress: CallProgress }
  /** PDFs are printed by Electron's Chromium, which only the main process can drive. */
  | { type: 'print'; id: number; html: string }
  /** An export to PDF is starting its checks: start the printer now, so its renderer is up by the print. */
  | { type: 'warm' };

/**
 * The least a message channel must offer: Electron's parentPort (after unwrapping its events),
 * a worker thread's parentPort and a forked child's process.send all fit it.
 */
export interface HostPort {
  postMessage(message: FromHost): void;
  on(event: 'message', listener: (message: ToHost) => void): void;
}
