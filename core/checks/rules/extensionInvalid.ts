import { MAX_PUBLIC_INTEREST_EXTENSION_DAYS } from '../../deadlines';
import { finding, type Rule } from '../rule';
import { datesWithExtensions, statutoryDates } from './caseDates';

// Rests on FOIA s10(3) ("such time as is reasonable"), EIR reg 7(1) and EISR reg 7(1) (40 days if complex and voluminous); FOISA has no extension.
/**
 * An extension the regime does not allow is an error: a public interest extension under FOISA, the EIR
 * or the EISR, or the 40-day complex extension outside the environmental regulations. A FOIA public
 * interest extension past 20 further working days is lawful if reasonable (s10(3)); the ICO expects no
 * more than 20 further days normally, so that is a warning asking the officer to be sure, not a block.
 * The deadline screen quietly ignores such an extension; this says so out loud.
 */
export const extensionInvalid: Rule = {
  id: 'extension-invalid',
  summary: 'An extension the regime does not allow, or longer than the ICO normally expects',
  check(view, ctx) {
    const limit = { settings: ctx.organisation, today: ctx.today };
    if (!statutoryDates(view.c, ctx.extraHolidays, limit)) return [];
    const result = datesWithExtensions(view.c, ctx.extraHolidays, limit);
    if (result.ok && result.beyondGuidance) {
      const days = view.c.clock.publicInterestExtensionDays;
      return [finding(view, this.id, 'warning', `A public interest extension of ${days} working days is longer than the Information Commissioner normally expects (no more than ${MAX_PUBLIC_INTEREST_EXTENSION_DAYS} further working days). Section 10(3) allows such time as is reasonable, so it is not unlawful in itself: record why this case needs it, and tell the requester. The notice naming the exemption was still due on day 20.`, { place: 'clock' })];
    }
    if (result.ok) return [];
    return [finding(view, this.id, 'error', `${result.message} Change the extension on the case's clock.`, { place: 'clock' })];
  },
};
