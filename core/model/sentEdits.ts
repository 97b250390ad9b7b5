import type { Case } from './case';

/**
 * "Sent means sent": once a response has gone out, a change to the case changes the record, not
 * what the requester received, so it is made only with a reason (who, when and why are kept with the
 * case). These rules are shared by the service, which refuses an unexplained change, and the case
 * screen, which asks for the reason before the first change.
 */

/** The case went out: sent, or sent and then closed, with the date it was sent. */
export function countsAsSent(c: { status: Case['status']; sent: string | null }): boolean {
  return (c.status === 'sent' || c.status === 'closed') && c.sent !== null;
}

// The disclosure log is prepared after sending (its title, summary and whether it is published), and
// an override is a decision recorded about the checks, and an internal review comes after sending by
// definition: none of them changes what was sent.
const LOG_AND_CHECK_FIELDS = new Set(['publish', 'title', 'summary', 'overrides', 'review']);

/** The fields of `patch` whose value differs from the case's (a patch repeating a value changes nothing). */
export function changedFields(current: Record<string, unknown>, patch: Record<string, unknown>): string[] {
  return Object.keys(patch).filter((k) => patch[k] !== undefined && JSON.stringify(patch[k]) !== JSON.stringify(current[k]));
}

/**
 * Whether this change of a case's header needs a recorded reason. Marking a case sent does not (it is
 * not sent yet), nor closing a sent case or putting a closed one back to sent; taking it back out of
 * sent does, as does any change to what it holds.
 */
export function patchNeedsSentReason(current: Case | (Record<string, unknown> & Pick<Case, 'status' | 'sent'>), patch: Record<string, unknown>): boolean {
  if (!countsAsSent(current)) return false;
  const changed = changedFields(current as Record<string, unknown>, patch).filter((k) => !LOG_AND_CHECK_FIELDS.has(k));
  if (changed.length === 0) return false;
  const lifeCycleOnly = changed.length === 1 && changed[0] === 'status' && (patch['status'] === 'sent' || patch['status'] === 'closed');
  return !lifeCycleOnly;
}
