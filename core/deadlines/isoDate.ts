import { DeadlineInputError } from './deadlineInputError';

/** A calendar date written 'YYYY-MM-DD'. A date, not an instant: it never carries a time or a zone. */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, the same numbering as Date#getUTCDay so nobody has to translate. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

// Outside this window a year is far more likely to be a typing slip (0224, 20244) than a real request, and
// the bank holiday rules we rely on are not meaningful for it.
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

function describe(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return JSON.stringify(shown);
}

/**
 * Checks that `value` is exactly 'YYYY-MM-DD' and a real calendar date (no 31 April, no 29 February 2023)
 * and returns it unchanged. Leniency here would hide a wrong deadline, so nothing is coerced or trimmed.
 */
export function parseIsoDate(value: string): IsoDate {
  const match = typeof value === 'string' ? ISO_FORM.exec(value) : null;
  if (!match) {
    throw new DeadlineInputError(`${describe(value)} is not a date: use YYYY-MM-DD, for example 2024-05-01`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new DeadlineInputError(`${describe(value)} is not a date: use YYYY-MM-DD, for example 2024-05-01`);
  }
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    throw new DeadlineInputError(
      `${describe(value)} is outside the years this tool can count (${EARLIEST_YEAR} to ${LATEST_YEAR}): check the year`,
    );
  }
  return value;
}

/** True when `value` would pass parseIsoDate; for form validation that must not throw. */
export function isIsoDate(value: unknown): value is IsoDate {
  try {
    parseIsoDate(value as string);
    return true;
  } catch {
    return false;
  }
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/**
 * Days since 1970-01-01. Internally the counting loops work on these integers: adding one is exact, there is
 * no daylight saving to trip over, and a Set<number> lookup is cheaper than building strings per day.
 */
export function toDayNumber(date: IsoDate): number {
  parseIsoDate(date);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/*
 * Plain integer calendar arithmetic (H. Hinnant's days_from_civil / civil_from_days, proleptic Gregorian)
 * instead of Date objects: no time zone can leak in, and the deadline loops call these thousands of times,
 * where allocating a Date and formatting it was the main cost.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The calendar year a day number falls in. */
export function yearOfDayNumber(dayNumber: number): number {
  return civilFromDays(dayNumber).year;
}

/** Day number of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  return daysFromCivil(year, 1, 1);
}

/** Weekday of a day number; 1970-01-01 was a Thursday (4). Works for negative numbers too. */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  return ((((dayNumber + 4) % 7) + 7) % 7) as Weekday;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) {
    throw new DeadlineInputError(`${days} is not a whole number of days`);
  }
  return fromDayNumber(toDayNumber(date) + days);
}

export function weekday(date: IsoDate): Weekday {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

/** Negative, zero or positive like a sort comparator. The fixed form makes string order date order. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  parseIsoDate(a);
  parseIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function yearOf(date: IsoDate): number {
  parseIsoDate(date);
  return Number(date.slice(0, 4));
}
