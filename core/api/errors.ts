import type { z } from 'zod';

export type DeskErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'unavailable' | 'internal';

/**
 * The one error type that crosses the contract. Its message is written for the officer and says
 * what to do next; `code` lets the window choose how to show it.
 */
export class DeskError extends Error {
  constructor(
    readonly code: DeskErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DeskError';
  }
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
