import { z } from 'zod';
import { IsoDateSchema } from './dates';

/**
 * The variations of the FOIA time limit made under FOIA s10(4) by the Freedom of Information (Time for
 * Compliance with Request) Regulations 2004 (SI 2004/3364) and 2010 (SI 2010/2768). The law behind each,
 * and the arithmetic, is in core/deadlines/timeForCompliance.ts.
 *
 * - `school`: reg 3 (maintained schools, maintained nursery schools, schools maintained by the Secretary of
 *   State for Defence) and the 2010 Regulations (Academies): every FOIA request the body receives.
 * - `transferred-public-record`: reg 4, a request to an appropriate records authority about a transferred
 *   public record not designated as open information.
 * - `armed-forces-operation`: reg 5, information that must be obtained from someone actively involved in
 *   an operation of the armed forces of the Crown (or its preparation).
 * - `held-outside-uk`: reg 6, information that must be obtained from outside the United Kingdom.
 */
export const TimeLimitVariationSchema = z.enum(['school', 'transferred-public-record', 'armed-forces-operation', 'held-outside-uk']);
export type TimeLimitVariation = z.infer<typeof TimeLimitVariationSchema>;

/** The variations a case marks for itself: the school rule follows from the organisation, not the request. */
export const CaseTimeLimitVariationSchema = z.enum(['none', 'transferred-public-record', 'armed-forces-operation', 'held-outside-uk']);
export type CaseTimeLimitVariation = z.infer<typeof CaseTimeLimitVariationSchema>;

export const TIME_LIMIT_VARIATION_LABELS: Readonly<Record<TimeLimitVariation, string>> = {
  school: 'Maintained school or academy: 20 school days or 60 working days, whichever is first',
  'transferred-public-record': 'Transferred public record not designated open: 30 working days',
  'armed-forces-operation': 'Information from armed forces operations: the day the Commissioner specifies, at most 60 working days',
  'held-outside-uk': 'Information held outside the UK: the day the Commissioner specifies, at most 60 working days',
};

/**
 * Days on which a school has no session (holidays, closure and training days), entered by the officer:
 * under reg 3 they do not count towards the 20 school days. Both ends are included.
 */
export const SchoolClosureSchema = z
  .object({
    from: IsoDateSchema,
    to: IsoDateSchema,
    name: z.string().trim().default(''),
  })
  .strict()
  .refine((c) => c.from <= c.to, { message: 'a closure must end on or after the day it starts', path: ['to'] });
export type SchoolClosure = z.infer<typeof SchoolClosureSchema>;
