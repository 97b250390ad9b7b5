import { DeadlineInputError } from './deadlineInputError';
import { firstDayOfYear, fromDayNumber, toDayNumber, weekdayOfDayNumber, yearOfDayNumber, type IsoDate } from './isoDate';
import { extraHolidayDayNumbers, holidayReasonsForYear } from './nonWorkingDays';
import type { Regime } from '../model/regime';

/** Walks day numbers forward, reloading the year's holiday table only when the walk crosses 1 January. */
class WorkingDayWalker {
  private yearStart = Number.POSITIVE_INFINITY;
  private yearEnd = Number.NEGATIVE_INFINITY;
  private holidays: ReadonlyMap<number, readonly string[]> = new Map();

  constructor(
    private readonly regime: Regime,
    private readonly extra: ReadonlySet<number>,
  ) {}

  isWorking(day: number): boolean {
    const weekday = weekdayOfDayNumber(day);
    if (weekday === 0 || weekday === 6) return false;
    if (day < this.yearStart || day > this.yearEnd) this.load(day);
    return !this.holidays.has(day) && !this.extra.has(day);
  }

  private load(day: number): void {
    const year = yearOfDayNumber(day);
    this.yearStart = firstDayOfYear(year);
    this.yearEnd = firstDayOfYear(year + 1) - 1;
    this.holidays = holidayReasonsForYear(this.regime, year);
  }
}

/**
 * The date `days` working days after `received`. The day of receipt is day 0 whatever day it is (a request
 * arriving on a Saturday or a bank holiday is still "received" then); counting starts the next day, so the
 * result is always a working day (for days >= 1).
 */
export function addWorkingDays(
  received: IsoDate,
  days: number,
  regime: Regime,
  extraHolidays: readonly IsoDate[] = [],
): IsoDate {
  if (!Number.isInteger(days) || days < 0) {
    throw new DeadlineInputError(`${days} is not a number of working days: use a whole number, 0 or more`);
  }
  const walker = new WorkingDayWalker(regime, extraHolidayDayNumbers(extraHolidays));
  let day = toDayNumber(received);
  for (let counted = 0; counted < days; ) {
    day += 1;
    if (walker.isWorking(day)) counted += 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days after `from` up to and including `to`: from today to the due date this is "working days
 * left" (0 on the due date itself, 1 the working day before). When `to` is earlier than `from` the answer is
 * the same count made negative, so an overdue case reads as "-3": workingDaysBetween(a, b) is always
 * -workingDaysBetween(b, a), and workingDaysBetween(r, addWorkingDays(r, n)) is n.
 */
export function workingDaysBetween(
  from: IsoDate,
  to: IsoDate,
  regime: Regime,
  extraHolidays: readonly IsoDate[] = [],
): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) return -workingDaysBetween(to, from, regime, extraHolidays);
  const walker = new WorkingDayWalker(regime, extraHolidayDayNumbers(extraHolidays));
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) {
    if (walker.isWorking(day)) count += 1;
  }
  return count;
}
