import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_CORRECTIONS } from './holidayCorrections';
import { addDays, weekday, type IsoDate } from './isoDate';
import { ukBankHolidays } from './ukBankHolidays';
import { DATE_HOLIDAYS_STATE, UK_PARTS, type UkPart } from './ukPart';

/*
 * An independent calendar written from the rules GOV.UK publishes, so the package is checked against
 * something other than itself. Weekend dates are left out of the comparison: they never count anyway, and
 * the package lists both a weekend holiday and its substitute.
 */
function easterSunday(year: number): IsoDate {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ymd = (y: number, m: number, d: number): IsoDate =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const isWeekendDay = (d: IsoDate) => weekday(d) === 0 || weekday(d) === 6;

function firstMonday(y: number, m: number): IsoDate {
  let d = ymd(y, m, 1);
  while (weekday(d) !== 1) d = addDays(d, 1);
  return d;
}

function lastMonday(y: number, m: number): IsoDate {
  let d = addDays(m === 12 ? ymd(y + 1, 1, 1) : ymd(y, m + 1, 1), -1);
  while (weekday(d) !== 1) d = addDays(d, -1);
  return d;
}

/** Days in a run (Christmas and Boxing Day; 1 and 2 January in Scotland) that fall at a weekend move to the next free weekday. */
function withSubstitutes(days: IsoDate[], into: Set<IsoDate>): void {
  for (const d of days) if (!isWeekendDay(d)) into.add(d);
  for (const d of days) {
    if (!isWeekendDay(d)) continue;
    let s = addDays(d, 1);
    while (isWeekendDay(s) || into.has(s)) s = addDays(s, 1);
    into.add(s);
  }
}

function referenceBankHolidays(year: number, part: UkPart): Set<IsoDate> {
  const days = new Set<IsoDate>();
  withSubstitutes(part === 'scotland' ? [ymd(year, 1, 1), ymd(year, 1, 2)] : [ymd(year, 1, 1)], days);
  const easter = easterSunday(year);
  days.add(addDays(easter, -2));
  if (part !== 'scotland') days.add(addDays(easter, 1));
  days.add(firstMonday(year, 5));
  days.add(lastMonday(year, 5));
  days.add(part === 'scotland' ? firstMonday(year, 8) : lastMonday(year, 8));
  withSubstitutes([ymd(year, 12, 25), ymd(year, 12, 26)], days);
  if (part === 'northern-ireland') {
    withSubstitutes([ymd(year, 3, 17)], days);
    withSubstitutes([ymd(year, 7, 12)], days);
  }
  if (part === 'scotland') withSubstitutes([ymd(year, 11, 30)], days);
  // Proclamations that moved or added days, UK-wide.
  const move = (from: IsoDate, to: IsoDate) => {
    days.delete(from);
    days.add(to);
  };
  if (year === 2020) move('2020-05-04', '2020-05-08'); // VE Day 75
  if (year === 2022) {
    move('2022-05-30', '2022-06-02'); // Platinum Jubilee
    days.add('2022-06-03');
    days.add('2022-09-19'); // State funeral of Queen Elizabeth II
  }
  if (year === 2023) days.add('2023-05-08'); // Coronation of King Charles III
  return days;
}

function weekdayDatesOf(year: number, part: UkPart): Set<IsoDate> {
  return new Set(
    ukBankHolidays(year)
      .filter((h) => h.parts.includes(part) && !isWeekendDay(h.date))
      .map((h) => h.date),
  );
}

describe('ukBankHolidays against an independent calendar', () => {
  for (let year = 2015; year <= 2035; year++) {
    it(`matches every part of the UK in ${year}`, () => {
      for (const part of UK_PARTS) {
        expect([...weekdayDatesOf(year, part)].sort(), `${part} ${year}`).toEqual(
          [...referenceBankHolidays(year, part)].sort(),
        );
      }
    });
  }
});

describe('ukBankHolidays: known dates', () => {
  const partsOn = (date: IsoDate) =>
    ukBankHolidays(Number(date.slice(0, 4)))
      .filter((h) => h.date === date)
      .flatMap((h) => h.parts);

  it('lists only public holidays, not observances', () => {
    expect(ukBankHolidays(2024).some((h) => /Mother|Father|Easter Sunday/.test(h.name))).toBe(false);
  });

  it.each([
    ['2023-05-08', 'coronation of King Charles III'],
    ['2022-09-19', 'state funeral of Queen Elizabeth II'],
    ['2022-06-02', 'spring bank holiday moved for the Platinum Jubilee'],
    ['2022-06-03', 'Platinum Jubilee'],
    ['2020-05-08', 'early May bank holiday moved for VE Day'],
    ['2012-06-04', 'spring bank holiday moved for the Diamond Jubilee (corrected)'],
    ['2012-06-05', 'Diamond Jubilee'],
    ['2011-04-29', 'royal wedding (corrected)'],
    ['2002-06-03', 'Golden Jubilee (corrected)'],
    ['2002-06-04', 'spring bank holiday moved for the Golden Jubilee (corrected)'],
    ['1999-12-31', 'millennium (corrected)'],
    ['1995-05-08', 'early May bank holiday moved for VE Day 50 (corrected)'],
  ])('%s (%s) is a bank holiday in every part of the UK', (date) => {
    expect(new Set(partsOn(date))).toEqual(new Set(UK_PARTS));
  });

  it.each(['2020-05-04', '2022-05-30', '2012-05-28', '2002-05-27', '1995-05-01'])(
    '%s, the usual Monday that was moved away, is not a bank holiday',
    (date) => {
      expect(partsOn(date)).toEqual([]);
    },
  );

  it('keeps part-specific holidays to their part', () => {
    expect(partsOn('2024-07-12')).toEqual(['northern-ireland']);
    expect(partsOn('2024-03-18')).toEqual(['northern-ireland']); // St Patrick's Day on a Sunday
    expect(partsOn('2024-08-05')).toEqual(['scotland']);
    expect(partsOn('2024-12-02')).toEqual(['scotland']); // St Andrew's Day on a Saturday
    expect(partsOn('2024-01-02')).toEqual(['scotland']);
    expect(new Set(partsOn('2024-04-01'))).toEqual(new Set(['england', 'wales', 'northern-ireland']));
    expect(new Set(partsOn('2024-08-26'))).toEqual(new Set(['england', 'wales', 'northern-ireland']));
  });

  it('has weekend substitutes for the part-specific days', () => {
    expect(partsOn('2025-07-14')).toEqual(['northern-ireland']); // 12 July 2025 was a Saturday
    expect(partsOn('2020-07-13')).toEqual(['northern-ireland']); // 12 July 2020 was a Sunday
    expect(partsOn('2018-03-19')).toEqual(['northern-ireland']); // 17 March 2018 was a Saturday
    expect(partsOn('2021-01-04')).toEqual(['scotland']); // 2 January 2021 was a Saturday
    expect(partsOn('2025-12-01')).toEqual(['scotland']); // 30 November 2025 is a Sunday
  });

  it('does not make St Andrew’s Day a bank holiday before the 2007 Act', () => {
    expect(partsOn('2006-11-30')).toEqual([]);
    expect(partsOn('2007-11-30')).toEqual(['scotland']);
  });

  it('still computes years far outside the checked range', () => {
    const h2060 = ukBankHolidays(2060);
    expect(h2060.some((h) => h.date === '2060-12-25')).toBe(true);
    expect(h2060.some((h) => h.name.startsWith('Good Friday'))).toBe(true);
  });

  it('uses one apostrophe style in names', () => {
    expect(ukBankHolidays(2024).some((h) => h.name.includes("'"))).toBe(false);
  });
});

describe('date-holidays still needs each correction', () => {
  // If one of these fails after a package upgrade, the package has fixed the error upstream: delete the
  // matching entry in holidayCorrections.ts (it would still give the right answer, but it is dead weight).
  const raw = (year: number, part: UkPart) =>
    new Set(
      new Holidays('GB', DATE_HOLIDAYS_STATE[part])
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => h.date.slice(0, 10)),
    );

  for (const correction of HOLIDAY_CORRECTIONS) {
    it(`${correction.year}: ${correction.why.slice(0, 60)}…`, () => {
      for (const part of correction.parts) {
        const listed = raw(correction.year, part);
        for (const date of correction.remove) expect(listed.has(date), `${part} lists ${date}`).toBe(true);
        for (const added of correction.add) expect(listed.has(added.date), `${part} lacks ${added.date}`).toBe(false);
      }
    });
  }

  it('St Andrew’s Day before 2007', () => {
    expect(raw(2006, 'scotland').has('2006-11-30')).toBe(true);
  });
});
