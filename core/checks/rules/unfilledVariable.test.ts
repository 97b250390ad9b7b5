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

describe('unfilled-variable in the officer\'s words', () => {
  const review = { clause: 'closing-foia-internal-review', title: 'Internal review (FOIA)', kind: 'closing', text: 'Write to [internal review address].', missing: ['org.reviewAddress'] };

  it('names the clause by its title, never its id', () => {
    const f = runRule(unfilledVariable, oneAnswer([{ clause: 'foia-s43-2', title: 'Commercial interests: prejudice', kind: 'exemption', section: '43(2)', text: 'Because [reason].', missing: ['reason'] }]));
    expect(f[0]?.message).toContain('"Commercial interests: prejudice"');
    expect(f[0]?.message).not.toContain('foia-s43-2');
  });

  it('sends a blank filled from Settings to Settings, with a fix that opens the field', () => {
    const [f, ...rest] = runRule(unfilledVariable, oneAnswer([review]));
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/^Fill in the review address in Settings/);
    expect(f?.message).not.toMatch(/org\.|reviewAddress/);
    expect(f?.fix).toEqual({ kind: 'open-settings', field: 'reviewAddress', label: 'Fill in the review address' });
  });
});

describe("unfilled-variable in the letter's closing section (issue 11)", () => {
  const review = { clause: 'closing-foia-internal-review', title: 'Internal review (FOIA)', kind: 'closing', text: 'Write to [internal review address].', missing: ['org.reviewAddress'] };

  it('reports a Settings blank in the closing section, naming the section and opening Settings at the field', () => {
    const [f, ...rest] = runRule(unfilledVariable, { ref: 'T1', questions: ['1'], answers: [{ covers: ['1'], blocks: ['We hold the information.'] }], closing: [review] });
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/^Fill in the review address in Settings: the closing section/);
    expect(f?.message).not.toMatch(/org\.|reviewAddress|question \?/);
    expect(f?.answerId).toBeUndefined();
    expect(f?.fix).toEqual({ kind: 'open-settings', field: 'reviewAddress', label: 'Fill in the review address' });
  });

  it("reports the closing section's own blanks and template markers", () => {
    const own = { clause: 'closing-reuse', title: 'Re-use', kind: 'closing', text: 'Licence: [licence].', missing: ['licence'] };
    const messages = runRule(unfilledVariable, { ref: 'T1', questions: ['1'], answers: [{ covers: ['1'], blocks: ['Held.'] }], closing: [own, 'Write to {{address}}.'] }).map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/closing section.*"licence"/);
    expect(messages[1]).toMatch(/"\{\{address\}\}" .*closing section/);
  });

  it('leaves the closing section to the letter when only the log is checked', () => {
    expect(runRule(unfilledVariable, { ref: 'T1', questions: ['1'], answers: [{ covers: ['1'], blocks: ['Held.'] }], closing: [review] }, { purpose: 'publish' })).toEqual([]);
  });
});
