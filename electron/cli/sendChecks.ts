import { blockingFindings } from '../../core/checks/applyOverrides';
import type { Finding } from '../../core/checks/finding';
import type { ServiceCall } from './withService';

// The gate a response passes before it goes to the requester, as the window keeps it (CaseScreen's
// confirmSend and checks/useCheckGate): the send checks run, an error nobody has overridden stops
// the letter, and going ahead anyway needs a reason, kept on the case as one override a finding.

/** Where a finding sits, as an officer would look for it. */
function place(f: Finding): string {
  return f.questionNumber ? `Question ${f.questionNumber}` : 'The whole response';
}

/** The refusal, one failing check a line: what the window's "Before this response goes out" dialog lists. */
export function sendRefusal(ref: string, blocking: readonly Finding[]): string {
  const count = blocking.length === 1 ? 'one check fails' : `${blocking.length} checks fail`;
  return [
    `the response to ${ref} cannot go out yet: ${count}, so nothing was written.`,
    ...blocking.map((f, i) => `  ${i + 1}. ${place(f)}: ${f.message}`),
    `Put ${blocking.length === 1 ? 'it' : 'them'} right in the case, or go ahead with --override "why", which is kept with the case.`,
  ].join('\n');
}

/**
 * Runs the send checks on one case. Resolves with the findings that were overridden (none when all
 * pass); rejects with the refusal when a check fails and no reason was given. The reason goes on
 * every failing check through recordOverrides, the one call the window's gate makes.
 */
export async function passSendChecks(call: ServiceCall, caseId: string, ref: string, reason: string | undefined): Promise<Finding[]> {
  const blocking = blockingFindings(await call('checkCase', { id: caseId, purpose: 'send' }));
  if (blocking.length === 0) return [];
  if (reason === undefined) throw new Error(sendRefusal(ref, blocking));
  const overrides = blocking.map((f) => ({
    caseRef: f.caseRef,
    ruleId: f.ruleId,
    reason,
    ...(f.answerId ? { answerId: f.answerId } : {}),
    ...(f.questionNumber ? { questionNumber: f.questionNumber } : {}),
  }));
  await call('recordOverrides', { overrides });
  return blocking;
}
