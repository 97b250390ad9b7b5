import type { CaseStatus, Clock, Disposition } from '../model/case';
import type { InternalReviewOutcome } from '../model/internalReview';
import type { Regime } from '../model/regime';

/**
 * What the statistics read of one request: the case's dates, status and clock, and of its answers only
 * the outcome and the sections cited. The store answers with this narrow shape (one query, no answer
 * documents), so any store behind the contract can feed the same counting.
 */
export interface StatisticsCase {
  regime: Regime;
  received: string;
  sent: string | null;
  status: CaseStatus;
  clock: Clock;
  /**
   * The answers that say something (an empty answer is not yet answered: core/drafting/outcome), other
   * than those covered by another answer.
   */
  answers: readonly StatisticsAnswer[];
  /** An entry imported from a past published log: never this workspace's work, so never counted. */
  historical?: boolean;
}

export interface StatisticsAnswer {
  disposition: Disposition;
  /** The sections relied on, as stored ("s31(1)(a)", "reg 12(5)(e)"). */
  exemptions: readonly string[];
}

/**
 * An internal review asked for of a response (core/model/internalReview), counted in the period in
 * which it was asked for, whatever period the request itself came in.
 */
export interface StatisticsReview {
  regime: Regime;
  requested: string;
  outcome: InternalReviewOutcome | null;
  completed: string | null;
}
