import { finding, type Rule } from '../rule';
import { datesWithExtensions, statutoryDates } from './caseDates';

/**
 * An extension the regime does not allow, or longer than the regulator accepts: a public interest extension
 * beyond 20 further working days, one under FOISA or the EIR, or the 40-day complex extension outside the EIR.
 * The deadline screen quietly ignores such an extension; this says so out loud.
 */
export const extensionInvalid: Rule = {
  id: 'extension-invalid',
  summary: 'An extension the regime does not allow',
  check(view, ctx) {
    if (!statutoryDates(view.c, ctx.extraHolidays)) return [];
    const result = datesWithExtensions(view.c, ctx.extraHolidays);
    if (result.ok) return [];
    return [finding(view, this.id, 'error', `${result.message} Change the extension on the case's clock.`)];
  },
};
