import { describe, expect, it } from 'vitest';
import { DeadlineInputError } from './deadlineInputError';
import {
  addDays,
  calendarDaysBetween,
  compareIsoDates,
  fromDayNumber,
  isIsoDate,
  isWeekend,
  parseIsoDate,
  toDayNumber,
  weekday,
  weekdayOfDayNumber,
} from './isoDate';

describe('parseIsoDate', () => {
  it('accepts real dates in the exact form and returns them unchanged', () => {
    expect(parseIsoDate('2024-05-01')).toBe('2024-05-01');
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(parseIsoDate('2024-12-31')).toBe('2024-12-31');
  });

  it('explains a bad month in plain UK English', () => {
    expect(() => parseIsoDate('2024-13-01')).toThrow(DeadlineInputError);
    expect(() => parseIsoDate('2024-13-01')).toThrow(
      '"2024-13-01" is not a date: use YYYY-MM-DD, for example 2024-05-01',
    );
  });

  it.each([
    '2023-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2024-04-31',
    '2024-00-10',
    '2024-01-00',
    '2024-1-5',
    '24-01-05',
    '2024/01/05',
    '05/01/2024',
    ' 2024-01-05',
    '2024-01-05 ',
    '2024-01-05T00:00:00Z',
    '２０２４-01-05',
    '',
  ])('rejects %j', (bad) => {
    expect(() => parseIsoDate(bad)).toThrow(DeadlineInputError);
    expect(() => parseIsoDate(bad)).toThrow(/is not a date: use YYYY-MM-DD/);
  });

  it('rejects values that are not strings without crashing on them', () => {
    expect(() => parseIsoDate(undefined as unknown as string)).toThrow('undefined is not a date');
    expect(() => parseIsoDate(20240105 as unknown as string)).toThrow(DeadlineInputError);
  });

  it('rejects implausible years as a likely typing slip', () => {
    expect(() => parseIsoDate('0224-05-01')).toThrow(/outside the years this tool can count/);
    expect(() => parseIsoDate('2224-05-01')).toThrow(DeadlineInputError);
  });

  it('isIsoDate answers without throwing', () => {
    expect(isIsoDate('2024-05-01')).toBe(true);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('date arithmetic (UTC, never local time)', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    // Across both UK clock changes: a local-time implementation would drift by an hour and, near midnight, a day.
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addDays('2024-10-26', 2)).toBe('2024-10-28');
    expect(addDays('2024-05-01', 0)).toBe('2024-05-01');
  });

  it('refuses fractional days', () => {
    expect(() => addDays('2024-05-01', 1.5)).toThrow(DeadlineInputError);
  });

  it('knows the weekday (0 = Sunday)', () => {
    expect(weekday('2024-12-20')).toBe(5);
    expect(weekday('2024-03-09')).toBe(6);
    expect(weekday('2024-03-10')).toBe(0);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-31')).toBe(3);
    expect(isWeekend('2024-03-09')).toBe(true);
    expect(isWeekend('2024-03-11')).toBe(false);
  });

  it('agrees with Date.UTC on every day from 1900 to 2199', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2199, 11, 31) / 86_400_000;
    for (let n = first; n <= last; n++) {
      const expected = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== expected || toDayNumber(expected) !== n) {
        expect(fromDayNumber(n)).toBe(expected);
        expect(toDayNumber(expected)).toBe(n);
      }
      if (weekdayOfDayNumber(n) !== new Date(n * 86_400_000).getUTCDay()) {
        expect(weekdayOfDayNumber(n)).toBe(new Date(n * 86_400_000).getUTCDay());
      }
    }
  });

  it('round-trips day numbers, before and after 1970', () => {
    for (const d of ['1900-01-01', '1969-12-31', '1970-01-01', '2024-02-29', '2199-12-31']) {
      expect(fromDayNumber(toDayNumber(d))).toBe(d);
    }
    expect(weekdayOfDayNumber(-1)).toBe(3);
  });

  it('compares and measures', () => {
    expect(compareIsoDates('2024-01-02', '2024-01-10')).toBeLessThan(0);
    expect(compareIsoDates('2024-01-10', '2024-01-10')).toBe(0);
    expect(compareIsoDates('2025-01-01', '2024-12-31')).toBeGreaterThan(0);
    expect(calendarDaysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(calendarDaysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });
});
