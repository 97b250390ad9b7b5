import { describe, expect, it } from 'vitest';
import { REGIMES } from '../model/regime';
import { clockOptions, publicInterestDaysFromInput } from './clockOptions';

describe('clockOptions: what the clock may record', () => {
  it('offers the public interest extension under FOIA only, up to 20 further days', () => {
    expect(REGIMES.map((r) => clockOptions(r).publicInterestExtensionMaxDays)).toEqual([20, null, null, null]);
  });

  it('offers 40 days for complex and voluminous requests under the EIR and EISR only', () => {
    expect(REGIMES.filter((r) => clockOptions(r).complexExtension)).toEqual(['eir', 'eisr']);
  });

  it('offers the fee pause under FOIA and FOISA', () => {
    expect(REGIMES.filter((r) => clockOptions(r).feePause)).toEqual(['foia', 'foisa']);
  });

  it('offers the Time for Compliance variations the organisation uses, under FOIA only', () => {
    const settings = { timeLimitVariations: ['school' as const, 'held-outside-uk' as const] };
    expect(clockOptions('foia', settings)).toMatchObject({ variations: ['held-outside-uk'], schoolRule: true });
    expect(clockOptions('eir', settings)).toMatchObject({ variations: [], schoolRule: false });
    expect(clockOptions('foia')).toMatchObject({ variations: [], schoolRule: false });
  });

  it('reads a typed extension as a whole number within what the regime allows', () => {
    const foia = clockOptions('foia');
    expect(['', '7', '7.6', '-3', '45', 'x'].map((v) => publicInterestDaysFromInput(v, foia))).toEqual([0, 7, 7, 0, 20, 0]);
    expect(publicInterestDaysFromInput('10', clockOptions('foisa'))).toBe(0);
  });
});
