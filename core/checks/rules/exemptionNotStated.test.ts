import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { exemptionNotStated } from './exemptionNotStated';

describe('exemption-not-stated', () => {
  it('reports an exempt answer that cites nothing', () => {
    expect(runRule(exemptionNotStated, oneAnswer(['We cannot give you this.'], { disposition: 'exempt' }))).toHaveLength(1);
  });
  it('reports an exemption recorded on the answer but absent from its words', () => {
    expect(runRule(exemptionNotStated, oneAnswer(['We cannot give you this because it would harm an investigation.'], { disposition: 'exempt', exemptions: ['s30(1)(a)'] }))[0]?.message).toMatch(/section 30\(1\)\(a\)/);
  });
  it('is quiet when the text names the recorded exemption', () => {
    expect(runRule(exemptionNotStated, oneAnswer(['We withhold it under section 30(1)(a) because it would harm an investigation.'], { disposition: 'exempt', exemptions: ['s30(1)(a)'] }))).toEqual([]);
  });
});
