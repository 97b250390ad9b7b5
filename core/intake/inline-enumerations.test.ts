import { describe, expect, it } from 'vitest';
import { splitRequest } from './split-request';

const split = (text: string): string[] => splitRequest(text).map((q) => `${q.number}|${q.label}|${q.text}`);

describe('asks run together in one paragraph', () => {
  it.each([
    ['1) … 2) … 3)', 'I would like 1) the number of staff 2) the cost of training 3) any policy on overtime.', ['1|1)|the number of staff', '2|2)|the cost of training', '3|3)|any policy on overtime.']],
    ['(1) … (2)', 'Please tell me (1) how many staff you employ and (2) how many are agency staff.', ['1|(1)|how many staff you employ', '2|(2)|how many are agency staff.']],
    ['1. … 2.', 'Please send me the following. 1. The number of staff. 2. The cost of training.', ['1|1.|The number of staff.', '2|2.|The cost of training.']],
    ['a) … b)', 'Please provide a) the number of staff, b) the cost of training.', ['a|a)|the number of staff', 'b|b)|the cost of training.']],
    ['(a) … (b)', 'Please provide (a) the number of staff; (b) the cost of training.', ['a|(a)|the number of staff', 'b|(b)|the cost of training.']],
    ['(i) … (ii)', 'Please provide (i) the number of staff and (ii) the cost of training.', ['i|(i)|the number of staff', 'ii|(ii)|the cost of training.']],
    ['i. … ii.', 'Please provide i. the number of staff ii. the cost of training.', ['i|i.|the number of staff', 'ii|ii.|the cost of training.']],
    ['A) … B)', 'Please provide A) the number of staff B) the cost of training.', ['a|A)|the number of staff', 'b|B)|the cost of training.']],
    ['Q1: … Q2:', 'Q1: How many staff? Q2: What did training cost?', ['1|Q1:|How many staff?', '2|Q2:|What did training cost?']],
  ])('splits %s as on separate lines', (_style, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('splits a run that continues on the next line, and a run under a numbered question', () => {
    expect(split('1. Please give (a) the number of staff and\n(b) the cost of training.\n2. How many vacancies are there?')).toEqual([
      '1|1.|Please give',
      '1.a|(a)|the number of staff',
      '1.b|(b)|the cost of training.',
      '2|2.|How many vacancies are there?',
    ]);
  });

  it('does not break numbers inside sentences', () => {
    expect(split('1. In 2023 1.5 million visits were made. How many were free?\n2. Who decided, as in section 1) above?')).toEqual([
      '1|1.|In 2023 1.5 million visits were made. How many were free?',
      '2|2.|Who decided, as in section 1) above?',
    ]);
    // A lone label is not a run; "paragraph 2." and "Mr B. Smith" are a reference and an initial.
    expect(split('How many complaints were made under part 1) of the policy in 2023?')).toEqual(['1||How many complaints were made under part 1) of the policy in 2023?']);
    expect(split('1. What did Mr A. Jones and Mrs B. Evans decide at the meeting in paragraph 2. of the minutes?')).toEqual([
      '1|1.|What did Mr A. Jones and Mrs B. Evans decide at the meeting in paragraph 2. of the minutes?',
    ]);
    expect(split('How many staff worked 1) above their contracted hours and 2) below them?')).toEqual(['1||How many staff worked 1) above their contracted hours and 2) below them?']);
  });
});
