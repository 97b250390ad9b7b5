import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { exemptionWithoutReason } from './exemptionWithoutReason';

describe('exemption-without-reason', () => {
  it('reports a bare citation', () => {
    const f = runRule(exemptionWithoutReason, oneAnswer(['This information is withheld under s.40(2).']));
    expect(f).toHaveLength(1);
    expect(f[0]?.excerpt).toBe('s.40(2)');
  });
  it('does not take the statute paraphrase for a reason', () => {
    expect(runRule(exemptionWithoutReason, oneAnswer(['We rely on section 31(1)(a). Section 31(1)(a) exempts information whose disclosure would, or would be likely to, prejudice the prevention of crime.']))).toHaveLength(1);
  });
  it('accepts an explanation near the citation', () => {
    expect(runRule(exemptionWithoutReason, oneAnswer(['We are withholding the names under section 40(2) because they are the personal data of junior staff who would not expect them to be published.']))).toEqual([]);
  });
  it('leaves NCND answers alone (s17(4)) and a clause whose reason is filled', () => {
    expect(runRule(exemptionWithoutReason, oneAnswer(['We neither confirm nor deny whether we hold it, under section 31(3).']))).toEqual([]);
    expect(runRule(exemptionWithoutReason, oneAnswer([{ clause: 'foia-s31-1-a', kind: 'exemption', section: '31(1)(a)', text: 'x', values: { reason: 'The rota shows when the building is unstaffed.' } }]))).toEqual([]);
    expect(runRule(exemptionWithoutReason, oneAnswer([{ clause: 'foia-s31-1-a', kind: 'exemption', section: '31(1)(a)', text: 'x', values: { reason: 'n/a' } }]))).toHaveLength(1);
  });
});

describe('exemption-without-reason: notices that are not exemptions (issue 10)', () => {
  it('does not ask a FOISA s17 "not held" notice or a FOIA s1(1)(a) answer for a reason', () => {
    expect(runRule(exemptionWithoutReason, oneAnswer(['This is a notice under section 17(1) of FOISA.'], { disposition: 'not-held' }, { regime: 'foisa' }))).toEqual([]);
    expect(runRule(exemptionWithoutReason, oneAnswer(['In accordance with section 1(1)(a) of the Act, we do not hold this.'], { disposition: 'not-held' }))).toEqual([]);
  });
  it('does not ask s14 for a reason either: s17(5) wants only the statement', () => {
    expect(runRule(exemptionWithoutReason, oneAnswer(['We are refusing this request under section 14(1) of the Act.']))).toEqual([]);
  });
});
