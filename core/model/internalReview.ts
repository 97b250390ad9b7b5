import { z } from 'zod';
import { IsoDateSchema } from './dates';

/**
 * The requester's internal review of a response (FOIA s45 Code of Practice, section 5; EIR reg 11;
 * FOISA s20): the day it was asked for, and once decided, the outcome for the original decision and the
 * day it was decided. Kept with the case so the statistics can count reviews and their outcomes.
 * Not to be confused with a reviewer's sign-off before sending (./review).
 */
export const INTERNAL_REVIEW_OUTCOMES = ['upheld', 'partly-upheld', 'overturned', 'withdrawn'] as const;
export const InternalReviewOutcomeSchema = z.enum(INTERNAL_REVIEW_OUTCOMES);
export type InternalReviewOutcome = z.infer<typeof InternalReviewOutcomeSchema>;

/** As central government's quarterly FOI tables name them: what became of the original decision. */
export const INTERNAL_REVIEW_OUTCOME_LABELS: Record<InternalReviewOutcome, string> = {
  upheld: 'Original decision upheld',
  'partly-upheld': 'Original decision partly upheld',
  overturned: 'Original decision overturned',
  withdrawn: 'Review withdrawn by the requester',
};

export const InternalReviewSchema = z
  .object({
    requested: IsoDateSchema,
    outcome: InternalReviewOutcomeSchema.nullable().default(null),
    completed: IsoDateSchema.nullable().default(null),
  })
  .strict()
  .refine((r) => r.completed === null || r.completed >= r.requested, {
    message: 'the review cannot be decided before it was requested: check the two dates',
    path: ['completed'],
  });
export type InternalReview = z.infer<typeof InternalReviewSchema>;
