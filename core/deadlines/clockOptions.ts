import { allowsComplexExtension, allowsPublicInterestExtension, type Regime } from '../model/regime';
import type { CaseTimeLimitVariation } from '../model/timeLimit';
import type { TimeLimitSettings } from './caseDeadline';
import { MAX_PUBLIC_INTEREST_EXTENSION_DAYS } from './statutoryDays';
import { allowsFeePause } from './feePause';

/**
 * What the case's clock may record under its regime and its organisation's settings: the window offers
 * exactly these and nothing the law does not give. One place, so the screen never re-derives the law.
 */
export interface ClockOptions {
  /** FOIA s10(3): the most further working days offered, or null where the regime has no such extension. */
  publicInterestExtensionMaxDays: number | null;
  /** EIR reg 7(1), EISR reg 7(1): 40 working days for complex and voluminous requests. */
  complexExtension: boolean;
  /** FOIA and FOISA s10(2): the clock stops from the fees notice to the fee's receipt. */
  feePause: boolean;
  /** The Time for Compliance variations the case may mark (never `school`, which follows from the body). */
  variations: Exclude<CaseTimeLimitVariation, 'none'>[];
  /** Every FOIA request to this body runs on 20 school days or 60 working days (SI 2004/3364 reg 3). */
  schoolRule: boolean;
}

const CASE_VARIATIONS = ['transferred-public-record', 'armed-forces-operation', 'held-outside-uk'] as const;

export function clockOptions(regime: Regime, settings?: TimeLimitSettings): ClockOptions {
  // The Time for Compliance Regulations vary FOIA s10 only.
  const enabled = regime === 'foia' ? (settings?.timeLimitVariations ?? []) : [];
  return {
    publicInterestExtensionMaxDays: allowsPublicInterestExtension(regime) ? MAX_PUBLIC_INTEREST_EXTENSION_DAYS : null,
    complexExtension: allowsComplexExtension(regime),
    feePause: allowsFeePause(regime),
    variations: CASE_VARIATIONS.filter((v) => enabled.includes(v)),
    schoolRule: enabled.includes('school'),
  };
}

/** A public interest extension as typed into the form: a whole number from 0 to the most allowed. */
export function publicInterestDaysFromInput(value: string, options: ClockOptions): number {
  const max = options.publicInterestExtensionMaxDays ?? 0;
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) ? Math.max(0, Math.min(max, n)) : 0;
}
