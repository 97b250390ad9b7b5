import { describe, expect, it } from 'vitest';
import { runRule } from '../ruleHarness';
import { danglingAnswer } from './danglingAnswer';

const base = { ref: 'T', questions: ['1', '2'] };

describe('dangling-answer', () => {
  it('accepts a covered answer that points at an answered question', () => {
    expect(runRule(danglingAnswer, { ...base, answers: [{ covers: ['1'], blocks: ['12 staff.'] }, { covers: ['2'], disposition: 'covered', blocks: ['Please see our answer to question 1.'] }] })).toEqual([]);
  });
  it('reports a covered answer that names no target, or an unanswered one', () => {
    expect(runRule(danglingAnswer, { ...base, answers: [{ covers: ['1'], blocks: ['12.'] }, { covers: ['2'], disposition: 'covered', blocks: ['See above.'] }] })).toHaveLength(1);
    expect(runRule(danglingAnswer, { ...base, answers: [{ covers: ['2'], disposition: 'covered', blocks: ['Please see our answer to question 1.'] }] })[0]?.message).toMatch(/question 1, which has no answer/);
  });
  it('reports an answer attached to questions the case does not have', () => {
    expect(runRule(danglingAnswer, { ...base, answers: [{ covers: ['9'], blocks: ['Orphan.'] }] })[0]?.message).toMatch(/not attached/);
  });
});
