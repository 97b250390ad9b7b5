import { describe, expect, it } from 'vitest';
import { runRule } from '../ruleHarness';
import { reviewRightsMissing } from './reviewRightsMissing';

const refusal = { covers: ['1'], disposition: 'not-held' as const, blocks: ['We do not hold this information.'] };

describe('review-rights-missing', () => {
  it('reports a refusal with no closing paragraphs', () => {
    expect(runRule(reviewRightsMissing, { ref: 'T', questions: ['1'], answers: [refusal] })).toHaveLength(1);
  });
  it('accepts internal review and the ICO anywhere in the letter', () => {
    expect(runRule(reviewRightsMissing, { ref: 'T', questions: ['1', '2'], answers: [refusal, { covers: ['2'], blocks: ['Yes. If you are unhappy you can ask for an internal review, and then complain to the Information Commissioner.'] }] })).toEqual([]);
  });
  it('wants the Scottish Information Commissioner under FOISA', () => {
    const spec = { ref: 'T', regime: 'foisa' as const, questions: ['1'], answers: [{ ...refusal, blocks: ['We do not hold this. You may ask for a review, then complain to the Information Commissioner.'] }] };
    expect(runRule(reviewRightsMissing, spec)[0]?.message).toMatch(/Scottish Information Commissioner/);
  });
  it('is not asked of the published log', () => {
    expect(runRule(reviewRightsMissing, { ref: 'T', questions: ['1'], answers: [refusal] }, { purpose: 'publish' })).toEqual([]);
  });
});

describe('review-rights-missing: the regulations\' own wording (issue 10)', () => {
  it('accepts EIR representations and reconsideration (reg 11) with a complaint under reg 18 applying s50', () => {
    const spec = { ref: 'T', regime: 'eir' as const, questions: ['1'], answers: [{ ...refusal, blocks: ['We do not hold this information under regulation 12(4)(a).', 'If you are dissatisfied you may make representations to us within 40 working days and we will reconsider our decision under regulation 11. You may then complain to the Information Commissioner under section 50 of FOIA, as applied by regulation 18.'] }] };
    expect(runRule(reviewRightsMissing, spec)).toEqual([]);
  });
  it('still reports an EIR refusal that names no route at all', () => {
    const spec = { ref: 'T', regime: 'eir' as const, questions: ['1'], answers: [{ ...refusal, blocks: ['We do not hold this information under regulation 12(4)(a).'] }] };
    expect(runRule(reviewRightsMissing, spec)).toHaveLength(1);
  });
});
