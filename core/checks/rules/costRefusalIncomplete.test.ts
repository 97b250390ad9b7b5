import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { costRefusalIncomplete } from './costRefusalIncomplete';

describe('cost-refusal-incomplete', () => {
  it('accepts the estimate, the limit and advice', () => {
    expect(runRule(costRefusalIncomplete, oneAnswer(['Complying would exceed the appropriate limit of £450 under section 12(1). Reviewing 900 files at 5 minutes each would take 75 hours. Under section 16, you could narrow the request to one year.']))).toEqual([]);
  });
  it('lists what is missing', () => {
    const f = runRule(costRefusalIncomplete, oneAnswer(['We are refusing this request under section 12 of the Act as it would exceed the cost limit.']));
    expect(f[0]?.message).toMatch(/estimate.*limit that applies \(£450, 18 hours\).*narrow/);
  });
  it('uses £600 and 24 hours for central government', () => {
    const f = runRule(costRefusalIncomplete, oneAnswer(['Section 12(1) applies: about 60 hours of work. You could narrow the request.']), { organisation: { costTier: 'central' } });
    expect(f[0]?.message).toMatch(/£600, 24 hours/);
  });
  it('does not apply under the EIR, which has no cost limit', () => {
    expect(runRule(costRefusalIncomplete, oneAnswer(['This is manifestly unreasonable under regulation 12(4)(b).'], {}, { regime: 'eir' }))).toEqual([]);
  });
});
