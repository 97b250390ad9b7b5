import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { placeholderText } from './placeholderText';

describe('placeholder-text', () => {
  it.each(['[insert figure]', 'TBC', 'XX', 'xxx', '[name]', '???'])('reports %s', (p) => {
    expect(runRule(placeholderText, oneAnswer([`We spent ${p} on agency staff.`])).map((f) => f.excerpt)).toEqual([p]);
  });
  it('leaves ordinary words alone', () => {
    expect(runRule(placeholderText, oneAnswer(['The Xbox was bought in 2021 for the tbc youth club? Yes.']))).toEqual([]);
  });
  it('checks the summary only when publishing', () => {
    const spec = { ...oneAnswer(['Yes.']), summary: 'Request about TBC' };
    expect(runRule(placeholderText, spec)).toEqual([]);
    expect(runRule(placeholderText, spec, { purpose: 'publish' })).toHaveLength(1);
  });
});
