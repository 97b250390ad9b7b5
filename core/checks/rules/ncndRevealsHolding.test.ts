import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { ncndRevealsHolding } from './ncndRevealsHolding';

describe('ncnd-reveals-holding', () => {
  it('reports an NCND answer that says what is held', () => {
    expect(runRule(ncndRevealsHolding, oneAnswer(['We can neither confirm nor deny whether we hold this under section 31(3). The information we hold relates to one officer.']))[0]?.excerpt).toBe('The information we hold');
    expect(runRule(ncndRevealsHolding, oneAnswer(['We do not hold any such report; in any case we neither confirm nor deny under section 40(5B).']))).toHaveLength(1);
  });
  it('accepts the NCND formula itself', () => {
    expect(runRule(ncndRevealsHolding, oneAnswer(['We can neither confirm nor deny whether we hold information of this kind, under section 31(3). This should not be taken as an indication that information is or is not held.']))).toEqual([]);
  });
  it('ignores "we hold" in answers that are not NCND', () => {
    expect(runRule(ncndRevealsHolding, oneAnswer(['We hold 12 records.']))).toEqual([]);
  });
});

describe('ncnd: provisions missing from the table (issue 10)', () => {
  it('knows the NCND provisions FOIA 22(2), 22A(2), 32(3) and FOISA s18', () => {
    expect(runRule(ncndRevealsHolding, oneAnswer(['Under section 22(2) we are not obliged to say. We hold a draft report.']))).toHaveLength(1);
    expect(runRule(ncndRevealsHolding, oneAnswer(['Under section 22A(2) we are not obliged to say. We hold a draft paper.']))).toHaveLength(1);
    expect(runRule(ncndRevealsHolding, oneAnswer(['Under section 32(3) we are not obliged to say. We hold a court file.']))).toHaveLength(1);
    expect(runRule(ncndRevealsHolding, oneAnswer(['Under section 18(1) of FOISA we are not obliged to say. We hold one report.'], {}, { regime: 'foisa' }))).toHaveLength(1);
  });
});
