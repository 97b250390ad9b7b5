import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { RegimeSchema } from './regimeSchema';
import { RichDocSchema } from './richText';
import { CaseTimeLimitVariationSchema } from './timeLimit';
import { caseReferenceSchema } from './reference';
import { LetterPartsSchema } from './letterParts';
import { ApprovalSchema, ReviewCommentSchema } from './review';
import { InternalReviewSchema } from './internalReview';

export const CaseStatusSchema = z.enum(['new', 'drafting', 'awaiting-information', 'in-review', 'sent', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  new: 'New',
  // Stored as 'drafting'; officers say a case is in progress once its first answer has words.
  drafting: 'In progress',
  'awaiting-information': 'Awaiting information',
  'in-review': 'Ready for review',
  sent: 'Sent',
  closed: 'Closed',
};

/** The requester is private: kept for the letter, never published. */
export const RequesterSchema = z
  .object({
    name: z.string().default(''),
    email: z.string().default(''),
    address: z.string().default(''),
  })
  .strict();
export type Requester = z.infer<typeof RequesterSchema>;

/** How the request arrived: WhatDoTheyKnow requests are answered to its foi+request-… address and published there. */
export const CaseChannelSchema = z.enum(['email', 'whatdotheyknow', 'post', 'web-form']);
export type CaseChannel = z.infer<typeof CaseChannelSchema>;

export const CASE_CHANNEL_LABELS: Record<CaseChannel, string> = {
  email: 'Email',
  whatdotheyknow: 'WhatDoTheyKnow',
  post: 'Post',
  'web-form': 'Web form',
};

/** A case's channel, whatever it was stored with (absent for cases from before channels: email). */
export function channelOf(c: { channel?: CaseChannel | undefined }): CaseChannel {
  return c.channel ?? 'email';
}

/** One question of the request, in the request's own numbering. */
export const QuestionSchema = z
  .object({
    id: z.string().min(1),
    /** Canonical number, labels joined by dots: "1.a", "2.ii", "3". */
    number: z.string(),
    /** The label as the requester wrote it: "a)", "Q3:". */
    label: z.string().default(''),
    text: z.string(),
    /** A section heading that groups questions ("2. CRM"); it takes no answer of its own. */
    heading: z.boolean().default(false),
  })
  .strict();
export type Question = z.infer<typeof QuestionSchema>;

export const DispositionSchema = z.enum(['answered', 'not-held', 'exempt', 'redirected', 'partly-answered', 'covered']);
export type Disposition = z.infer<typeof DispositionSchema>;

export const DISPOSITION_LABELS: Record<Disposition, string> = {
  answered: 'Answered',
  'not-held': 'Information not held',
  exempt: 'Exempt',
  redirected: 'Redirected',
  'partly-answered': 'Partly answered',
  covered: 'Covered by another answer',
};

/** An answer covers one or more questions (by question id) and is stored as editor JSON. */
export const AnswerSchema = z
  .object({
    id: z.string().min(1),
    covers: z.array(z.string()).default([]),
    doc: RichDocSchema,
    disposition: DispositionSchema.default('answered'),
    /** Sections relied on, normalised ("s31(1)(a)"); clause nodes add theirs automatically. */
    exemptions: z.array(z.string()).default([]),
    redirectTo: z.string().default(''),
    /**
     * Optimistic concurrency (core/team): the stored answer's version, bumped by every save. Read only
     * when asked for (getCase's `team`); a save that names one is refused if the answer has moved on.
     */
    version: z.number().int().min(0).optional(),
    /** A reviewer's comment, shown until resolved (read with `team`; a save never changes it). */
    reviewComment: ReviewCommentSchema.optional(),
  })
  .strict();
export type Answer = z.infer<typeof AnswerSchema>;

export const AttachmentSchema = z.object({ name: z.string().trim().min(1) }).strict();
export type Attachment = z.infer<typeof AttachmentSchema>;

/** What stops or stretches the statutory clock. */
export const ClockSchema = z
  .object({
    /** s1(3): the clock restarts from the day the clarification arrives. */
    clarificationRequested: IsoDateSchema.nullable().default(null),
    clarificationReceived: IsoDateSchema.nullable().default(null),
    /**
     * FOIA s10(3) public interest extension, in further working days. The regulator expects at most 20;
     * more can be stored so that the checks can flag it (the UI offers 0 to 20). EIR has no such extension.
     */
    publicInterestExtensionDays: z.number().int().min(0).max(40).default(0),
    /** EIR/EISR complex and voluminous: 40 working days instead of 20. */
    complexExtension: z.boolean().default(false),
    // The fields below came later: optional, so clocks stored (and literals written) before them still parse.
    /**
     * FOIA s9 / s10(2), FOISA s9 / s10(2): the day the fees notice was given and the day the fee was
     * received. The working days from the one to the other, both included, are not counted.
     */
    feeNoticeGiven: IsoDateSchema.nullable().optional(),
    feeReceived: IsoDateSchema.nullable().optional(),
    /** A variation of the FOIA time limit this request falls under (SI 2004/3364 regs 4 to 6); absent means none. */
    timeLimitVariation: CaseTimeLimitVariationSchema.optional(),
    /** Regs 5 and 6: the day the Information Commissioner specified on the authority's application. */
    commissionerSpecifiedDue: IsoDateSchema.nullable().optional(),
  })
  .strict();
export type Clock = z.infer<typeof ClockSchema>;

/**
 * An officer's decision to go ahead despite a check, with their reason: recorded for audit. It names
 * the rule and, to be narrow, the answer or question it concerns (see core/checks/applyOverrides).
 */
export const CheckOverrideSchema = z
  .object({
    ruleId: z.string().min(1),
    answerId: z.string().optional(),
    questionNumber: z.string().optional(),
    reason: z.string().trim().min(1, 'say why you are going ahead despite the check'),
    at: z.string(),
  })
  .strict();
export type CheckOverride = z.infer<typeof CheckOverrideSchema>;

export const CaseSchema = z
  .object({
    id: z.string().min(1),
    ref: caseReferenceSchema('a case needs a reference'),
    title: z.string().trim().min(1, 'a case needs a title'),
    regime: RegimeSchema,
    received: IsoDateSchema,
    sent: IsoDateSchema.nullable().default(null),
    status: CaseStatusSchema.default('new'),
    requester: RequesterSchema,
    publish: z.boolean().default(true),
    requestText: z.string().default(''),
    summary: z.string().default(''),
    questions: z.array(QuestionSchema).default([]),
    answers: z.array(AnswerSchema).default([]),
    attachments: z.array(AttachmentSchema).default([]),
    clock: ClockSchema.default({
      clarificationRequested: null,
      clarificationReceived: null,
      publicInterestExtensionDays: 0,
      complexExtension: false,
    }),
    overrides: z.array(CheckOverrideSchema).default([]),
    /** The letter's own parts (opening, closing section, salutation, sign-off); absent means every part on its default. */
    letter: LetterPartsSchema.optional(),
    /**
     * An entry imported from a past published log (desk import-log): sent before this workspace, so
     * searched and offered as an earlier answer but never counted as this month's work. Absent means false.
     */
    historical: z.boolean().optional(),
    /** How the request arrived (CaseChannelSchema); absent means email, as for every case stored before it. */
    channel: CaseChannelSchema.optional(),
    /** The officer who owns the case (core/team); absent means unassigned. Changed only by assignCase. */
    owner: z.string().optional(),
    /** Signed off for sending (core/team); absent until a reviewer approves it. */
    approval: ApprovalSchema.optional(),
    /** The requester's internal review of the response (./internalReview); absent while none was asked for. */
    review: InternalReviewSchema.optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type Case = z.infer<typeof CaseSchema>;

/** What the case list shows: enough to sort and filter without loading answers. */
export const CaseSummarySchema = z
  .object({
    id: z.string(),
    ref: z.string(),
    title: z.string(),
    regime: RegimeSchema,
    status: CaseStatusSchema,
    received: IsoDateSchema,
    sent: IsoDateSchema.nullable(),
    due: IsoDateSchema,
    /** Working days from today to the due date; negative when overdue. */
    workingDaysLeft: z.number().int(),
    questionCount: z.number().int(),
    answeredCount: z.number().int(),
    /** Imported from a past published log: the list shows a "Past log" badge. */
    historical: z.boolean().optional(),
    /** The case's owner (core/team); absent means unassigned. */
    owner: z.string().optional(),
    /** Signed off for sending. */
    approved: z.boolean().optional(),
  })
  .strict();
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
