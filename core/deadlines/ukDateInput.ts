import { EARLIEST_YEAR, LATEST_YEAR, weekday, type IsoDate } from './isoDate';

/*
 * What an officer types into a date field, read the UK way (day first) whatever the browser's locale:
 * 3/6/2024, 03/06/2024, 3/6/24, 03-06-2024, 3.6.2024, 3 June 2024, 3 Jun 2024, 3rd June 2024,
 * Monday 3 June 2024, and ISO 2024-06-03 (the form the app stores and exports). Each failure says in
 * words what is wrong and how to type it, because it is shown at the field as it is.
 */

export type UkDateInput =
  | { kind: 'empty' }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'error'; message: string };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const FIELD_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export const HOW_TO_TYPE_A_DATE = 'Type the date as day/month/year, for example 3/6/2024';

const NUMERIC = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})$/;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
// "3 June 2024", "3rd of June, 2024", with a weekday before it or not.
const WORDED = /^(?:([a-z]+),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{2}|\d{4})$/;

/** Reads one typed date. Blank is `empty`, not an error: whether a date is needed is the form's call. */
export function parseUkDateInput(typed: string): UkDateInput {
  const text = typed.trim().replace(/\s+/g, ' ');
  if (text === '') return { kind: 'empty' };
  const lower = text.toLowerCase();

  const iso = ISO.exec(lower);
  if (iso) return checked(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const numeric = NUMERIC.exec(lower);
  if (numeric) return checked(text, fullYear(numeric[3]!), Number(numeric[2]), Number(numeric[1]));

  const worded = WORDED.exec(lower);
  if (worded) {
    const month = monthNumber(worded[3]!);
    if (month === null) return error(`“${worded[3]}” is not a month. ${HOW_TO_TYPE_A_DATE}, or 3 June 2024.`);
    const result = checked(text, fullYear(worded[4]!), month, Number(worded[2]));
    if (result.kind === 'date' && worded[1]) return withWeekday(text, result.date, worded[1]);
    return result;
  }
  return error(`${HOW_TO_TYPE_A_DATE}.`);
}

/** "3 June 2024": how a date field shows a stored date, clear whatever the reader's habits. */
export function formatDateForField(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${FIELD_MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

function error(message: string): UkDateInput {
  return { kind: 'error', message };
}

// Two-digit years are this century's: nobody types 24 for 1924 on an FOI request.
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

// Whole names and any abbreviation of three letters or more: Jun, Sept, Febr.
function monthNumber(word: string): number | null {
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((m) => m.startsWith(word));
  return index < 0 ? null : index + 1;
}

function checked(text: string, year: number, month: number, day: number): UkDateInput {
  if (month < 1 || month > 12) {
    // 06/13/2024 is most often a month-first date from a US habit or a US-made form.
    const hint = month > 12 && day >= 1 && day <= 12 ? ' The day comes first, then the month: day/month/year.' : ' There are 12 months.';
    return error(`${text} is not a date.${hint}`);
  }
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    return error(`${text} has the year ${year}: only years from ${EARLIEST_YEAR} to ${LATEST_YEAR} can be counted. Check the year.`);
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return error(`${text} is not a date: ${FIELD_MONTH_NAMES[month - 1]} ${year} has ${length} days.`);
  }
  return { kind: 'date', date: `${year}-${pad(month)}-${pad(day)}` };
}

// A weekday typed with the date must agree with it: "Friday 3 June 2024" is a slip in one or the other.
function withWeekday(text: string, date: IsoDate, typedWeekday: string): UkDateInput {
  const index = typedWeekday.length >= 3 ? WEEKDAYS.findIndex((w) => w.startsWith(typedWeekday)) : -1;
  if (index < 0) return error(`${HOW_TO_TYPE_A_DATE}.`);
  const actual = weekday(date);
  if (actual !== index) return error(`${text} is not right: ${formatDateForField(date)} is a ${capitalise(WEEKDAYS[actual]!)}. Check the day.`);
  return { kind: 'date', date };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
