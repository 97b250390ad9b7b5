import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { publicInterestTest } from './publicInterestTest';

const reason = 'We are refusing under section 31(1)(a) because disclosure would be likely to help criminals target the site.';

describe('public-interest-test-missing', () => {
  it('does not accept the one-line conclusion as a whole test', () => {
    const f = runRule(publicInterestTest, oneAnswer([`${reason} We have decided that the public interest in maintaining the exemption outweighs the public interest in disclosure.`]));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/factors in favour of disclosure; the factors in favour of maintaining/);
  });
  it('accepts factors on both sides and a conclusion', () => {
    expect(runRule(publicInterestTest, oneAnswer([reason, 'Factors in favour of disclosure: openness about how the site is protected.', 'Factors in favour of maintaining the exemption: the site would be easier to attack.', 'On balance, the public interest favours withholding the information.']))).toEqual([]);
  });
  it('does not ask for a test under an absolute exemption', () => {
    expect(runRule(publicInterestTest, oneAnswer(['This is withheld under section 40(2) because it is personal data.']))).toEqual([]);
  });
  it('treats every EIR exception as qualified', () => {
    expect(runRule(publicInterestTest, oneAnswer(['We withhold the prices under regulation 12(5)(e) because disclosure would adversely affect the supplier.'], {}, { regime: 'eir' }))).toHaveLength(1);
  });
});
