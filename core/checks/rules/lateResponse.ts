import { formatUkDate, workingDaysBetween } from '../../deadlines';
import { finding, type Rule } from '../rule';
import { datesWithExtensions, statutoryDates } from './caseDates';

// Rests on FOIA s10(1) (EIR reg 5(2), FOISA s10(1), EISR reg 5(2)): 20 working days, as extended or varied.

/**
 * A warning, not an error: a late response should still go out at once, and the delay belongs in the
 * statistics and in an apology, not in a block on sending.
 */
export const lateResponse: Rule = {
  id: 'late-response',
  summary: 'The response was (or will be) sent after the due date',
  check(view, ctx) {
    const { c } = view;
    // The due date follows the organisation's time limit (a school's 20 school days) and any fee pause.
    const limit = { settings: ctx.organisation, today: ctx.today };
    const extended = datesWithExtensions(c, ctx.extraHolidays, limit);
    const dates = extended.ok ? extended.dates : statutoryDates(c, ctx.extraHolidays, limit);
    if (!dates) return [];
    const due = dates.extendedDue ?? dates.statutoryDue;
    const extension = dates.extendedDue ? ' (with the recorded extension)' : '';
    if (c.sent) {
      if (c.sent <= due) return [];
      const late = workingDaysBetween(due, c.sent, c.regime, ctx.extraHolidays);
      return [finding(view, this.id, 'warning', `Sent on ${formatUkDate(c.sent)}, ${late} working day${late === 1 ? '' : 's'} after the due date of ${formatUkDate(due)}${extension}. If an extension was agreed, record it on the case's clock; otherwise the log's statistics will count this as late.`, { place: 'clock' })];
    }
    if (ctx.purpose !== 'send' || ctx.today <= due) return [];
    const late = workingDaysBetween(due, ctx.today, c.regime, ctx.extraHolidays);
    return [finding(view, this.id, 'warning', `This response is already ${late} working day${late === 1 ? '' : 's'} late (due ${formatUkDate(due)}${extension}). Send it as soon as you can and apologise for the delay.`)];
  },
};
