import { MAX_PUBLIC_INTEREST_EXTENSION_DAYS, addWorkingDays, allowsPublicInterestExtension, caseDueDatesInput, dueDates, type DueDates, type TimeLimitSettings } from '../../deadlines';
import type { Case } from '../../model';

/** `beyondGuidance`: a FOIA public interest extension past the ICO's 20 further days, counted as claimed (s10(3) "reasonable"). */
export type DatesResult = { ok: true; dates: DueDates; beyondGuidance?: boolean } | { ok: false; message: string };

/**
 * The time limit's context: the organisation (a school's rule and closures) and the day an awaited fee's
 * pause runs to. Without it the dates are the case's own: its marked variation and fee pause still count.
 */
export interface TimeLimitContext {
  settings?: TimeLimitSettings;
  today?: string;
}

/** The case's due dates with its recorded extensions, or why those extensions cannot stand. */
export function datesWithExtensions(c: Case, extraHolidays: readonly string[], limit: TimeLimitContext = {}): DatesResult {
  const input = caseDueDatesInput(c, extraHolidays, c.sent ?? limit.today ?? c.received, limit.settings);
  try {
    return { ok: true, dates: dueDates(input) };
  } catch (err) {
    const days = input.publicInterestExtensionDays ?? 0;
    // dueDates refuses more than 20 further days; the law only says "reasonable", so the checks count the
    // extension as claimed (extension-invalid warns) rather than fall back to day 20 and call it late.
    if (allowsPublicInterestExtension(c.regime) && Number.isInteger(days) && days > MAX_PUBLIC_INTEREST_EXTENSION_DAYS) {
      try {
        const dates = dueDates({ ...input, publicInterestExtensionDays: 0 });
        return { ok: true, dates: { ...dates, extendedDue: addWorkingDays(dates.statutoryDue, days, c.regime, extraHolidays) }, beyondGuidance: true };
      } catch {
        // Something else is wrong too: report the original message.
      }
    }
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** Due dates ignoring the extensions: undefined only if the dates themselves are broken. */
export function statutoryDates(c: Case, extraHolidays: readonly string[], limit: TimeLimitContext = {}): DueDates | undefined {
  const input = caseDueDatesInput(c, extraHolidays, c.sent ?? limit.today ?? c.received, limit.settings);
  try {
    return dueDates({ ...input, publicInterestExtensionDays: 0, eirComplexExtension: false });
  } catch {
    try {
      // A variation or fee pause the law does not allow is reported by its own rule; the plain dates stand.
      return dueDates({ received: c.received, regime: c.regime, extraHolidays, clarificationReceived: c.clock.clarificationReceived });
    } catch {
      return undefined;
    }
  }
}
