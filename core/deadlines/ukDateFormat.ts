import { parseIsoDate, weekday, type IsoDate } from './isoDate';

// Spelled out rather than taken from Intl so the output never depends on the ICU data or locale of the
// machine the app runs on: a response letter must read the same on every officer's computer.
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[weekday(date)] ?? '';
}

/** "Friday 20 December 2024": the form UK letters use, no ordinal suffix, no comma. */
export function formatUkDate(date: IsoDate): string {
  parseIsoDate(date);
  const day = Number(date.slice(8, 10));
  const month = MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? '';
  return `${weekdayName(date)} ${day} ${month} ${date.slice(0, 4)}`;
}

/** "20/12/2024": day first, as UK readers expect in tables and case lists. */
export function formatUkShort(date: IsoDate): string {
  parseIsoDate(date);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
