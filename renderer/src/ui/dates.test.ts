import { describe, expect, it } from 'vitest';
import { daysLeftText, formatUkDate, formatUkShort, urgency } from './dates';

describe('dates on screen', () => {
  it('writes dates the UK way: day first', () => {
    expect(formatUkShort('2024-12-20')).toBe('20/12/2024');
    expect(formatUkDate('2024-12-20')).toBe('Friday 20 December 2024');
  });

  it('says how long is left in words, singular and plural', () => {
    expect(daysLeftText(0)).toBe('due today');
    expect(daysLeftText(1)).toBe('1 working day left');
    expect(daysLeftText(7)).toBe('7 working days left');
    expect(daysLeftText(-1)).toBe('1 working day overdue');
    expect(daysLeftText(-3)).toBe('3 working days overdue');
  });

  it('ranks urgency: closed cases are done whatever the clock says; five days or fewer is due soon', () => {
    expect(urgency(-2, false)).toBe('done');
    expect(urgency(-1, true)).toBe('overdue');
    expect(urgency(0, true)).toBe('due-soon');
    expect(urgency(5, true)).toBe('due-soon');
    expect(urgency(6, true)).toBe('on-track');
  });
});
