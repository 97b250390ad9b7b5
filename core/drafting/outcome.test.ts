import { describe, expect, it } from 'vitest';
import { DISPOSITION_LABELS, type Answer, type RichNode } from '../model';
import { answerHasText, caseOutcome, dispositionLabel } from './outcome';

const para = (text?: string): RichNode => (text === undefined ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] });
const answer = (doc: RichNode, disposition: Answer['disposition'] = 'answered'): Answer => ({ id: 'a', covers: ['q'], doc, disposition, exemptions: [], redirectTo: '' });
const empty = answer({ type: 'doc', content: [para(), para('   '), para()] });
const written = answer({ type: 'doc', content: [para('We hold 12 vehicles.')] });

describe('an empty answer is not an answer', () => {
  it('reads whitespace and empty paragraphs as no text', () => {
    expect(answerHasText(empty)).toBe(false);
    expect(answerHasText(answer({ type: 'doc', content: [para('\u00a0')] }))).toBe(false);
    expect(answerHasText(written)).toBe(true);
  });

  it('a just-started answer leaves the case undecided, not granted in full', () => {
    expect(caseOutcome({ answers: [empty] })).toBe('undecided');
    expect(caseOutcome({ answers: [written, { ...empty, id: 'b', disposition: 'exempt' }] })).toBe('granted-in-full');
  });

  it('shows "Not yet answered" in place of the default disposition until the answer has words', () => {
    expect(dispositionLabel(empty, DISPOSITION_LABELS)).toBe('Not yet answered');
    expect(dispositionLabel(written, DISPOSITION_LABELS)).toBe('Answered');
    expect(dispositionLabel({ ...empty, disposition: 'covered' }, DISPOSITION_LABELS)).toBe('Covered by another answer');
  });
});
