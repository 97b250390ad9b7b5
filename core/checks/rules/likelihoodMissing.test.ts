import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { likelihoodMissing } from './likelihoodMissing';

describe('likelihood-missing', () => {
  it('reports "could" under a prejudice-based exemption', () => {
    expect(runRule(likelihoodMissing, oneAnswer(['Answering could help a threat actor plan phishing, so we refuse under section 31(1)(a).']))).toHaveLength(1);
  });
  it('does not count the statutory disjunction as a choice', () => {
    expect(runRule(likelihoodMissing, oneAnswer(['Section 31(1)(a) covers information whose disclosure would, or would be likely to, prejudice crime prevention.']))).toHaveLength(1);
  });
  it('accepts "would be likely to" and a clause with the choice made', () => {
    expect(runRule(likelihoodMissing, oneAnswer(['Under section 31(1)(a), disclosure would be likely to prejudice the prevention of crime.']))).toEqual([]);
    expect(runRule(likelihoodMissing, oneAnswer([{ clause: 'foia-s31-1-a', kind: 'exemption', section: '31(1)(a)', text: 'x', values: { likelihood: 'would' } }]))).toEqual([]);
  });
  it('ignores class-based exemptions and s43(1)', () => {
    expect(runRule(likelihoodMissing, oneAnswer(['Withheld under section 42(1) as it is legal advice, and section 43(1) as a trade secret.']))).toEqual([]);
  });
});
