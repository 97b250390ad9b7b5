import { describe, expect, it } from 'vitest';
import type { Answer, Question } from '../model/case';
import { caseOutcome } from './outcome';
import { describeQuestionGroup, slots } from './answerGroups';
import { addQuestionAfter, demote, duplicateNumbers, mergeWithPrevious, nextFreeNumber, promote, splitAt, toggleHeading } from './questionEdits';

const q = (id: string, number: string, text = `Question ${number}`, heading = false): Question => ({ id, number, label: '', text, heading });
const words = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Some words.' }] }] };
const a = (id: string, covers: string[], disposition: Answer['disposition'] = 'answered'): Answer => ({ id, covers, doc: words, disposition, exemptions: [], redirectTo: '' });
let n = 0;
const newId = () => `new${++n}`;

describe('correcting a split', () => {
  it('merges a stray line into the question before it, keeping the first id', () => {
    const out = mergeWithPrevious([q('1', '1', 'How many staff'), q('2', '2', 'work from home?')], '2');
    expect(out).toEqual([q('1', '1', 'How many staff work from home?')]);
  });

  it('splits a question at the cursor and numbers the new one after it', () => {
    const out = splitAt([q('1', '1', 'How many? And where?'), q('2', '2')], '1', 10, newId);
    expect(out.map((x) => [x.number, x.text])).toEqual([['1', 'How many?'], ['3', 'And where?'], ['2', 'Question 2']]);
  });

  it('demotes under the question above and promotes back out', () => {
    const qs = [q('1', '1'), q('2', '1.a'), q('3', '2')];
    const demoted = demote(qs, '3');
    expect(demoted[2]!.number).toBe('1.b');
    expect(promote(demoted, '3')[2]!.number).toBe('2');
  });

  it('toggles a heading and finds duplicate numbers', () => {
    expect(toggleHeading([q('1', '2', 'CRM')], '1')[0]!.heading).toBe(true);
    expect([...duplicateNumbers([q('1', '1'), q('2', '1')])]).toEqual(['1']);
    expect(nextFreeNumber([q('1', '1.a'), q('2', '1.b')], '1.a')).toBe('1.c');
    expect(addQuestionAfter([q('1', '1')], '1', newId)[1]!.number).toBe('2');
  });
});

describe('answers among questions', () => {
  it('prints a shared answer once, under the last question it covers', () => {
    const out = slots([q('1', '1'), q('2', '2'), q('3', '3')], [a('x', ['1', '3'])]);
    expect(out.map((s) => [s.question.id, s.answer?.id ?? null, s.answerHere])).toEqual([
      ['1', 'x', false],
      ['2', null, false],
      ['3', 'x', true],
    ]);
  });

  it('describes a group as the published log does', () => {
    expect(describeQuestionGroup(['1.g', '2.a', '2.b', '2.c', '3.a', '3.b'])).toBe('1g, 2a–c, 3a–b');
    expect(describeQuestionGroup(['1', '2', '3', '5'])).toBe('1–3, 5');
    expect(describeQuestionGroup(['4'])).toBe('4');
  });

  it('derives the case outcome from dispositions', () => {
    expect(caseOutcome({ answers: [a('1', ['1']), a('2', ['2'])] })).toBe('granted-in-full');
    expect(caseOutcome({ answers: [a('1', ['1']), a('2', ['2'], 'exempt')] })).toBe('granted-in-part');
    expect(caseOutcome({ answers: [a('1', ['1'], 'exempt')] })).toBe('refused');
    expect(caseOutcome({ answers: [a('1', ['1'], 'not-held')] })).toBe('not-held');
    expect(caseOutcome({ answers: [] })).toBe('undecided');
  });
});
