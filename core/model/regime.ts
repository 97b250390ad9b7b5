/**
 * The four access regimes, in one place: which one applies decides the working-day calendar (UK-wide for
 * FOIA/EIR, Scottish for FOISA/EISR), which extensions are lawful, which exemptions exist and what the
 * letter cites. Everything that asks "what does this regime allow" asks here.
 *
 * Order matters for tie-breaking in clause search: the UK-wide Act first, then its environmental twin,
 * then Scotland.
 */
// Plain data, no zod: the deadline engine (and `desk deadline`) load this without the schema library.
// The schema for validating input is RegimeSchema in ./regimeSchema.
export const REGIMES = ['foia', 'eir', 'foisa', 'eisr'] as const;
export type Regime = (typeof REGIMES)[number];

/** Short names, as officers say them ("an EIR request"). */
export const REGIME_LABELS: Readonly<Record<Regime, string>> = {
  foia: 'FOIA',
  eir: 'EIR',
  foisa: 'FOISA',
  eisr: 'EISR',
};

/** The law's title, as a letter cites it. */
export const REGIME_NAMES: Readonly<Record<Regime, string>> = {
  foia: 'Freedom of Information Act 2000',
  eir: 'Environmental Information Regulations 2004',
  foisa: 'Freedom of Information (Scotland) Act 2002',
  eisr: 'Environmental Information (Scotland) Regulations 2004',
};

export function isRegime(value: unknown): value is Regime {
  return typeof value === 'string' && (REGIMES as readonly string[]).includes(value);
}

/**
 * FOISA and EISR: Scottish bodies. They count only Scottish bank holidays (FOISA s73), and their
 * refusals point to the Scottish Information Commissioner and use Scottish section numbers.
 */
export function isScottish(regime: Regime): boolean {
  return regime === 'foisa' || regime === 'eisr';
}

/** EIR and EISR: environmental information, governed by regulations (exceptions, not exemptions). */
export function isEnvironmental(regime: Regime): boolean {
  return regime === 'eir' || regime === 'eisr';
}

/** FOISA s73 and EISR count only Scottish bank holidays; FOIA s10(6) and EIR count those of any UK part. */
export function usesScottishCalendar(regime: Regime): boolean {
  return isScottish(regime);
}

/** Environmental regimes allow 40 working days for complex and voluminous requests (EIR reg 7, EISR reg 7). */
export function allowsComplexExtension(regime: Regime): boolean {
  return isEnvironmental(regime);
}

/** Only FOIA s10(3) lets the public interest test extend the time; EIR, FOISA and EISR have no such power. */
export function allowsPublicInterestExtension(regime: Regime): boolean {
  return regime === 'foia';
}
