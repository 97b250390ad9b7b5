import { blockingFindings } from './applyOverrides';
import type { Finding } from './finding';

/**
 * What stops a month's log being published. By month end the letters have gone: a refusal that
 * lacked its public interest test is a defect of the letter (the send checks catch it), not a
 * reason to withhold the log. What the log itself must never carry is personal data and unfinished
 * text, so only those rules block publishing.
 */
export const PUBLICATION_RULE_IDS: ReadonlySet<string> = new Set([
  'requester-details',
  'email-address',
  'phone-number',
  'postcode',
  'ni-number',
  'date-of-birth',
  'vehicle-registration',
  'named-greeting',
  'placeholder-text',
  'unfilled-variable',
]);

export function publicationBlockers(findings: readonly Finding[]): Finding[] {
  return blockingFindings(findings).filter((f) => PUBLICATION_RULE_IDS.has(f.ruleId));
}
