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

describe('likelihood-missing: each regime\'s own test (issue 10)', () => {
  const eir = (text: string) => oneAnswer([text], {}, { regime: 'eir' });
  it('EIR reg 12(5) needs "would": "would be likely to" is FOIA\'s test and not enough', () => {
    const f = runRule(likelihoodMissing, eir('We withhold the prices under regulation 12(5)(e) because disclosure would be likely to adversely affect the supplier.'));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/would adversely affect/);
    expect(f[0]?.message).toMatch(/"would be likely to" is not enough/);
    expect(runRule(likelihoodMissing, eir('We withhold the prices under regulation 12(5)(e) because disclosure would adversely affect the supplier\'s legitimate economic interests.'))).toEqual([]);
    expect(runRule(likelihoodMissing, oneAnswer([{ clause: 'eir-reg-12-5-e', kind: 'exemption', section: '12(5)(e)', text: 'x', values: { likelihood: 'would be likely to' } }], {}, { regime: 'eir' }))).toHaveLength(1);
  });
  it('EISR reg 10(5) takes "would, or would be likely to, prejudice substantially": either limb will do', () => {
    expect(runRule(likelihoodMissing, oneAnswer(['Withheld under regulation 10(5)(e) as disclosure would be likely to prejudice substantially the supplier\'s interests.'], {}, { regime: 'eisr' }))).toEqual([]);
  });
  it('FOISA s31(1) and s33(1)(a) are not harm tests; s31(4) and s33(1)(b) are', () => {
    const foisa = (text: string) => oneAnswer([text], {}, { regime: 'foisa' });
    expect(runRule(likelihoodMissing, foisa('Withheld under section 31(1) as exemption is required for the purpose of safeguarding national security.'))).toEqual([]);
    expect(runRule(likelihoodMissing, foisa('The recipe is a trade secret, exempt under section 33(1)(a).'))).toEqual([]);
    expect(runRule(likelihoodMissing, foisa('Withheld under section 31(4) as it concerns defence capability.'))).toHaveLength(1);
    expect(runRule(likelihoodMissing, foisa('Withheld under section 33(1)(b) as it concerns the supplier\'s commercial interests.'))[0]?.message).toMatch(/prejudice substantially/);
  });
  it('FOIA s43(3) is a harm-based NCND', () => {
    expect(runRule(likelihoodMissing, oneAnswer(['We neither confirm nor deny whether we hold it, under section 43(3), because confirming could help competitors.']))).toHaveLength(1);
  });
});
