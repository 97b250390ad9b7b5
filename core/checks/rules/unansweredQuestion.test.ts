import { describe, expect, it } from 'vitest';
import { runRule } from '../ruleHarness';
import { unansweredQuestion } from './unansweredQuestion';

describe('unanswered-question', () => {
  it('reports a question no answer covers, but not a heading', () => {
    const f = runRule(unansweredQuestion, { ref: 'T', questions: [{ number: '1', heading: true }, '1.a', '1.b'], answers: [{ covers: ['1.a'], blocks: ['Yes.'] }] });
    expect(f.map((x) => x.questionNumber)).toEqual(['1.b']);
  });
  it('counts an empty answer as no answer', () => {
    expect(runRule(unansweredQuestion, { ref: 'T', questions: ['1'], answers: [{ covers: ['1'], blocks: [''] }] })).toHaveLength(1);
  });
  it('is quiet when every question is answered', () => {
    expect(runRule(unansweredQuestion, { ref: 'T', questions: ['1', '2'], answers: [{ covers: ['1', '2'], blocks: ['Both: no.'] }] })).toEqual([]);
  });
});
