import { PART_I_BODIES, type Organisation, type Regime } from '../../model';
import type { AnswerView, CaseView } from '../caseView';
import { refusalsIn } from '../refusals';

export interface CostLimit {
  pounds: number;
  hours: number;
  /** The other tier's figure, which a letter copied from another body might carry. */
  wrongPounds: number;
}

/**
 * FOIA (Fees Regulations 2004, SI 2004/3244, reg 3): £600 (24 hours at £25) for a body listed in Part I of
 * Schedule 1 to the Act, £450 (18 hours) for every other body. FOISA (Fees Regulations 2004, SSI 2004/467):
 * £600 at no more than £15 an hour, so 40 hours. EIR and EISR have no cost limit.
 */
export function costLimitFor(regime: Regime, org: Pick<Organisation, 'costTier'>): CostLimit | undefined {
  if (regime === 'foisa') return { pounds: 600, hours: 40, wrongPounds: 450 };
  if (regime !== 'foia') return undefined;
  return org.costTier === 'central' ? { pounds: 600, hours: 24, wrongPounds: 450 } : { pounds: 450, hours: 18, wrongPounds: 600 };
}

const COST_WORDS = /exceed(?:s|ed)? the (?:appropriate|cost) limit|excessive cost/i;

/** The first answer refusing on cost: the cost rules report there, once per letter. */
export function costRefusalAnswer(view: CaseView): AnswerView | undefined {
  return view.answers.find(
    (a) => a.clauses.some((c) => c.kind === 'cost') || refusalsIn(a, view.c.regime).some((r) => r.provision.role === 'cost') || COST_WORDS.test(a.text),
  );
}

/** How a message names the organisation's FOIA cost tier: by the Schedule, not "central government". */
export function costTierName(org: Pick<Organisation, 'costTier'>): string {
  return org.costTier === 'central'
    ? `a body listed in Part I of Schedule 1 to FOIA (${PART_I_BODIES})`
    : 'a body outside Part I of Schedule 1 to FOIA';
}
