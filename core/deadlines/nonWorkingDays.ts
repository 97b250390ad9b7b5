import { fromDayNumber, parseIsoDate, toDayNumber, weekdayOfDayNumber, yearOf, type IsoDate } from './isoDate';
import { usesScottishCalendar, type Regime } from '../model/regime';
import { ukBankHolidays, type BankHoliday } from './ukBankHolidays';
import { UK_PARTS, UK_PART_NAMES } from './ukPart';

/** Which calendar a regime counts against: FOIA s10(6) and EIR use the whole UK; FOISA s73 and EISR Scotland. */
type Calendar = 'uk' | 'scotland';

function calendarOf(regime: Regime): Calendar {
  return usesScottishCalendar(regime) ? 'scotland' : 'uk';
}

function partsLabel(holiday: BankHoliday): string {
  if (holiday.parts.length === UK_PARTS.length) return holiday.name;
  const names = holiday.parts.map((p) => UK_PART_NAMES[p]);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
  return `${holiday.name} (${list})`;
}

function counts(holiday: BankHoliday, calendar: Calendar): boolean {
  // Christmas Day and Good Friday are named in both Acts in their own right (in England and Wales they are
  // common-law holidays, not bank holidays), so they count whatever part of the UK lists them.
  if (holiday.name === 'Christmas Day' || holiday.name === 'Good Friday') return true;
  return calendar === 'uk' || holiday.parts.includes('scotland');
}

/**
 * Per calendar and year: day number -> why it is not a working day. Built once per year and kept, so a case
 * list recalculating thousands of deadlines only pays for the holiday rules a handful of times.
 */
const cache = new Map<Calendar, Map<number, ReadonlyMap<number, readonly string[]>>>();

/** @internal the counting loops use this directly with day numbers. */
export function holidayReasonsForYear(regime: Regime, year: number): ReadonlyMap<number, readonly string[]> {
  const calendar = calendarOf(regime);
  let years = cache.get(calendar);
  if (!years) {
    years = new Map();
    cache.set(calendar, years);
  }
  const cached = years.get(year);
  if (cached) return cached;

  const reasons = new Map<number, string[]>();
  for (const holiday of ukBankHolidays(year)) {
    if (!counts(holiday, calendar)) continue;
    const day = toDayNumber(holiday.date);
    const label = calendar === 'uk' ? partsLabel(holiday) : holiday.name;
    const list = reasons.get(day);
    if (!list) reasons.set(day, [label]);
    else if (!list.includes(label)) list.push(label);
  }
  // Christmas Day is never a working day, even in a year where no rule lists it (belt and braces: the Acts
  // name it explicitly).
  const christmas = toDayNumber(`${String(year).padStart(4, '0')}-12-25`);
  if (!reasons.has(christmas)) reasons.set(christmas, ['Christmas Day']);

  years.set(year, reasons);
  return reasons;
}

/** Converts and validates workspace extra holidays once per call, so the loops only do Set lookups. */
export function extraHolidayDayNumbers(extraHolidays: readonly IsoDate[]): ReadonlySet<number> {
  if (extraHolidays.length === 0) return EMPTY;
  return new Set(extraHolidays.map((d) => toDayNumber(parseIsoDate(d))));
}

const EMPTY: ReadonlySet<number> = new Set();

/**
 * Why `date` is not a working day under `regime` — "Saturday", "Battle of the Boyne (Orangemen’s Day)
 * (Northern Ireland)", "Bank holiday added for your workspace" — or an empty list when it is a working day.
 * For explaining a deadline to the officer, not for counting.
 */
export function nonWorkingReasons(date: IsoDate, regime: Regime, extraHolidays: readonly IsoDate[] = []): string[] {
  const day = toDayNumber(date);
  const reasons: string[] = [];
  const weekday = weekdayOfDayNumber(day);
  if (weekday === 6) reasons.push('Saturday');
  if (weekday === 0) reasons.push('Sunday');
  reasons.push(...(holidayReasonsForYear(regime, yearOf(date)).get(day) ?? []));
  if (extraHolidayDayNumbers(extraHolidays).has(day)) reasons.push('Bank holiday added for your workspace');
  return reasons;
}

export function isWorkingDay(date: IsoDate, regime: Regime, extraHolidays: readonly IsoDate[] = []): boolean {
  const day = toDayNumber(date);
  const weekday = weekdayOfDayNumber(day);
  if (weekday === 0 || weekday === 6) return false;
  if (holidayReasonsForYear(regime, yearOf(date)).has(day)) return false;
  return !extraHolidayDayNumbers(extraHolidays).has(day);
}

export interface NonWorkingHoliday {
  readonly date: IsoDate;
  readonly reasons: readonly string[];
}

/**
 * The holidays (not the weekends) that stop the clock under `regime` in `year`, in date order, including
 * weekend dates that have a substitute day. For showing the calendar in settings.
 */
export function nonWorkingHolidays(year: number, regime: Regime): NonWorkingHoliday[] {
  parseIsoDate(`${String(year).padStart(4, '0')}-01-01`);
  return [...holidayReasonsForYear(regime, year).entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, reasons]) => ({ date: fromDayNumber(day), reasons: [...reasons] }));
}
