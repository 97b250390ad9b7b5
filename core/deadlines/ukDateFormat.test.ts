import { describe, expect, it } from 'vitest';
import { DeadlineInputError } from './deadlineInputError';
import { formatUkDate, formatUkShort, weekdayName } from './ukDateFormat';

describe('UK date formats', () => {
  it('writes the long form used in letters', () => {
    expect(formatUkDate('2024-12-20')).toBe('Friday 20 December 2024');
    expect(formatUkDate('2025-01-02')).toBe('Thursday 2 January 2025');
    expect(formatUkDate('2024-02-29')).toBe('Thursday 29 February 2024');
  });

  it('writes the short day-first form', () => {
    expect(formatUkShort('2024-12-20')).toBe('20/12/2024');
    expect(formatUkShort('2025-01-02')).toBe('02/01/2025');
  });

  it('names weekdays', () => {
    expect(weekdayName('2024-03-09')).toBe('Saturday');
  });

  it('refuses to format something that is not a date', () => {
    expect(() => formatUkDate('2024-02-30')).toThrow(DeadlineInputError);
    expect(() => formatUkShort('20/12/2024')).toThrow(DeadlineInputError);
  });
});
