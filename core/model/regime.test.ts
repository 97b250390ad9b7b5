import { describe, expect, it } from 'vitest';
import { REGIMES, allowsComplexExtension, allowsPublicInterestExtension, isEnvironmental, isRegime, isScottish, usesScottishCalendar } from './regime';

describe('the regime rules', () => {
  const which = (rule: (r: (typeof REGIMES)[number]) => boolean) => REGIMES.filter(rule);

  it('knows the four regimes and nothing else', () => {
    expect(REGIMES).toEqual(['foia', 'eir', 'foisa', 'eisr']);
    expect(isRegime('eisr')).toBe(true);
    expect(isRegime('FOIA')).toBe(false);
    expect(isRegime(undefined)).toBe(false);
  });

  it('puts FOISA and EISR on the Scottish calendar (FOISA s73)', () => {
    expect(which(isScottish)).toEqual(['foisa', 'eisr']);
    expect(which(usesScottishCalendar)).toEqual(['foisa', 'eisr']);
  });

  it('allows 40 days for complex requests only under the environmental regulations, and a public interest extension only under FOIA', () => {
    expect(which(isEnvironmental)).toEqual(['eir', 'eisr']);
    expect(which(allowsComplexExtension)).toEqual(['eir', 'eisr']);
    expect(which(allowsPublicInterestExtension)).toEqual(['foia']);
  });
});
