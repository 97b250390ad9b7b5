import { describe, expect, it } from 'vitest';
import { parseLabel } from './parse-label';

function read(line: string): { label: string; rest: string; path: string[] | null; kind: string; value: string } | null {
  const parsed = parseLabel(line);
  return parsed && { label: parsed.label, rest: parsed.rest, path: parsed.path, kind: parsed.last.kind, value: parsed.last.value };
}

describe('parseLabel', () => {
  it.each([
    ['1. How many?', '1.', 'num', '1'],
    ['1) How many?', '1)', 'num', '1'],
    ['2)The date', '2)', 'num', '2'],
    ['(1) How many?', '(1)', 'num', '1'],
    ['[3] How many?', '[3]', 'num', '3'],
    ['4: How many?', '4:', 'num', '4'],
    ['5 - How many?', '5 -', 'num', '5'],
    ['1.Total number', '1.', 'num', '1'],
    ['a. How many?', 'a.', 'lower', 'a'],
    ['b) How many?', 'b)', 'lower', 'b'],
    ['(c) How many?', '(c)', 'lower', 'c'],
    ['A. Libraries', 'A.', 'upper', 'a'],
    ['ii. The total', 'ii.', 'roman', 'ii'],
    ['(iv) duration', '(iv)', 'roman', 'iv'],
    ['iii) How many?', 'iii)', 'roman', 'iii'],
    ['II. Cemeteries', 'II.', 'ROMAN', 'ii'],
  ])('reads the relative label in %j', (line, label, kind, value) => {
    expect(read(line)).toMatchObject({ label, kind, value, path: null });
  });

  it.each([
    ['Q1: What?', 'Q1:', ['1']],
    ['Q1. What?', 'Q1.', ['1']],
    ['Q2 How many?', 'Q2', ['2']],
    ['Question 1 - How many?', 'Question 1 -', ['1']],
    ['Question 3: Handover delays', 'Question 3:', ['3']],
    ['Q1a How many?', 'Q1a', ['1', 'a']],
    ['1g. Who maintains?', '1g.', ['1', 'g']],
    ['1(a) How many?', '1(a)', ['1', 'a']],
    ['1.1 How many?', '1.1', ['1', '1']],
    ['1.1. How many?', '1.1.', ['1', '1']],
    ['2.2.1 Please name', '2.2.1', ['2', '2', '1']],
  ])('reads the absolute label in %j', (line, label, path) => {
    expect(read(line)).toMatchObject({ label, path });
  });

  it('flags a lone i, v or x as ambiguous between a letter and a numeral', () => {
    expect(parseLabel('i. Ninth')?.last).toMatchObject({ kind: 'lower', ambiguous: true });
    expect(parseLabel('v) fifth')?.last).toMatchObject({ kind: 'lower', ambiguous: true });
    expect(parseLabel('b. Second')?.last.ambiguous).toBe(false);
  });

  it.each([
    'e.g. E3, E5',
    'i.e. the total',
    '1.5 million pounds was saved',
    '10.30 am on Friday',
    '1.1.2024 was the start date',
    '2021, 2022 and 2023',
    '2021. That year',
    'Q4 2023 figures were published',
    '4G Network coverage',
    '12 Advisors and 2 Managers',
    '3 to the Police Reform Act 2002',
    '£1.5 million',
    'I would like to know',
    'A list of all contracts',
    '1st April 2013',
    '(SEN) pupils',
  ])('finds no label in %j', (line) => {
    expect(parseLabel(line)).toBeNull();
  });

  it('inspects only the start of a very long line', () => {
    const line = `1. ${'word '.repeat(200_000)}`;
    expect(parseLabel(line)?.label).toBe('1.');
  });
});
