import { z } from 'zod';

// Live refresh's part of the DeskApi contract, kept beside contract.ts so the shared file gains only
// one spread line. Another window or officer changed the workspace: the window hears of it by asking,
// not by being pushed to, so it works over every host (Electron's IPC invoke, the e2e bridge, the
// CLI) with nothing but the contract's one request/response channel.

/** The longest a waiter waits before answering "nothing yet": under any proxy's or IPC's idle limit. */
export const MAX_CHANGE_WAIT_MS = 30_000;
export const DEFAULT_CHANGE_WAIT_MS = 25_000;
/**
 * After telling its screens of changes, a window's live-refresh loop (renderer/src/live) rests this
 * long before it asks again, so a busy team's changes (fifteen officers autosaving) reach the window
 * a few at a time in one refresh of its list, not one list load per save per window. What lands
 * meanwhile is answered at once by the next ask, still well inside the second the officer is promised.
 */
export const LIVE_PACE_MS = 400;

/**
 * What changed: `case` (a case's own fields: title, status, owner, sign-off, the bin), `answer` (an
 * answer written or removed), `assignment` (a case given to an officer), or `many` (more changes than
 * are worth naming, or changes the workspace no longer remembers: read everything again). Text, not an
 * enum, so a workspace written by a newer version with kinds this one does not know still answers.
 */
export const WorkspaceChangeSchema = z
  .object({
    /** null for `many`. */
    caseId: z.string().nullable(),
    kind: z.string(),
    /** The case's reference now, when it still exists and this officer may see it. */
    ref: z.string().optional(),
    /** Who made the change, where the workspace knows (a team workspace: the officer's login). */
    by: z.string().optional(),
    /**
     * Made through this window's own connection (on a team workspace: by this officer's login), so the
     * window already shows it: no note, no refresh of what the officer is looking at.
     */
    own: z.boolean(),
  })
  .strict();
export type WorkspaceChange = z.infer<typeof WorkspaceChangeSchema>;

export const changesContract = {
  /**
   * Waits for the workspace to change. Without `after`: the current cursor at once (start from now).
   * With it: at once if anything changed after that cursor, else when something does, or after
   * `timeoutMs` with no changes and the same cursor. Pass the cursor it returns to the next call.
   * Cancelled by `cancelCall({ callId })`, so a window closing leaves no waiter behind.
   */
  waitForChanges: {
    input: z
      .object({
        after: z.number().int().min(0).optional(),
        timeoutMs: z.number().int().min(0).max(MAX_CHANGE_WAIT_MS).default(DEFAULT_CHANGE_WAIT_MS),
        callId: z.string().min(1).max(100).optional(),
      })
      .strict(),
    output: z.object({ cursor: z.number().int().min(0), changes: z.array(WorkspaceChangeSchema) }).strict(),
  },
} as const;
