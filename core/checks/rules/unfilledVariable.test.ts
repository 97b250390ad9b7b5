import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { unfilledVariable } from './unfilledVariable';

describe('unfilled-variable', () => {
  it('reports a clause with missing variables, naming them', () => {
    const f = runRule(unfilledVariable, oneAnswer([{ clause: 'foia-s31-1-a', kind: 'exemption', section: '31(1)(a)', text: 'Because [reason].', missing: ['reason'] }]));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/"reason"/);
  });
  it('reports template markers pasted as text, but not [redacted]', () => {
    expect(runRule(unfilledVariable, oneAnswer(['We hold {{figure}} records. The name was [redacted].'])).map((f) => f.excerpt)).toEqual(['{{figure}}']);
    expect(runRule(unfilledVariable, oneAnswer(['The cost is [estimate hours] hours.'])).map((f) => f.excerpt)).toEqual(['[estimate hours]']);
  });
  it('is quiet on a filled clause', () => {
    expect(runRule(unfilledVariable, oneAnswer([{ clause: 'foia-s21', kind: 'exemption', section: '21', text: 'It is published at https://x.gov.uk.' }]))).toEqual([]);
  });
});
