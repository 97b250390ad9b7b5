import { caseDeadline, type TimeLimitSettings } from '../deadlines/caseDeadline';
import { isCaseOpen } from '../model/caseStatus';
import type { StatisticsCase } from './statisticsCase';

/**
 * Where a request stands for the statistics: answered within the time limit, within a permitted
 * extension, late; still open; or closed without a response being sent (withdrawn, lapsed).
 */
export type Timeliness = 'within-limit' | 'within-extension' | 'late' | 'open' | 'closed-unanswered';

/**
 * "In time" as central government counts it: within the statutory time limit (20 working days, or the
 * limit as varied for schools and the other SI 2004/3364 cases, with the clock stopped for clarification
 * and fees), or within a permitted extension (FOIA s10(3) public interest, EIR/EISR complex and
 * voluminous). The due dates are the ones the case list shows (core/deadlines/caseDeadline), counted to
 * the day the response was sent.
 */
export function timelinessOf(c: StatisticsCase, extraHolidays: readonly string[], settings?: TimeLimitSettings): Timeliness {
  if (isCaseOpen(c)) return 'open';
  if (c.sent === null) return 'closed-unanswered';
  const d = caseDeadline(c, extraHolidays, c.sent, settings);
  if (c.sent <= d.due) return 'within-limit';
  if (d.extendedDue !== null && c.sent <= d.extendedDue) return 'within-extension';
  return 'late';
}
