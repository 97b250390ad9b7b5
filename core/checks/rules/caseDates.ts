import { dueDates, type DueDates } from '../../deadlines';
import type { Case } from '../../model';

export type DatesResult = { ok: true; dates: DueDates } | { ok: false; message: string };

/** The case's due dates with its recorded extensions, or why those extensions cannot stand. */
export function datesWithExtensions(c: Case, extraHolidays: readonly string[]): DatesResult {
  try {
    return {
      ok: true,
      dates: dueDates({
        received: c.received,
        regime: c.regime,
        extraHolidays,
        clarificationReceived: c.clock.clarificationReceived,
        publicInterestExtensionDays: c.clock.publicInterestExtensionDays,
        eirComplexExtension: c.clock.complexExtension,
      }),
    };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/** Due dates ignoring the extensions: undefined only if the dates themselves are broken. */
export function statutoryDates(c: Case, extraHolidays: readonly string[]): DueDates | undefined {
  try {
    return dueDates({ received: c.received, regime: c.regime, extraHolidays, clarificationReceived: c.clock.clarificationReceived });
  } catch {
    return undefined;
  }
}
