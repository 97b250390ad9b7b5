import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { foldSpelling, foldWord, spellingRulesDescription } from './spellingVariants';

describe('UK and US spellings folded to one form', () => {
  it.each([
    ['organization', 'organisation'],
    ['Organizations', 'organisations'],
    ['organisation', 'organisation'],
    ['program', 'programme'],
    ['programme', 'programme'],
    ['license', 'licence'],
    ['licenses', 'licences'],
    ['recognized', 'recognised'],
    ['realizing', 'realising'],
    ['analyze', 'analyse'],
    ['color', 'colour'],
    ['behavioral', 'behavioural'],
    ['neighborhoods', 'neighbourhoods'],
    ['favorite', 'favourite'],
    ['center', 'centre'],
    ['defense', 'defence'],
    ['traveled', 'travelled'],
    ['counselor', 'counsellor'],
    ['fulfill', 'fulfil'],
    ['pediatric', 'paediatric'],
    ['judgement', 'judgment'],
  ])('%s -> %s', (word, folded) => expect(foldWord(word)).toBe(folded));

  it.each(['four', 'hour', 'your', 'size', 'seized', 'prize', 'downsize', 'citizen', 'honorary', 'laboratory', 'failed', 'sailed', 'minor', 'major', 'doctor', 'for'])('leaves %s alone', (word) => {
    expect(foldWord(word)).toBe(word);
  });

  it('keeps every word in its place, so matches can be marked in the original text', () => {
    const text = 'The organization’s licence-program (2024) — "centers" & colour.';
    const folded = foldSpelling(text);
    expect(folded).toBe('The organisation’s licence-programme (2024) — "centres" & colour.');
    const words = (t: string) => t.match(/[\p{L}\p{N}]+/gu)!.length;
    expect(words(folded)).toBe(words(text));
  });

  // The question index holds folded text and takes entries out by folding their text again: the
  // rules cannot change under an existing index. If this fails, you changed the rules: add a
  // migration that empties question_text and refills it (see migration 8), then update the hash.
  it('has the rules the question index was built with', () => {
    expect(createHash('sha256').update(spellingRulesDescription()).digest('hex').slice(0, 16)).toBe('5aa1fcc9cd092f80');
  });
});
