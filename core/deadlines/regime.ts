import { DeadlineInputError } from './deadlineInputError';

/**
 * The four access regimes. Which one applies decides both the working-day calendar (UK-wide for FOIA/EIR,
 * Scottish for FOISA/EISR) and which extensions are lawful.
 */
export type Regime = 'foia' | 'eir' | 'foisa' | 'eisr';

export const REGIMES: readonly Regime[] = ['foia', 'eir', 'foisa', 'eisr'];

export const REGIME_NAMES: Readonly<Record<Regime, string>> = {
  foia: 'Freedom of Information Act 2000',
  eir: 'Environmental Information Regulations 2004',
  foisa: 'Freedom of Information (Scotland) Act 2002',
  eisr: 'Environmental Information (Scotland) Regulations 2004',
};

export const REGIME_SHORT_NAMES: Readonly<Record<Regime, string>> = {
  foia: 'FOIA',
  eir: 'EIR',
  foisa: 'FOISA',
  eisr: 'EISR',
};

export function isRegime(value: unknown): value is Regime {
  return typeof value === 'string' && (REGIMES as readonly string[]).includes(value);
}

/** Validates a regime arriving from outside the type system (a form, the database, IPC). */
export function parseRegime(value: unknown): Regime {
  if (isRegime(value)) return value;
  throw new DeadlineInputError(`${JSON.stringify(value)} is not a regime: use foia, eir, foisa or eisr`);
}

/** FOISA s73 and EISR count only Scottish bank holidays; FOIA s10(6) and EIR count those of any UK part. */
export function usesScottishCalendar(regime: Regime): boolean {
  return regime === 'foisa' || regime === 'eisr';
}

/** Environmental regimes allow 40 working days for complex and voluminous requests (EIR reg 7, EISR reg 7). */
export function allowsComplexExtension(regime: Regime): boolean {
  return regime === 'eir' || regime === 'eisr';
}

/** Only FOIA s10(3) lets the public interest test extend the time; EIR, FOISA and EISR have no such power. */
export function allowsPublicInterestExtension(regime: Regime): boolean {
  return regime === 'foia';
}
