import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { costRefusalIncomplete } from './costRefusalIncomplete';

describe('cost-refusal-incomplete', () => {
  it('accepts the estimate, the limit and advice', () => {
    expect(runRule(costRefusalIncomplete, oneAnswer(['Complying would exceed the appropriate limit of £450 under section 12(1). Reviewing 900 files at 5 minutes each would take 75 hours. Under section 16, you could narrow the request to one year.']))).toEqual([]);
  });
  it('lists what is missing: the s16 advice as an error, the estimate and limit as a warning', () => {
    const f = runRule(costRefusalIncomplete, oneAnswer(['We are refusing this request under section 12 of the Act as it would exceed the cost limit.']));
    expect(f.map((x) => x.severity)).toEqual(['error', 'warning']);
    expect(f[0]?.message).toMatch(/narrow|bring the request within the limit/);
    expect(f[1]?.message).toMatch(/estimate.*limit that applies \(£450, 18 hours/);
  });
  it('uses £600 and 24 hours for central government', () => {
    const f = runRule(costRefusalIncomplete, oneAnswer(['Section 12(1) applies: about 60 hours of work. You could narrow the request.']), { organisation: { costTier: 'central' } });
    expect(f[0]?.message).toMatch(/£600, 24 hours/);
  });
  it('does not apply under the EIR, which has no cost limit', () => {
    expect(runRule(costRefusalIncomplete, oneAnswer(['This is manifestly unreasonable under regulation 12(4)(b).'], {}, { regime: 'eir' }))).toEqual([]);
  });
});

describe('cost-refusal-incomplete: what s17(5) and s16 require (issue 10)', () => {
  it('only warns about a missing estimate or limit: s17(5) needs only the statement that s12 applies', () => {
    const f = runRule(costRefusalIncomplete, oneAnswer(['We are refusing this request under section 12 because it would exceed the cost limit. Under section 16 you could narrow it to one year.']));
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.message).toMatch(/good practice/);
  });
  it('keeps missing advice and assistance an error, as a duty under section 16', () => {
    const f = runRule(costRefusalIncomplete, oneAnswer(['Complying would exceed the appropriate limit of £450 under section 12(1). Reviewing 900 files would take 75 hours.']));
    expect(f.map((x) => x.severity)).toEqual(['error']);
    expect(f[0]?.message).toMatch(/section 16/);
  });
  it('names the £600 tier as the bodies in Part I of Schedule 1', () => {
    const f = runRule(costRefusalIncomplete, oneAnswer(['Section 12(1) applies. You could narrow the request.']), { organisation: { costTier: 'central' } });
    expect(f[0]?.message).toMatch(/Part I of Schedule 1/);
  });
});

// Part I of Schedule 1 to FOIA names the Senedd and the Northern Ireland Assembly; the Scottish
// Parliament answers under FOISA, so "the devolved legislatures" overstated the £600 tier.
describe('naming the £600 tier', () => {
  it('lists the bodies of Part I of Schedule 1, not every devolved legislature', async () => {
    const { costTierName } = await import('./costRefusal');
    const name = costTierName({ costTier: 'central' });
    expect(name).toContain('the Senedd, the Northern Ireland Assembly');
    expect(name).not.toMatch(/devolved legislatures|Scottish Parliament/);
  });
});
