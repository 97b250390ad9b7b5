import { describe, expect, it } from 'vitest';
import { DeadlineInputError } from './deadlineInputError';
import { addDays, type IsoDate } from './isoDate';
import { isWorkingDay, nonWorkingHolidays, nonWorkingReasons } from './nonWorkingDays';
import { REGIMES, type Regime } from '../model/regime';
import { addWorkingDays, workingDaysBetween } from './workingDays';

describe('addWorkingDays: the 20th working day after receipt', () => {
  it.each<[IsoDate, Regime, number, IsoDate, string]>([
    ['2024-12-20', 'foia', 20, '2025-01-23', 'Christmas, Boxing Day, New Year and Scotland’s 2 January'],
    ['2024-12-20', 'foisa', 20, '2025-01-23', 'the same days are Scottish holidays too'],
    ['2024-07-08', 'foia', 20, '2024-08-07', 'NI 12 July and Scotland’s 5 August both count'],
    ['2024-07-08', 'foisa', 20, '2024-08-06', '12 July is a working day in Scotland'],
    ['2024-03-09', 'foia', 20, '2024-04-10', 'received on a Saturday; St Patrick’s substitute, Good Friday, Easter Monday'],
    ['2024-03-09', 'foisa', 20, '2024-04-08', 'only Good Friday stops the Scottish clock'],
    ['2024-11-25', 'foia', 20, '2024-12-24', 'St Andrew’s Day substitute on Monday 2 December'],
    ['2025-04-12', 'foia', 40, '2025-06-12', '40 days over Easter and both May bank holidays'],
    ['2023-05-01', 'foia', 20, '2023-05-31', 'received on a bank holiday; coronation 8 May and spring 29 May'],
    ['2022-09-12', 'foia', 20, '2022-10-11', 'state funeral of Queen Elizabeth II, 19 September 2022'],
    ['2022-09-12', 'foisa', 20, '2022-10-11', 'the funeral was a bank holiday in Scotland too'],
    ['2022-05-27', 'foia', 20, '2022-06-28', 'Platinum Jubilee: 30 May worked, 2 and 3 June off'],
    ['2020-05-01', 'foia', 20, '2020-06-02', 'VE Day: 4 May 2020 worked, 8 May off'],
    ['2024-03-15', 'foia', 20, '2024-04-17', 'St Patrick’s Day on a Sunday: Monday 18 March off'],
    ['2024-03-15', 'foisa', 20, '2024-04-15', 'under FOISA 18 March and Easter Monday are working days'],
    ['2020-12-31', 'foisa', 20, '2021-02-01', '2 January 2021 was a Saturday: Monday 4 January off in Scotland'],
    ['2020-12-31', 'foia', 20, '2021-02-01', 'and so under FOIA too, because it is a holiday in a part of the UK'],
    ['2024-12-25', 'foia', 20, '2025-01-27', 'received on Christmas Day: still day 0'],
    ['2022-12-23', 'foia', 1, '2022-12-28', 'Christmas Day on a Sunday: Boxing Day Monday, substitute Tuesday'],
    ['2021-12-24', 'foia', 1, '2021-12-29', 'Christmas on a Saturday: substitutes on the 27th and 28th'],
    ['2021-12-31', 'foisa', 1, '2022-01-05', 'Scotland 2022: 1 and 2 January at a weekend, off on the 3rd and 4th'],
    ['2021-12-31', 'foia', 1, '2022-01-05', 'FOIA includes Scotland’s 4 January'],
    ['2022-12-30', 'foisa', 1, '2023-01-04', 'Scotland 2023: 2 January and 3 January (New Year substitute)'],
    ['1999-12-30', 'foia', 1, '2000-01-05', 'millennium bank holiday 31 December 1999 (a package correction)'],
  ])('received %s under %s, %i days -> %s (%s)', (received, regime, days, expected) => {
    expect(addWorkingDays(received, days, regime)).toBe(expected);
  });

  it('returns the day of receipt for 0 days, whatever day it is', () => {
    expect(addWorkingDays('2024-03-09', 0, 'foia')).toBe('2024-03-09');
  });

  it('counts the day after receipt as day 1 when it is a working day', () => {
    expect(addWorkingDays('2024-05-01', 1, 'foia')).toBe('2024-05-02');
    expect(addWorkingDays('2024-05-03', 1, 'foia')).toBe('2024-05-07'); // Friday; Monday 6 May is a bank holiday
  });

  it('EIR follows FOIA and EISR follows FOISA', () => {
    expect(addWorkingDays('2024-07-08', 20, 'eir')).toBe('2024-08-07');
    expect(addWorkingDays('2024-07-08', 20, 'eisr')).toBe('2024-08-06');
  });

  it('crosses into years outside the checked range using the package', () => {
    expect(addWorkingDays('2049-12-20', 20, 'foia')).toMatch(/^2050-01-/);
    expect(addWorkingDays('2010-12-20', 20, 'foia')).toBe('2011-01-21');
  });

  it('rejects a bad number of days or a bad date', () => {
    expect(() => addWorkingDays('2024-05-01', -1, 'foia')).toThrow(DeadlineInputError);
    expect(() => addWorkingDays('2024-05-01', 2.5, 'foia')).toThrow(DeadlineInputError);
    expect(() => addWorkingDays('2024-05-01', Number.NaN, 'foia')).toThrow(DeadlineInputError);
    expect(() => addWorkingDays('1/5/2024', 20, 'foia')).toThrow(/is not a date/);
  });
});

describe('workspace extra holidays', () => {
  it('a one-off holiday on a weekday moves the deadline a day', () => {
    expect(addWorkingDays('2024-06-03', 20, 'foia')).toBe('2024-07-01');
    expect(addWorkingDays('2024-06-03', 20, 'foia', ['2024-06-10'])).toBe('2024-07-02');
    expect(addWorkingDays('2024-06-03', 20, 'foisa', ['2024-06-10'])).toBe('2024-07-02');
  });

  it('one at a weekend, or on a day already off, changes nothing', () => {
    expect(addWorkingDays('2024-06-03', 20, 'foia', ['2024-06-08', '2024-06-10', '2024-06-10'])).toBe('2024-07-02');
    expect(addWorkingDays('2023-05-01', 20, 'foia', ['2023-05-08'])).toBe('2023-05-31');
    expect(addWorkingDays('2022-09-12', 20, 'foia', ['2022-09-19'])).toBe('2022-10-11');
  });

  it('a malformed extra holiday is an error, not silently ignored', () => {
    expect(() => addWorkingDays('2024-06-03', 20, 'foia', ['2024-6-10'])).toThrow(DeadlineInputError);
  });
});

describe('which days count', () => {
  it.each<[IsoDate, boolean, boolean, string]>([
    ['2024-07-12', false, true, 'Battle of the Boyne (NI)'],
    ['2023-03-17', false, true, 'St Patrick’s Day (NI)'],
    ['2024-04-01', false, true, 'Easter Monday (not a Scottish bank holiday)'],
    ['2024-08-26', false, true, 'summer bank holiday in England, Wales and NI'],
    ['2024-08-05', false, false, 'first Monday of August (Scotland)'],
    ['2024-01-02', false, false, '2 January (Scotland)'],
    ['2024-12-02', false, false, 'St Andrew’s Day substitute (Scotland)'],
    ['2024-03-29', false, false, 'Good Friday'],
    ['2024-12-25', false, false, 'Christmas Day'],
    ['2025-07-14', false, true, 'Boyne substitute: 12 July 2025 was a Saturday'],
    ['2024-06-04', true, true, 'an ordinary Tuesday'],
  ])('%s: FOIA working %s, FOISA working %s (%s)', (date, foia, foisa) => {
    expect(isWorkingDay(date, 'foia')).toBe(foia);
    expect(isWorkingDay(date, 'eir')).toBe(foia);
    expect(isWorkingDay(date, 'foisa')).toBe(foisa);
    expect(isWorkingDay(date, 'eisr')).toBe(foisa);
  });

  it('weekends never count', () => {
    expect(isWorkingDay('2024-06-08', 'foia')).toBe(false);
    expect(isWorkingDay('2024-06-09', 'foisa')).toBe(false);
  });

  it('explains why a day does not count, naming the part of the UK', () => {
    expect(nonWorkingReasons('2024-07-12', 'foia')).toEqual(['Battle of the Boyne (Orangemen’s Day) (Northern Ireland)']);
    expect(nonWorkingReasons('2024-07-12', 'foisa')).toEqual([]);
    expect(nonWorkingReasons('2024-04-01', 'foia')).toEqual(['Easter Monday (England, Wales and Northern Ireland)']);
    expect(nonWorkingReasons('2024-03-09', 'foia')).toEqual(['Saturday']);
    expect(nonWorkingReasons('2024-12-25', 'foisa')).toEqual(['Christmas Day']);
    expect(nonWorkingReasons('2024-06-10', 'foia', ['2024-06-10'])).toEqual(['Bank holiday added for your workspace']);
  });

  it('lists the holidays of a year for a regime', () => {
    const scottish = nonWorkingHolidays(2024, 'foisa').map((h) => h.date);
    expect(scottish).toContain('2024-01-02');
    expect(scottish).toContain('2024-03-29');
    expect(scottish).not.toContain('2024-04-01');
    expect(scottish).not.toContain('2024-07-12');
    const uk = nonWorkingHolidays(2024, 'foia').map((h) => h.date);
    expect(uk).toEqual([...uk].sort());
    for (const d of ['2024-01-02', '2024-03-18', '2024-04-01', '2024-07-12', '2024-08-05', '2024-08-26', '2024-12-02']) {
      expect(uk).toContain(d);
    }
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after `from` up to and including `to`', () => {
    expect(workingDaysBetween('2024-12-20', '2025-01-23', 'foia')).toBe(20);
    expect(workingDaysBetween('2024-06-07', '2024-06-10', 'foia')).toBe(1); // Friday to Monday
    expect(workingDaysBetween('2024-06-07', '2024-06-08', 'foia')).toBe(0); // Friday to Saturday
    expect(workingDaysBetween('2024-06-10', '2024-06-10', 'foia')).toBe(0); // due today
    expect(workingDaysBetween('2024-07-11', '2024-07-12', 'foia')).toBe(0);
    expect(workingDaysBetween('2024-07-11', '2024-07-12', 'foisa')).toBe(1);
  });

  it('is negative when overdue', () => {
    expect(workingDaysBetween('2025-01-23', '2024-12-20', 'foia')).toBe(-20);
    expect(workingDaysBetween('2024-06-11', '2024-06-10', 'foia')).toBe(-1);
  });

  it('honours extra holidays', () => {
    expect(workingDaysBetween('2024-06-03', '2024-06-14', 'foia')).toBe(9);
    expect(workingDaysBetween('2024-06-03', '2024-06-14', 'foia', ['2024-06-10'])).toBe(8);
  });

  it('inverts addWorkingDays for any received date, regime and count', () => {
    // A seeded generator so a failure can be reproduced.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 400; i++) {
      const received = addDays('2015-01-01', Math.floor(next() * 7300));
      const regime = REGIMES[i % REGIMES.length] as Regime;
      const days = 1 + Math.floor(next() * 60);
      const extra = next() < 0.3 ? [addDays(received, 1 + Math.floor(next() * 30))] : [];
      const due = addWorkingDays(received, days, regime, extra);
      expect(workingDaysBetween(received, due, regime, extra)).toBe(days);
      expect(workingDaysBetween(due, received, regime, extra)).toBe(-days);
      expect(isWorkingDay(due, regime, extra)).toBe(true);
    }
  });
});
