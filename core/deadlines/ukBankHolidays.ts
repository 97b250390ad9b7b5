import Holidays from 'date-holidays';
import { HOLIDAY_CORRECTIONS, ST_ANDREWS_DAY_FIRST_YEAR } from './holidayCorrections';
import type { IsoDate } from './isoDate';
import { DATE_HOLIDAYS_STATE, UK_PARTS, type UkPart } from './ukPart';

export interface BankHoliday {
  readonly date: IsoDate;
  readonly name: string;
  /** Every part of the UK where this day is a bank holiday (or, for Christmas Day and Good Friday, a holiday). */
  readonly parts: readonly UkPart[];
}

// One Holidays instance per part, built on first use: construction parses the rule set, and most app
// sessions never need a calendar at all. Asking only for 'public' rules skips the observances (Mother's
// Day…) and roughly halves the package's cost, which is some 10-30 ms per part and year because it works
// through moment-timezone; hence also the per-year cache below. The output was checked identical to
// filtering afterwards for 1980-2060.
let calendars: Map<UkPart, Holidays> | undefined;

function calendarFor(part: UkPart): Holidays {
  calendars ??= new Map(
    UK_PARTS.map((p) => [p, new Holidays('GB', DATE_HOLIDAYS_STATE[p], { types: ['public'] })]),
  );
  const calendar = calendars.get(part);
  if (!calendar) throw new Error(`No holiday calendar for ${part}`);
  return calendar;
}

// The package mixes straight and curly apostrophes ("New Year's Day", "St Andrew’s Day"); one style reads better.
function tidyName(name: string): string {
  return name.replace(/'/g, '’');
}

function isStAndrewsDay(name: string): boolean {
  return name.startsWith('St Andrew’s Day');
}

/** The corrected bank holidays of one part of the UK in one year, in date order. */
function holidaysOfPart(year: number, part: UkPart): { date: IsoDate; name: string }[] {
  // Only 'public': in the GB data the other types are observances such as Mother's Day, which are working days.
  let days = calendarFor(part)
    .getHolidays(year)
    .filter((h) => h.type === 'public')
    // h.date is the local calendar date ('2024-12-25 00:00:00'), independent of the machine's time zone.
    .map((h) => ({ date: h.date.slice(0, 10), name: tidyName(h.name) }));

  if (part === 'scotland' && year < ST_ANDREWS_DAY_FIRST_YEAR) {
    days = days.filter((d) => !isStAndrewsDay(d.name));
  }
  for (const correction of HOLIDAY_CORRECTIONS) {
    if (correction.year !== year || !correction.parts.includes(part)) continue;
    days = days.filter((d) => !correction.remove.includes(d.date));
    for (const added of correction.add) {
      if (!days.some((d) => d.date === added.date)) days.push({ date: added.date, name: added.name });
    }
  }
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const byYear = new Map<number, readonly BankHoliday[]>();

/**
 * Every bank holiday in any part of the UK in `year`, merged so each (date, name) appears once with the parts
 * it applies to. Weekend dates whose holiday moves to a substitute day are listed too (both the day and its
 * substitute), which is harmless for counting because weekends never count anyway.
 */
export function ukBankHolidays(year: number): readonly BankHoliday[] {
  const cached = byYear.get(year);
  if (cached) return cached;

  const merged = new Map<string, { date: IsoDate; name: string; parts: UkPart[] }>();
  for (const part of UK_PARTS) {
    for (const day of holidaysOfPart(year, part)) {
      const key = `${day.date}|${day.name}`;
      const existing = merged.get(key);
      if (existing) existing.parts.push(part);
      else merged.set(key, { ...day, parts: [part] });
    }
  }
  const list = Object.freeze(
    [...merged.values()]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((d) => Object.freeze({ ...d, parts: Object.freeze(d.parts) })),
  );
  byYear.set(year, list);
  return list;
}
