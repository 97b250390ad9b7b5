import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRequest } from '../intake';
import type { Answer, Question } from '../model/case';
import { canonicalNumber, matchQuestions, resplitAnswers, similarity, wordsOf } from './resplit';

const q = (id: string, number: string, text: string, heading = false): Question => ({ id, number, label: '', text, heading });
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const answerTo = (...covers: string[]): Answer => ({ id: `a-${covers.join('+')}`, covers, doc: doc(`Answer to ${covers.join(', ')}.`), disposition: 'answered', exemptions: [], redirectTo: '' });

/** What the case screen does: the request split, each question given a fresh id. */
function split(text: string, prefix: string): Question[] {
  return splitRequest(text).map((s, i) => ({ id: `${prefix}${i}`, number: s.number, label: s.label, text: s.text, heading: s.heading }));
}
const numbered = (texts: readonly string[]) => `Dear FOI team,\n\n${texts.map((t, i) => `${i + 1}. ${t}`).join('\n')}\n\nKind regards,\nSam`;

// Request-like questions: 4 to 12 words from an office's vocabulary, no two with the same words.
const WORDS = ['how', 'many', 'officers', 'staff', 'laptops', 'complaints', 'were', 'upheld', 'in', '2021', '2022', '2023', 'what', 'is', 'the', 'budget', 'for', 'training', 'contract', 'end', 'date', 'which', 'system', 'do', 'you', 'use', 'cost', 'of', 'vehicles', 'body', 'worn', 'video', 'policy', 'guidance', 'copy'];
const questionText = fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 12 }).map((ws) => `${ws.join(' ')}?`);
const questionTexts = fc.uniqueArray(questionText, { minLength: 1, maxLength: 15, selector: (t) => [...wordsOf(t)].sort().join(' ') });

describe('carrying answers over a new split', () => {
  it('splitting the same text twice keeps every answer on its question', () => {
    fc.assert(
      fc.property(questionTexts, (texts) => {
        const before = split(numbered(texts), 'old');
        const answers = before.filter((x) => !x.heading).map((x) => answerTo(x.id));
        const after = split(numbered(texts), 'new');
        const out = resplitAnswers(before, answers, after);
        expect(out.unmatched).toEqual([]);
        expect(out.kept).toBe(answers.length);
        for (const [i, a] of out.answers.entries()) {
          const was = before.find((x) => x.id === answers[i]!.covers[0])!;
          const now = after.find((x) => x.id === a.covers[0])!;
          expect([now.number, now.text]).toEqual([was.number, was.text]);
        }
      }),
    );
  });

  it('a renumbered list keeps answers by their words; the removed question leaves its answer unmatched', () => {
    fc.assert(
      fc.property(questionTexts.filter((t) => t.length >= 2), fc.nat(), (texts, pick) => {
        const gone = pick % texts.length;
        const before = texts.map((t, i) => q(`old${i}`, String(i + 1), t));
        const after = texts.filter((_, i) => i !== gone).map((t, i) => q(`new${i}`, String(i + 1), t));
        const answers = before.map((x) => answerTo(x.id));
        const out = resplitAnswers(before, answers, after);
        expect(out.unmatched.map((u) => u.answer.id)).toEqual([answers[gone]!.id]);
        expect(out.unmatched[0]!.lost).toEqual([before[gone]]);
        expect(out.unmatched[0]!.answer.covers).toEqual([]);
        for (const [i, a] of out.answers.entries()) {
          if (i === gone) continue;
          expect(after.find((x) => x.id === a.covers[0])?.text).toBe(texts[i]);
        }
      }),
    );
  });

  it('keeps answers by number when the request was edited a little', () => {
    const before = split(numbered(['How many laptops did you buy in 2023?', 'What did they cost in total?', 'Which supplier provided them?']), 'old');
    const after = split(numbered(['How many laptops did the force buy in 2023?', 'What did they cost altogether?', 'Which supplier provided them?']), 'new');
    const out = resplitAnswers(before, [answerTo('old0'), answerTo('old1'), answerTo('old2')], after);
    expect(out.answers.map((a) => a.covers)).toEqual([['new0'], ['new1'], ['new2']]);
    expect(out.kept).toBe(3);
  });

  it('does not slide answers onto a neighbour when a question is inserted above near-twins', () => {
    const before = [q('o1', '1', 'How many laptops did you buy in 2022?'), q('o2', '2', 'How many laptops did you buy in 2023?')];
    const after = [q('n1', '1', 'How many desktops did you buy in 2022?'), q('n2', '2', 'How many laptops did you buy in 2022?'), q('n3', '3', 'How many laptops did you buy in 2023?')];
    expect(Object.fromEntries(matchQuestions(before, after))).toEqual({ o1: 'n2', o2: 'n3' });
  });

  it('keeps a shared answer on the questions that remain and names the one that went', () => {
    const before = [q('o1', '1', 'Which telephony system do you use?'), q('o2', '2', 'When does its contract end?')];
    const after = [q('n1', '1', 'Which telephony system do you use?')];
    const out = resplitAnswers(before, [answerTo('o1', 'o2')], after);
    expect(out.answers[0]!.covers).toEqual(['n1']);
    expect(out.kept).toBe(1);
    expect(out.unmatched).toEqual([]);
    expect(out.partlyMatched.map((p) => p.lost.map((x) => x.number))).toEqual([['2']]);
  });

  it('does not count an answer that was attached to nothing before', () => {
    const out = resplitAnswers([q('o1', '1', 'How many staff?')], [answerTo(), answerTo('o1')], [q('n1', '1', 'How many staff?')]);
    expect(out.kept).toBe(1);
    expect(out.unmatched).toEqual([]);
    expect(out.answers.map((a) => a.covers)).toEqual([[], ['n1']]);
  });

  it('pairs a heading only with a heading, and never matches unrelated words', () => {
    const before = [q('o1', '2', 'CRM', true), q('o2', '3', 'How many complaints were upheld?')];
    const after = [q('n1', '2', 'CRM'), q('n2', '3', 'What is the training budget?')];
    expect(matchQuestions(before, after).size).toBe(0);
  });
});

describe('the measures behind the match', () => {
  it('reads numbers and words the same however they are written', () => {
    expect(['1.a', '1a', '1 (a)', 'Q1.A'].map(canonicalNumber)).toEqual(['1a', '1a', '1a', '1a']);
    expect(similarity(wordsOf('How many Officers?'), wordsOf('how many officers'))).toBe(1);
    expect(similarity(wordsOf('Café rota'), wordsOf('cafe rota'))).toBe(1);
    expect(similarity(wordsOf('one two'), wordsOf('three four'))).toBe(0);
  });
});
