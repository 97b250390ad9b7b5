import { describe, expect, it } from 'vitest';
import { runRule, testContext } from '../ruleHarness';
import { buildCaseView } from '../caseView';
import { caseFromSpec } from '../caseSpec';
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

describe('review-rights-missing: the closing section (issue 11)', () => {
  it('accepts the rights in the letter\'s closing section, outside every answer', () => {
    const spec = { ref: 'T', questions: ['1'], answers: [refusal], closing: ['You can ask for an internal review.', 'You can then complain to the Information Commissioner.'] };
    expect(runRule(reviewRightsMissing, spec)).toEqual([]);
  });
  it('offers to add the closing paragraphs when the section lacks them', () => {
    const [f] = runRule(reviewRightsMissing, { ref: 'T', questions: ['1'], answers: [refusal], closing: ['The information is subject to copyright.'] });
    expect(f?.message).toMatch(/closing section does not explain how to ask for an internal review or the right to apply to the Information Commissioner/);
    expect(f?.fix).toEqual({ kind: 'add-closing-paragraphs', label: 'Add the closing paragraphs' });
  });
  it('counts a closing section left on its default: the letter prints the rights', () => {
    const c = caseFromSpec({ ref: 'T', questions: ['1'], answers: [refusal] });
    expect(reviewRightsMissing.check(buildCaseView({ ...c, letter: undefined }), testContext())).toEqual([]);
  });
});
