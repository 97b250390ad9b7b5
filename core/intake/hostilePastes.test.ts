import { describe, expect, it } from 'vitest';
import { splitRequest } from './split-request';
import { DENSE_LISTS, MEGABYTE, hugePastes, sixtyQuestionRequest, sized } from './testing/hostilePastes';

// Officers paste and re-paste while they edit, so a huge or hostile paste must neither hang the screen
// nor throw. How fast each one splits is a figure of `npm run bench` (scripts/bench/intakePastes.ts),
// not an assertion here: a busy machine would fail a timing test for no fault of the code. A split that
// went quadratic or backtracked would still fail here, on the test timeout.

describe('pastes of any size', () => {
  it('splits a 60-line request into its 12 section headings and 48 questions', () => {
    const questions = splitRequest(sixtyQuestionRequest());
    expect(questions.filter((q) => q.heading)).toHaveLength(12);
    expect(questions.filter((q) => !q.heading)).toHaveLength(48);
    expect(questions[1]?.text).toBe('How many requests about topic 1a did you receive in each of the years 2021, 2022 and 2023, and how many were answered within 20 working days?');
  });

  it.each(hugePastes())('splits %s without throwing, into well-formed questions', (_name, text) => {
    const questions = splitRequest(text);
    for (const q of questions.slice(0, 50)) {
      expect(q.text).toBe(q.text.trim());
      expect(q.text.length).toBeLessThanOrEqual(MEGABYTE);
    }
  });

  it('finds every copy of a request repeated to 1 MB', () => {
    const one = splitRequest(sixtyQuestionRequest()).length;
    const copies = Math.floor(MEGABYTE / (sixtyQuestionRequest().length + 1));
    expect(splitRequest(sized(`${sixtyQuestionRequest()}\n`, MEGABYTE)).length).toBeGreaterThanOrEqual(one * copies);
  });

  it.each(DENSE_LISTS)('splits 1 MB with %s into one question a line', (_name, unit) => {
    const text = sized(unit, MEGABYTE);
    const lines = text.split('\n').filter((line) => line.trim() !== '').length;
    const count = splitRequest(text).length;
    // The last line may be cut mid-label by the 1 MB limit, so allow it to be absorbed.
    expect(count).toBeGreaterThanOrEqual(lines - 1);
    expect(count).toBeLessThanOrEqual(lines);
  });
});

describe('robustness', () => {
  it('never throws on random pastes and always returns well-formed questions', () => {
    const alphabet = ['1', '2', '.', ')', '(', 'a', 'i', 'v', 'Q', ' ', ' ', '\n', '\n\n', '-', '•', '?', ':', 'ï', '¶', 'Dear ', 'Thanks', 'How many ', 'Please provide ', '\u00AD'];
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (let run = 0; run < 500; run += 1) {
      let text = '';
      const length = Math.floor(random() * 200);
      for (let i = 0; i < length; i += 1) text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
      const questions = splitRequest(text);
      for (const q of questions) {
        expect(typeof q.number).toBe('string');
        expect(typeof q.label).toBe('string');
        expect(typeof q.text).toBe('string');
        expect(typeof q.heading).toBe('boolean');
        expect(q.text).toBe(q.text.trim());
      }
    }
  });

  it('returns no questions for input that is not a string', () => {
    expect(splitRequest(undefined as unknown as string)).toEqual([]);
  });
});
