import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRequest, splitRequestUnguarded } from './split-request';

/**
 * Issue 12: the splitter, fuzzed. splitRequest catches anything its stages throw (so a paste never breaks
 * the screen), which would also hide a crash from a test: the stages are run here without that net.
 * Inputs are bounded at 2,000 characters; each split must finish well inside a second, a bound loose
 * enough for a loaded 2-core machine and far below what a quadratic or backtracking split of adversarial
 * input takes (the hostile pastes of hostilePastes.test.ts reach seconds at that size when that happens).
 */
const MAX_CHARS = 2_000;
const PER_RUN_MS = 500;

// Pieces requests are made of, so the fuzz reaches the numbering code rather than only "no labels found".
const label = fc.constantFrom('1.', '1)', '(1)', 'Q1:', 'Question 1 -', '1.1', 'a.', 'a)', '(a)', 'i.', '(ii)', '1g.', '2. CRM', 'IV.', '10)', '(z)', 'Q', '1.2.3.4.5.');
const word = fc.constantFrom('How', 'many', 'requests', 'in', '2021,', '2022', 'and', 'each year in (1)', 'Dear Sir', 'Kind regards,', 'Jordan', 'please', '?', '.', ':', '-', '–', '•', '*', '\t', '  ');
const oddChar = fc.constantFrom('\u00A0', '\u200B', '\u00AD', '\r', '\f', '\u2028', '\uFEFF', '\u0301', '\uD800', '\uDC00', 'é', '\u202E', '\0');
const line = fc.tuple(fc.option(label, { nil: '' }), fc.array(fc.oneof(word, oddChar, fc.string({ maxLength: 8 })), { maxLength: 12 })).map(([l, ws]) => `${l} ${ws.join(' ')}`);
const requestLike = fc.array(line, { maxLength: 60 }).map((ls) => ls.join('\n').slice(0, MAX_CHARS));
const anyText = fc.string({ maxLength: MAX_CHARS, unit: 'binary' });
// Long runs of one construct: where a quadratic pass shows first.
const repeated = fc.tuple(fc.oneof(label, word, oddChar), fc.constantFrom(' ', '\n', '', '\n\n')).map(([piece, sep]) => `${piece}${sep}`.repeat(Math.ceil(MAX_CHARS / (piece.length + sep.length))).slice(0, MAX_CHARS));

function timedSplit(text: string) {
  const t0 = performance.now();
  const questions = splitRequestUnguarded(text);
  const ms = performance.now() - t0;
  expect(ms, `split of ${text.length} characters took ${ms.toFixed(0)} ms`).toBeLessThan(PER_RUN_MS);
  return questions;
}

describe('the request splitter, fuzzed', () => {
  it('never throws, and returns well-formed questions in bounded time, for request-like text', () => {
    fc.assert(
      fc.property(fc.oneof(requestLike, anyText, repeated), (text) => {
        const questions = timedSplit(text);
        for (const q of questions) {
          expect(typeof q.number).toBe('string');
          expect(typeof q.label).toBe('string');
          expect(q.text).toBe(q.text.trim());
          expect(q.text).not.toMatch(/\n/);
          expect(typeof q.heading).toBe('boolean');
        }
        // The guarded entry point gives the same answer when nothing throws.
        expect(splitRequest(text)).toEqual(text.trim() === '' ? [] : questions);
      }),
      { numRuns: 300 },
    );
  });
});
