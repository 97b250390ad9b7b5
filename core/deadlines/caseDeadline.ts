import type { Case } from '../model/case';
import type { Organisation } from '../model/organisation';
import { explainedDueDates, type DueDatesInput, type ExplainedDueDates } from './dueDates';
import type { FeePause } from './feePause';
import type { TimeLimit } from './timeForCompliance';
import { workingDaysBetween } from './workingDays';
import type { IsoDate } from './isoDate';

export interface CaseDeadline {
  received: IsoDate;
  clockStart: IsoDate;
  due: IsoDate;
  extendedDue: IsoDate | null;
  /** Working days from today to the date that now binds (the extended one if claimed); negative when late. */
  workingDaysLeft: number;
  /** Which rule set the due date, in a line for the officer. */
  basis: string;
  /** The fee pause counted, if any; `awaitingFee` when the fee has not arrived and the pause runs to today. */
  feePause: (FeePause & { awaitingFee: boolean }) | null;
}

export type ClockedCase = Pick<Case, 'received' | 'regime' | 'clock' | 'sent'>;

/** The organisation settings that bear on a time limit: a school's rule and its days with no session. */
export type TimeLimitSettings = Pick<Organisation, 'timeLimitVariations' | 'schoolClosures'>;

/**
 * The time limit a case runs under. A variation the case marks (SI 2004/3364 regs 4 to 6) is a fact about
 * the request and wins; otherwise a school's FOIA requests follow reg 3 (and the 2010 Regulations for
 * Academies); otherwise 20 working days.
 */
export function caseTimeLimit(c: Pick<Case, 'regime' | 'clock'>, settings?: TimeLimitSettings): TimeLimit {
  const marked = c.clock.timeLimitVariation ?? 'none';
  if (marked === 'transferred-public-record') return { kind: marked };
  if (marked === 'armed-forces-operation' || marked === 'held-outside-uk') {
    return { kind: marked, commissionerSpecifiedDue: c.clock.commissionerSpecifiedDue ?? null };
  }
  if (c.regime === 'foia' && settings?.timeLimitVariations?.includes('school')) {
    return { kind: 'school', closures: settings.schoolClosures ?? [] };
  }
  return { kind: 'standard' };
}

/**
 * The fee pause as of `asOf`. While the fee is awaited the clock is stopped, so the pause is counted up
 * to `asOf`: the dates shown are those that hold if the fee arrives that day.
 */
export function caseFeePause(c: Pick<Case, 'clock'>, asOf: IsoDate): (FeePause & { awaitingFee: boolean }) | null {
  const from = c.clock.feeNoticeGiven;
  if (!from) return null;
  const received = c.clock.feeReceived ?? null;
  if (received) return { from, to: received, awaitingFee: false };
  return { from, to: asOf < from ? from : asOf, awaitingFee: true };
}

/** Everything the due dates of a case depend on, read from the case and its organisation's settings. */
export function caseDueDatesInput(c: ClockedCase, extraHolidays: readonly IsoDate[], asOf: IsoDate, settings?: TimeLimitSettings): DueDatesInput {
  const pause = caseFeePause(c, asOf);
  return {
    received: c.received,
    regime: c.regime,
    extraHolidays,
    clarificationReceived: c.clock.clarificationReceived,
    publicInterestExtensionDays: c.clock.publicInterestExtensionDays,
    eirComplexExtension: c.clock.complexExtension,
    timeLimit: caseTimeLimit(c, settings),
    feePause: pause && { from: pause.from, to: pause.to },
  };
}

/**
 * Readings of the clock from the fullest to the plainest: each drops one more piece of stored data the
 * law does not allow, so a bad extension or date costs only itself. A variation the case marks goes
 * before the body's own rule (a school's), which goes only if it cannot stand either.
 */
function simplerReadings(c: ClockedCase, settings?: TimeLimitSettings): ((i: DueDatesInput) => DueDatesInput)[] {
  const bodyLimit = caseTimeLimit({ regime: c.regime, clock: { ...c.clock, timeLimitVariation: 'none' } }, settings);
  return [
    (i) => ({ ...i, publicInterestExtensionDays: 0, eirComplexExtension: false }),
    (i) => ({ ...i, timeLimit: bodyLimit }),
    (i) => ({ ...i, timeLimit: { kind: 'standard' } }),
    (i) => ({ ...i, feePause: null }),
    (i) => ({ ...i, clarificationReceived: null }),
  ];
}

/**
 * A case's deadline as the officer sees it. Stored clock data the law does not allow (an extension
 * the regime lacks, one over 20 days, a clarification dated before receipt, a fee pause under the EIR)
 * is set aside here, one piece at a time, rather than hiding the statutory date or breaking the case list;
 * the response checks report it to the officer.
 */
export function caseDeadline(c: ClockedCase, extraHolidays: readonly IsoDate[], today: IsoDate, settings?: TimeLimitSettings): CaseDeadline {
  // Once sent, the count stops at the day it went out: "sent 2 days early" stays true next month.
  const asOf = c.sent ?? today;
  let input = caseDueDatesInput(c, extraHolidays, asOf, settings);
  const readings = simplerReadings(c, settings);
  let dates: ExplainedDueDates | null = null;
  for (let i = 0; dates === null; i++) {
    try {
      dates = explainedDueDates(input);
    } catch (err) {
      const simpler = readings[i];
      // The plainest reading uses only fields the schema has already validated, so it cannot throw.
      if (!simpler) throw err;
      input = simpler(input);
    }
  }
  const binding = dates.extendedDue ?? dates.statutoryDue;
  const pause = input.feePause ? caseFeePause(c, asOf) : null;
  return {
    received: c.received,
    clockStart: dates.clockStart,
    due: dates.statutoryDue,
    extendedDue: dates.extendedDue,
    workingDaysLeft: workingDaysBetween(asOf, binding, c.regime, extraHolidays),
    basis: dates.basis,
    feePause: pause,
  };
}
