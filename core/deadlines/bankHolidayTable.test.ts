import { describe, expect, it } from 'vitest';
import { bankHolidaysFromTable, tabulateBankHolidays } from './bankHolidayTable';
import { ukBankHolidays } from './ukBankHolidays';
import { BANK_HOLIDAY_TABLE_YEARS } from './bankHolidayTableYears';

// The window counts working days from a table written at build time (vite.config.ts); it must give
// exactly what date-holidays with our corrections gives, for every year it holds.
describe('the bank holiday table', () => {
  const { from, to } = BANK_HOLIDAY_TABLE_YEARS;
  const fromTable = bankHolidaysFromTable(tabulateBankHolidays(from, to, ukBankHolidays));

  it('reads back every year the window knows exactly as the calendar computes it', () => {
    for (let year = from; year <= to; year++) expect(fromTable(year), String(year)).toEqual(ukBankHolidays(year));
  });

  it('keeps the corrections: the Queen’s funeral in 2022 and the coronation in 2023, St Andrew’s Day only in Scotland', () => {
    expect(fromTable(2022)).toContainEqual({ date: '2022-09-19', name: expect.stringMatching(/funeral/i), parts: ['england', 'wales', 'scotland', 'northern-ireland'] });
    expect(fromTable(2023).map((d) => d.date)).toContain('2023-05-08');
    expect(fromTable(2024).find((d) => d.name.startsWith('St Andrew’s Day'))?.parts).toEqual(['scotland']);
  });

  it('says so in words for a year outside it, rather than count it as a year with no holidays', () => {
    expect(() => fromTable(from - 1)).toThrow(`Disclosure Desk knows the UK's bank holidays from ${from} to ${to}, and ${from - 1} is outside them: check the date.`);
    expect(() => fromTable(to + 1)).toThrow(/is outside them/);
  });
});
