import { z } from 'zod';

/** The access regimes a request can fall under. Each has its own clock and its own exemptions. */
export const RegimeSchema = z.enum(['foia', 'eir', 'foisa', 'eisr']);
export type Regime = z.infer<typeof RegimeSchema>;

export const REGIME_LABELS: Record<Regime, string> = {
  foia: 'FOIA',
  eir: 'EIR',
  foisa: 'FOISA',
  eisr: 'EISR',
};

export const REGIME_NAMES: Record<Regime, string> = {
  foia: 'Freedom of Information Act 2000',
  eir: 'Environmental Information Regulations 2004',
  foisa: 'Freedom of Information (Scotland) Act 2002',
  eisr: 'Environmental Information (Scotland) Regulations 2004',
};

export function isScottish(regime: Regime): boolean {
  return regime === 'foisa' || regime === 'eisr';
}
