import type { z } from 'zod';

/**
 * Every way a desk call can fail, as a stable code the window branches on (never the message,
 * which is for the officer and may be reworded). Expected failures have a code of their own;
 * `internal` is kept for faults in the app itself.
 */
export const DESK_ERROR_CODES = [
  /** The request breaks the contract or a rule: the message names the field and the fix. */
  'invalid-input',
  /** Something the request names (a clause, a reference, a month's log) is not there. */
  'not-found',
  /** The case the window is showing is no longer in the workspace: go back to the list. */
  'case-missing',
  /** A reference or id is already taken. */
  'conflict',
  /** The response or log fails the checks that guard sending or publishing. */
  'checks-failed',
  /** No Chromium, Chrome or Edge to print a PDF with (DOCX and HTML still work). */
  'browser-missing',
  /** Another program or window is writing to the workspace file: wait and try again. */
  'workspace-locked',
  /** The workspace, its folder or the clause library cannot be used as it is. */
  'unavailable',
  /** The officer cancelled a long call; nothing was written. */
  'cancelled',
  /** A fault in the app (an answer that breaks the contract, an unexpected exception). */
  'internal',
] as const;

export type DeskErrorCode = (typeof DESK_ERROR_CODES)[number];

/** How an error crosses IPC, the e2e binding and contextBridge: plain data, never a thrown Error. */
export interface DeskErrorData {
  code: DeskErrorCode;
  message: string;
  /** Plain data the window may need to act (a version conflict carries the stored answer: core/team). */
  detail?: unknown;
}

export function isDeskErrorCode(value: unknown): value is DeskErrorCode {
  return typeof value === 'string' && (DESK_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The one error type that crosses the contract. Its message is written for the officer and says
 * what to do next; `code` lets the window choose how to show it.
 */
export class DeskError extends Error {
  constructor(
    readonly code: DeskErrorCode,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'DeskError';
  }

  toData(): DeskErrorData {
    return { code: this.code, message: this.message, ...(this.detail !== undefined ? { detail: this.detail } : {}) };
  }

  /** Re-creates the error a host sent as data; a code this build does not know is a fault, not a guess. */
  static fromData(data: unknown): DeskError {
    const d = (data ?? {}) as Partial<Record<keyof DeskErrorData, unknown>>;
    const message = typeof d.message === 'string' && d.message ? d.message : 'The request failed without saying why. Try again; if it happens again, report it.';
    return new DeskError(isDeskErrorCode(d.code) ? d.code : 'internal', message, d.detail);
  }
}

/**
 * The code of anything a desk call rejected with. Duck-typed rather than `instanceof`, because a
 * client bundled separately (the e2e bridge) has its own copy of the DeskError class.
 */
export function deskErrorCode(err: unknown): DeskErrorCode | null {
  if (err instanceof DeskError) return err.code;
  const code = (err as { name?: unknown; code?: unknown } | null)?.code;
  return (err as { name?: unknown } | null)?.name === 'DeskError' && isDeskErrorCode(code) ? code : null;
}

/**
 * Failures of the file under the store that an officer can act on, recognised by the error codes
 * SQLite and Node put on their errors (duck-typed: core imports neither). Anything else is a fault.
 */
export function explainSystemError(err: unknown): DeskError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new DeskError('workspace-locked', 'The workspace is busy: another window or program is writing to it. Wait a moment and try again; if it stays busy, close the other program (or the other copy of Disclosure Desk).');
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new DeskError('unavailable', 'The workspace cannot be written to: its file or folder is read-only. Copy the workspace to a folder you can write to, or ask IT for write access.');
  }
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return new DeskError('unavailable', 'The disk holding the workspace is full, so nothing more could be saved. Free some space and try again.');
  }
  return null;
}

/** "cases[0].received" from zod's ['cases', 0, 'received']: the JSON path an officer can find. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out || '(top level)';
}

export function describeZodError(error: z.ZodError, limit = 5): string {
  const lines = error.issues.slice(0, limit).map((i) => `${formatIssuePath(i.path)}: ${i.message}`);
  const more = error.issues.length - limit;
  if (more > 0) lines.push(`…and ${more} more`);
  return lines.join('; ');
}
