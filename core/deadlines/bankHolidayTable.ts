import type { BankHoliday } from './ukBankHolidays';
import { UK_PARTS, type UkPart } from './ukPart';

/**
 * The UK's bank holidays for a span of years, worked out once (by ./ukBankHolidays.ts, with its
 * corrections) and written down as numbers, so that the window can count working days without
 * date-holidays. That package carries every country's rules and the calendars of half the world
 * (1.3 MB of the 1.5 MB the check rules took to load: a long task on the first case opened, issue
 * 13), and some 95 ms of every CLI command and of the service host's start. Every build writes the
 * table (scripts/bankHolidayTableBuild.mjs) for every year a date may have, and reads it through
 * ./builtUkBankHolidays.ts; the tests and tsx runs use the package, and bankHolidayTable.test.ts holds
 * the two to each other year by year.
 *
 * Nothing here imports date-holidays: a table is read with no calendar code at all.
 */
export interface BankHolidayTable {
  readonly from: number;
  readonly to: number;
  readonly names: readonly string[];
  /** Per year from `from`: [month × 100 + day, index into `names`, parts as bits in UK_PARTS' order], … */
  readonly years: readonly (readonly number[])[];
}

/** Writes down `compute`'s bank holidays for every year from `from` to `to`, inclusive. */
export function tabulateBankHolidays(from: number, to: number, compute: (year: number) => readonly BankHoliday[]): BankHolidayTable {
  const names: string[] = [];
  const years: number[][] = [];
  for (let year = from; year <= to; year++) {
    const row: number[] = [];
    for (const day of compute(year)) {
      if (!day.date.startsWith(`${year}-`)) throw new Error(`${day.name} on ${day.date} is listed under ${year}.`);
      let name = names.indexOf(day.name);
      if (name < 0) name = names.push(day.name) - 1;
      const parts = day.parts.reduce((bits, part) => bits | (1 << UK_PARTS.indexOf(part)), 0);
      row.push(Number(day.date.slice(5, 7)) * 100 + Number(day.date.slice(8, 10)), name, parts);
    }
    years.push(row);
  }
  return { from, to, names, years };
}

/** ukBankHolidays over a table: the same answers, in the same order, for the years it holds. */
export function bankHolidaysFromTable(table: BankHolidayTable): (year: number) => readonly BankHoliday[] {
  const byYear = new Map<number, readonly BankHoliday[]>();
  return (year) => {
    const known = byYear.get(year);
    if (known) return known;
    const row = table.years[year - table.from];
    if (!Number.isInteger(year) || !row) {
      throw new Error(`Disclosure Desk knows the UK's bank holidays from ${table.from} to ${table.to}, and ${year} is outside them: check the date.`);
    }
    const days: BankHoliday[] = [];
    for (let i = 0; i < row.length; i += 3) {
      const monthDay = row[i]!;
      const parts = UK_PARTS.filter((_p, bit) => (row[i + 2]! >> bit) & 1) as UkPart[];
      const date = `${year}-${String(Math.floor(monthDay / 100)).padStart(2, '0')}-${String(monthDay % 100).padStart(2, '0')}`;
      days.push(Object.freeze({ date, name: table.names[row[i + 1]!]!, parts: Object.freeze(parts) }));
    }
    const list = Object.freeze(days);
    byYear.set(year, list);
    return list;
  };
}
