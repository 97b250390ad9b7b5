import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { costLimitWrong } from './costLimitWrong';

const letter = (limit: string) => oneAnswer([`The appropriate limit for us is ${limit}, so section 12(1) applies. We estimate 40 hours. You could narrow the request.`]);

describe('cost-limit-wrong', () => {
  it('reports £600 in a council letter', () => {
    expect(runRule(costLimitWrong, letter('£600'))[0]?.excerpt).toBe('£600');
  });
  it('reports £450 in a central government letter', () => {
    expect(runRule(costLimitWrong, letter('£450'), { organisation: { costTier: 'central' } })).toHaveLength(1);
  });
  it('accepts the right figure', () => {
    expect(runRule(costLimitWrong, letter('£450'))).toEqual([]);
    expect(runRule(costLimitWrong, { ...letter('£600'), regime: 'foisa' })).toEqual([]);
  });
});

describe('cost-limit-wrong: naming the tiers (issue 10)', () => {
  it('says the £600 tier is Part I of Schedule 1, not "central government"', () => {
    const f = runRule(costLimitWrong, letter('£450'), { organisation: { costTier: 'central' } });
    expect(f[0]?.message).toMatch(/Part I of Schedule 1/);
    expect(f[0]?.message).not.toMatch(/central government/);
  });
});
