import type { Regime } from '../model/regime';
import { DeadlineInputError } from './deadlineInputError';
import { addDays, calendarDaysBetween, parseIsoDate, type IsoDate } from './isoDate';
import { formatUkDate } from './ukDateFormat';

/**
 * The fee pause. FOIA s10(2): where a fees notice has been given (s9) and the fee is paid, "the working
 * days in the period beginning with the day on which the fees notice is given to the applicant and ending
 * with the day on which the fee is received by the authority are to be disregarded" in finding the
 * twentieth working day. FOISA s9 and s10(2) say the same for Scotland. The Time for Compliance Regulations
 * apply the same disregard to their varied limits, since they vary s10(1) and (2) together.
 *
 * The EIR and EISR are left out on purpose: their charging regulation (reg 8) lets the authority withhold
 * the information until an advance payment is made rather than stopping the clock in the same words, and
 * we would rather offer nothing than a pause the regulations may not give.
 */
export function allowsFeePause(regime: Regime): boolean {
  return regime === 'foia' || regime === 'foisa';
}

/** FOIA s9(2): unpaid after three months, the request need not be answered; a pause this long is a typing slip. */
const LONGEST_PAUSE_DAYS = 366;

export interface FeePause {
  /** The day the fees notice was given: the first day not counted. */
  from: IsoDate;
  /** The day the fee was received, or, while it is awaited, the day the count is made: the last day not counted. */
  to: IsoDate;
}

/** Every calendar day of the pause, both ends included; the working-day count skips those that are working days. */
export function feePauseDays(pause: FeePause, received: IsoDate, regime: Regime): IsoDate[] {
  if (!allowsFeePause(regime)) {
    throw new DeadlineInputError(
      'Only FOIA (s10(2)) and FOISA (s10(2)) stop the clock while a fee is awaited. Under the EIR and EISR, clear the fee dates: the information can be withheld until an advance payment arrives (reg 8), but the clock runs.',
    );
  }
  const from = parseIsoDate(pause.from);
  const to = parseIsoDate(pause.to);
  if (from < received) {
    throw new DeadlineInputError(`The fees notice (${formatUkDate(from)}) is dated before the request was received (${formatUkDate(received)}): check both dates.`);
  }
  if (to < from) {
    throw new DeadlineInputError(`The fee was received (${formatUkDate(to)}) before the fees notice was given (${formatUkDate(from)}): check both dates.`);
  }
  if (calendarDaysBetween(from, to) > LONGEST_PAUSE_DAYS) {
    throw new DeadlineInputError(
      `A fee pause from ${formatUkDate(from)} to ${formatUkDate(to)} is over a year: check the dates (a fee unpaid after three months means the request need not be answered, FOIA s9(2)).`,
    );
  }
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}
