import { z } from 'zod';
import { EARLIEST_YEAR, LATEST_YEAR } from '../deadlines/isoDate';

/** A calendar date with no time zone, as officers write it in the case file: YYYY-MM-DD. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD, for example 2024-05-01')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'is not a real calendar date')
  // A year the deadline engine cannot count (a typo such as 2204) would otherwise be stored, and then
  // break the case list, the checks and the letters of the whole workspace.
  .refine((s) => {
    const y = Number(s.slice(0, 4));
    return y >= EARLIEST_YEAR && y <= LATEST_YEAR;
  }, `is outside the years this tool can count (${EARLIEST_YEAR} to ${LATEST_YEAR}): check the year`);

export type IsoDate = string;

/** Today's date in the UK, whatever the machine's time zone: the statutory clock runs on UK days. */
export function todayInUk(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
