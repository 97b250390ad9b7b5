import type { CaseStatus } from './case';

/**
 * The case's life cycle rules, kept out of the screens and the store so the window, the CLI and the
 * case list all agree on them.
 */

/** Still being worked on: neither sent nor closed. The clock runs and the case counts as due. */
export function isCaseOpen(c: { status: CaseStatus }): boolean {
  return c.status !== 'sent' && c.status !== 'closed';
}

/**
 * A change of status, with what follows from it: marking a case sent records today as the date sent,
 * unless a date was already recorded or is being set in the same change (the officer may back-date it).
 */
export function withSentDate<P extends { status?: CaseStatus; sent?: string | null }>(
  current: { sent: string | null },
  patch: P,
  today: string,
): P {
  if (patch.status !== 'sent' || patch.sent !== undefined || current.sent !== null) return patch;
  return { ...patch, sent: today };
}

/**
 * Drafting has started once an answer has words: a New case moves to In progress by itself, so the
 * list never shows "New" for a case half written. Any other status is the officer's to change.
 */
export function statusOnceDrafting(status: CaseStatus, answerHasText: boolean): CaseStatus {
  return status === 'new' && answerHasText ? 'drafting' : status;
}
