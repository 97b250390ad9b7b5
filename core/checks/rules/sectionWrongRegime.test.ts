import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { sectionWrongRegime } from './sectionWrongRegime';

describe('section-wrong-regime', () => {
  it('reports FOISA numbering in a FOIA letter', () => {
    const f = runRule(sectionWrongRegime, oneAnswer(['The names are withheld under section 38(1)(b) as personal information of staff.']));
    expect(f[0]?.message).toMatch(/FOISA numbering.*section 40/);
    expect(runRule(sectionWrongRegime, oneAnswer(['Withheld under section 35(1)(a) because disclosure would prejudice the prevention or detection of crime.']))[0]?.message).toMatch(/section 31/);
  });
  it('reports FOIA numbering in a FOISA letter', () => {
    expect(runRule(sectionWrongRegime, oneAnswer(['Withheld under section 40(2) as personal data.'], {}, { regime: 'foisa' }))[0]?.message).toMatch(/section 38/);
    expect(runRule(sectionWrongRegime, oneAnswer(['Withheld under section 43(2) as commercially sensitive.'], {}, { regime: 'foisa' }))[0]?.message).toMatch(/section 33/);
  });
  it('reports a FOIA exemption under the EIR, naming the regulation', () => {
    expect(runRule(sectionWrongRegime, oneAnswer(['We withhold the prices under Section 43 (2) as commercially sensitive.'], {}, { regime: 'eir' }))[0]?.message).toMatch(/regulation 12\(5\)\(e\)/);
  });
  it('allows s39 under the EIR, other statutes, and correct citations', () => {
    expect(runRule(sectionWrongRegime, oneAnswer(['This is environmental information, exempt from FOIA under section 39, so we have dealt with it under the EIR.'], {}, { regime: 'eir' }))).toEqual([]);
    expect(runRule(sectionWrongRegime, oneAnswer(['An offence under section 170 of the Data Protection Act 2018; names withheld under section 40(2) as personal data.']))).toEqual([]);
    expect(runRule(sectionWrongRegime, oneAnswer(['Withheld under section 38(1)(b) as personal data.'], {}, { regime: 'foisa' }))).toEqual([]);
  });
  it('reports a clause written for another regime', () => {
    expect(runRule(sectionWrongRegime, oneAnswer([{ clause: 'foisa-s38-1-b', kind: 'exemption', section: '38(1)(b)', text: 'x' }]))).toHaveLength(1);
  });
});

describe('section-wrong-regime: FOISA topics checked against the Act (issue 10)', () => {
  it('accepts FOISA s39(2), environmental information dealt with under the EISR', () => {
    expect(runRule(sectionWrongRegime, oneAnswer(['This is environmental information, so it is exempt under section 39(2) of FOISA and we have dealt with it under the EISR.'], {}, { regime: 'foisa' }))).toEqual([]);
  });
  it('accepts FOISA s30(a) on collective responsibility and s41 on communications with the Sovereign', () => {
    expect(runRule(sectionWrongRegime, oneAnswer(['Withheld under section 30(a) because disclosure would prejudice substantially the convention of collective responsibility of the Scottish Ministers.'], {}, { regime: 'foisa' }))).toEqual([]);
  });
});
