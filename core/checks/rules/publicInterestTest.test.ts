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

describe('public-interest-test-missing: personal data on the second and third conditions (issue 10)', () => {
  it('asks for a test under s40(2) relying on the second or third condition (s40(3B), s40(4A))', () => {
    expect(runRule(publicInterestTest, oneAnswer(['The names are withheld under section 40(2), by virtue of section 40(3B), because the data subjects have objected to processing under Article 21.']))).toHaveLength(1);
    expect(runRule(publicInterestTest, oneAnswer(['We withhold the record under section 40(2) because the third condition in section 40(4A) is met: it would be exempt from subject access.']))).toHaveLength(1);
  });
  it('treats s40(5B)(b) to (d) as qualified and s40(5B)(a) as not', () => {
    expect(runRule(publicInterestTest, oneAnswer(['We neither confirm nor deny under section 40(5B)(d) because confirming would reveal whether a subject access exemption applies.']))).toHaveLength(1);
    expect(runRule(publicInterestTest, oneAnswer(['We neither confirm nor deny under section 40(5B)(a)(i) because confirming would itself disclose personal data unfairly.']))).toEqual([]);
  });
  it('asks for a test under FOISA s38(1)(b) on the second or third condition, not the first', () => {
    expect(runRule(publicInterestTest, oneAnswer(['The names are withheld under section 38(1)(b) as personal data: the second condition is met because the staff objected under Article 21.'], {}, { regime: 'foisa' }))).toHaveLength(1);
    expect(runRule(publicInterestTest, oneAnswer(['The names are withheld under section 38(1)(b) as personal data because disclosure would breach the data protection principles.'], {}, { regime: 'foisa' }))).toEqual([]);
  });
});

// FOIA s2(3)(ea): s37(2) is absolute so far as it relates to s37(1)(a) to (ab). Seen: the shipped
// clause foia-s37-2-sovereign, filled as an officer would, was told it lacked a public interest test.
describe('public-interest-test-missing: s37(2) and the Sovereign', () => {
  it('asks for no test where s37(2) relates to s37(1)(a) to (ab)', () => {
    expect(runRule(publicInterestTest, oneAnswer(['We neither confirm nor deny whether we hold it, relying on section 37(2): in this case, section 37(1)(aa), communications with the heir to the Throne.']))).toEqual([]);
  });
  it('still asks for one where s37(2) relates to the rest of the Royal Family or honours', () => {
    expect(runRule(publicInterestTest, oneAnswer(['We neither confirm nor deny whether we hold it, relying on section 37(2): in this case, section 37(1)(b), the conferring of honours.']))).toHaveLength(1);
    expect(runRule(publicInterestTest, oneAnswer(['We neither confirm nor deny under section 37(2).']))).toHaveLength(1);
  });
});
