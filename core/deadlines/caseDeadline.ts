import type { Case } from '../model/case';
import { dueDates, type DueDates } from './dueDates';
import { workingDaysBetween } from './workingDays';
import type { IsoDate } from './isoDate';

export interface CaseDeadline {
  received: IsoDate;
  clockStart: IsoDate;
  due: IsoDate;
  extendedDue: IsoDate | null;
  /** Working days from today to the date that now binds (the extended one if claimed); negative when late. */
  workingDaysLeft: number;
}

type ClockedCase = Pick<Case, 'received' | 'regime' | 'clock' | 'sent'>;

/**
 * A case's deadline as the officer sees it. Stored clock data the law does not allow (an extension
 * the regime lacks, one over 20 days, a clarification dated before receipt) is set aside here, one
 * piece at a time, rather than hiding the statutory date or breaking the case list; the response
 * checks report it to the officer.
 */
export function caseDeadline(c: ClockedCase, extraHolidays: readonly IsoDate[], today: IsoDate): CaseDeadline {
  const base = {
    received: c.received,
    regime: c.regime,
    extraHolidays,
    clarificationReceived: c.clock.clarificationReceived,
  };
  const attempts = [
    () => dueDates({ ...base, publicInterestExtensionDays: c.clock.publicInterestExtensionDays, eirComplexExtension: c.clock.complexExtension }),
    () => dueDates(base),
    () => dueDates({ ...base, clarificationReceived: null }),
  ];
  let dates: DueDates | null = null;
  for (const attempt of attempts) {
    try {
      dates = attempt();
      break;
    } catch {
      // fall through to a simpler reading of the clock
    }
  }
  // The last attempt uses only fields the schema has already validated, so it cannot throw.
  dates ??= dueDates({ received: c.received, regime: c.regime, extraHolidays });
  const binding = dates.extendedDue ?? dates.statutoryDue;
  // Once sent, the count stops at the day it went out: "sent 2 days early" stays true next month.
  const asOf = c.sent ?? today;
  return {
    received: c.received,
    clockStart: dates.clockStart,
    due: dates.statutoryDue,
    extendedDue: dates.extendedDue,
    workingDaysLeft: workingDaysBetween(asOf, binding, c.regime, extraHolidays),
  };
}
