import { describe, expect, it } from 'vitest';
import { formatDateForField, parseUkDateInput } from './ukDateInput';

const date = (typed: string) => parseUkDateInput(typed);
const message = (typed: string) => {
  const result = parseUkDateInput(typed);
  if (result.kind !== 'error') throw new Error(`${typed} was read as ${JSON.stringify(result)}`);
  return result.message;
};

describe('parseUkDateInput', () => {
  it.each([
    ['03/06/2024', '2024-06-03'],
    ['3/6/2024', '2024-06-03'],
    ['3/6/24', '2024-06-03'],
    ['03-06-2024', '2024-06-03'],
    ['3.6.2024', '2024-06-03'],
    ['3 6 2024', '2024-06-03'],
    ['2024-06-03', '2024-06-03'],
    ['3 June 2024', '2024-06-03'],
    ['3 Jun 2024', '2024-06-03'],
    ['3 jun. 24', '2024-06-03'],
    ['3rd June 2024', '2024-06-03'],
    ['3rd of June, 2024', '2024-06-03'],
    ['Monday 3 June 2024', '2024-06-03'],
    ['Mon, 3 June 2024', '2024-06-03'],
    ['  30  September   2024 ', '2024-09-30'],
    ['30 Sept 2024', '2024-09-30'],
    ['29/02/2024', '2024-02-29'],
    ['1/1/1900', '1900-01-01'],
    ['31/12/2199', '2199-12-31'],
  ])('reads %s day first as %s', (typed, iso) => {
    expect(date(typed)).toEqual({ kind: 'date', date: iso });
  });

  it('reads 01/02/2024 as the first of February, never January the second', () => {
    expect(date('01/02/2024')).toEqual({ kind: 'date', date: '2024-02-01' });
  });

  it('calls a blank field empty, not wrong', () => {
    expect(date('')).toEqual({ kind: 'empty' });
    expect(date('   ')).toEqual({ kind: 'empty' });
  });

  it('says in words which dates do not exist', () => {
    expect(message('31/02/2024')).toBe('31/02/2024 is not a date: February 2024 has 29 days.');
    expect(message('29/02/2023')).toBe('29/02/2023 is not a date: February 2023 has 28 days.');
    expect(message('31 April 2024')).toMatch(/^31 April 2024 is not a date: April 2024 has 30 days/);
    expect(message('0/6/2024')).toMatch(/^0\/6\/2024 is not a date/);
    expect(message('15/13/2024')).toBe('15/13/2024 is not a date. There are 12 months.');
  });

  it('points out a month-first date', () => {
    expect(message('06/13/2024')).toBe('06/13/2024 is not a date. The day comes first, then the month: day/month/year.');
  });

  it('refuses years it cannot count, in words', () => {
    expect(message('3/6/0002')).toBe('3/6/0002 has the year 2: only years from 1900 to 2199 can be counted. Check the year.');
    expect(message('3/6/1899')).toMatch(/only years from 1900 to 2199/);
    expect(message('3 June 2204')).toMatch(/has the year 2204/);
    expect(message('2204-06-03')).toMatch(/has the year 2204/);
  });

  it('shows how to type a date for anything half typed or unreadable', () => {
    for (const typed of ['3', '3/', '3/6', '3/6/', '3/6/2', '3/6/202', '3/6/20245', 'tomorrow', '03062024']) {
      expect(message(typed)).toBe('Type the date as day/month/year, for example 3/6/2024.');
    }
  });

  it('names a word that is not a month', () => {
    expect(message('3 Jnue 2024')).toBe('“jnue” is not a month. Type the date as day/month/year, for example 3/6/2024, or 3 June 2024.');
  });

  it('refuses a weekday that does not match the date', () => {
    expect(message('Friday 3 June 2024')).toBe('Friday 3 June 2024 is not right: 3 June 2024 is a Monday. Check the day.');
  });
});

describe('formatDateForField', () => {
  it('writes the day, the month in full and the year', () => {
    expect(formatDateForField('2024-06-03')).toBe('3 June 2024');
    expect(formatDateForField('2024-12-20')).toBe('20 December 2024');
  });

  it('reads back what it writes', () => {
    for (const iso of ['2024-01-01', '2024-02-29', '2031-09-30', '1999-12-31']) {
      expect(date(formatDateForField(iso))).toEqual({ kind: 'date', date: iso });
    }
  });
});
