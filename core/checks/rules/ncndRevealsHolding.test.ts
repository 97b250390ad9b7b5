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
