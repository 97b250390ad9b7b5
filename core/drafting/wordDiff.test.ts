import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffSides, diffTokens, wordDiff } from './wordDiff';

describe('wordDiff', () => {
  it('shows a changed figure as one word removed and one added', () => {
    expect(wordDiff('We received 120 calls in 2023.', 'We received 125 calls in 2023.')).toEqual([
      { kind: 'same', text: 'We received ' },
      { kind: 'removed', text: '120 ' },
      { kind: 'added', text: '125 ' },
      { kind: 'same', text: 'calls in 2023.' },
    ]);
  });

  it('keeps words whole, with their apostrophes and hyphens', () => {
    expect(diffTokens("  The force's long-term plan.")).toEqual(['  ', 'The ', "force's ", 'long-term ', 'plan', '.']);
    expect(wordDiff("The force's plan.", "The council's plan.")).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'removed', text: "force's " },
      { kind: 'added', text: "council's " },
      { kind: 'same', text: 'plan.' },
    ]);
  });

  it('lines up words, not the spaces between them', () => {
    expect(wordDiff('We do not hold this information.', 'We hold some of the information.')).toEqual([
      { kind: 'same', text: 'We ' },
      { kind: 'removed', text: 'do not ' },
      { kind: 'same', text: 'hold ' },
      { kind: 'removed', text: 'this ' },
      { kind: 'added', text: 'some of the ' },
      { kind: 'same', text: 'information.' },
    ]);
  });

  it('handles empty texts and paragraphs added', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'New answer.')).toEqual([{ kind: 'added', text: 'New answer.' }]);
    expect(wordDiff('Old answer.', '')).toEqual([{ kind: 'removed', text: 'Old answer.' }]);
    expect(wordDiff('First.', 'First.\nSecond.')).toEqual([
      { kind: 'same', text: 'First.' },
      { kind: 'added', text: '\nSecond.' },
    ]);
    expect(wordDiff('One two', 'One  two')).toEqual([
      { kind: 'same', text: 'One' },
      { kind: 'removed', text: ' ' },
      { kind: 'added', text: '  ' },
      { kind: 'same', text: 'two' },
    ]);
  });

  it('always gives back both texts exactly, and marks nothing when they are the same', () => {
    const words = fc.constantFrom('the', 'force', 'holds', '120', 'calls', ' ', '\n', '.', ',', 'not', "isn't");
    const text = fc.array(words, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordDiff(a, b);
        expect(diffSides(parts)).toEqual({ before: a, after: b });
        if (a === b) expect(parts.every((p) => p.kind === 'same')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('stays quick on a long answer with a few changes', () => {
    const long = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
    const changed = long.replace('word2500', 'changed').replace('word10', 'early');
    const t0 = performance.now();
    const parts = wordDiff(long, changed);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(parts.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['word10 ', 'early ', 'word2500 ', 'changed ']);
  });
});
