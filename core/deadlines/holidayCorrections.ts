import type { IsoDate } from './isoDate';
import type { UkPart } from './ukPart';
import { UK_PARTS } from './ukPart';

/**
 * Where date-holidays (3.37) disagrees with the bank holidays actually observed, as published on GOV.UK and
 * proclaimed under the Banking and Financial Dealings Act 1971. Each entry says what was wrong.
 *
 * How this list was found: the package's 'public' holidays for ENG, WLS, SCT and NIR were compared, year by
 * year from 1990 to 2040, with an independent rule-based calendar (fixed dates with their weekend
 * substitutes, Easter, first/last Mondays, and the known proclamations). For 2015-2035 the package matched
 * exactly, including the 2020 VE Day move, the 2022 Jubilee and funeral, and the 2023 coronation. Every
 * difference is below. The tests in ukBankHolidays.test.ts pin each one, so a package upgrade that fixes
 * them upstream shows up as a failing test rather than a double-counted day.
 */
export interface HolidayCorrection {
  readonly year: number;
  readonly parts: readonly UkPart[];
  /** Dates the package lists that were not bank holidays. */
  readonly remove: readonly IsoDate[];
  /** Bank holidays the package omits. */
  readonly add: readonly { readonly date: IsoDate; readonly name: string }[];
  readonly why: string;
}

export const HOLIDAY_CORRECTIONS: readonly HolidayCorrection[] = [
  {
    year: 1995,
    parts: UK_PARTS,
    remove: ['1995-05-01'],
    add: [{ date: '1995-05-08', name: 'Early May bank holiday (VE Day)' }],
    why: 'For the 50th anniversary of VE Day the early May bank holiday moved from Monday 1 May to Monday 8 May 1995; the package only knows the 2020 move.',
  },
  {
    year: 1999,
    parts: UK_PARTS,
    remove: [],
    add: [{ date: '1999-12-31', name: 'Millennium bank holiday' }],
    why: 'Friday 31 December 1999 was proclaimed a one-off bank holiday across the UK; the package omits it.',
  },
  {
    year: 2002,
    parts: UK_PARTS,
    remove: ['2002-05-27'],
    add: [
      { date: '2002-06-03', name: 'Queen’s Golden Jubilee' },
      { date: '2002-06-04', name: 'Spring bank holiday' },
    ],
    why: 'For the Golden Jubilee the spring bank holiday moved to Tuesday 4 June 2002 and Monday 3 June was added; the package keeps 27 May and has neither.',
  },
  {
    year: 2011,
    parts: UK_PARTS,
    remove: [],
    add: [{ date: '2011-04-29', name: 'Royal wedding' }],
    why: 'Friday 29 April 2011 (wedding of Prince William and Catherine Middleton) was a UK-wide bank holiday; the package omits it.',
  },
  {
    year: 2012,
    parts: UK_PARTS,
    remove: ['2012-05-28'],
    add: [{ date: '2012-06-04', name: 'Spring bank holiday' }],
    why: 'For the Diamond Jubilee the spring bank holiday moved from Monday 28 May to Monday 4 June 2012 (Tuesday 5 June was added too, which the package does have); the package keeps 28 May.',
  },
];

/**
 * St Andrew's Day became a Scottish bank holiday only under the St Andrew's Day Bank Holiday (Scotland) Act
 * 2007; the package applies it to every year. Before 2007 it was not a non-working day under FOISA.
 */
export const ST_ANDREWS_DAY_FIRST_YEAR = 2007;
