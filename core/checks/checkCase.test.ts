import { describe, expect, it } from 'vitest';
import { caseFromSpec } from './caseSpec';
import { checkCase } from './checkCase';
import { checkMonth } from './checkMonth';
import { FindingSchema } from './finding';
import { testContext } from './ruleHarness';

const defective = caseFromSpec({
  ref: 'D1',
  requester: { name: 'Jordan Example', email: 'jordan@example.com' },
  questions: ['1', '2'],
  answers: [
    { covers: ['1'], disposition: 'exempt', blocks: ['We refuse under section 31(1)(a) because disclosure would be likely to prejudice crime prevention.'] },
    { covers: ['2'], blocks: ['We wrote to jordan@example.com.'] },
  ],
});

describe('checkCase', () => {
  it('runs every rule, errors first, and every finding fits the schema the API sends', () => {
    const f = checkCase(defective, testContext({ purpose: 'publish' }));
    expect(f.map((x) => x.ruleId)).toEqual(['public-interest-test-missing', 'requester-details']);
    f.forEach((x) => expect(FindingSchema.parse(x)).toEqual(x));
    expect(f[1]).toMatchObject({ questionNumber: '2', answerId: 'a2', range: { answerId: 'a2', from: 12, to: 30 }, redaction: { find: 'jordan@example.com', replaceWith: '[redacted]' } });
  });
  it('adds the letter-only checks when sending', () => {
    expect(checkCase(defective, testContext()).map((x) => x.ruleId)).toContain('review-rights-missing');
  });
  it('checkMonth skips cases kept out of the log when publishing', () => {
    const hidden = { ...defective, publish: false };
    expect(checkMonth([hidden], testContext({ purpose: 'publish' }))).toEqual([]);
    expect(checkMonth([hidden], testContext({ purpose: 'send' })).length).toBeGreaterThan(0);
  });
});
