import { z } from 'zod';
import { AnswerSchema, CaseStatusSchema, DispositionSchema } from '../model/case';
import { IsoDateSchema } from '../model/dates';
import { RegimeSchema } from '../model/regimeSchema';

// Reuse's part of the DeskApi contract (answered before, round robins, global search), kept beside
// its code so core/api/contract.ts gains only the spread of it.

/** Which earlier case a match comes from: enough to show it and open it. */
const EarlierCaseShape = {
  caseId: z.string(),
  ref: z.string(),
  title: z.string(),
  regime: RegimeSchema,
  status: CaseStatusSchema,
  received: IsoDateSchema,
  sent: IsoDateSchema.nullable(),
  /** An entry of a past published log (imported), not this office's own case: labelled so. */
  historical: z.boolean(),
};

/** An earlier question like the one in hand, with the answer given to it. */
export const EarlierAnswerSchema = z
  .object({
    ...EarlierCaseShape,
    questionId: z.string(),
    questionNumber: z.string(),
    question: z.string(),
    /** The answer that covered it, whole: its document keeps its clause nodes and their values. */
    answer: AnswerSchema,
    answerText: z.string(),
    /** 0 to 1: how nearly the two questions say the same (core/reuse/questionWords). */
    similarity: z.number(),
    /** Almost word for word (similarity at or above SAME_QUESTION). */
    same: z.boolean(),
  })
  .strict();
export type EarlierAnswer = z.infer<typeof EarlierAnswerSchema>;

export const TextSegmentSchema = z.object({ text: z.string(), mark: z.boolean() }).strict();

export const SearchFiltersSchema = z
  .object({
    /** The date a case was answered (sent), or received while open: from and to, inclusive. */
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    regime: RegimeSchema.optional(),
    /** The outcome of the answer to the question found. */
    outcome: DispositionSchema.optional(),
    /** A section cited by that answer: "s43", "s31(1)(a)", "43" or "section 43(2)". */
    section: z.string().trim().max(40).optional(),
  })
  .strict();
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

/** One place the words were found: a question with its answer, or a case by its title or reference. */
export const SearchHitSchema = z
  .object({
    ...EarlierCaseShape,
    questionId: z.string().nullable(),
    questionNumber: z.string().nullable(),
    /** The question (or, for a case hit, the title) with the matching words marked. */
    question: z.array(TextSegmentSchema),
    /** The answer around the matching words; empty when they are not in it. */
    answer: z.array(TextSegmentSchema),
    outcome: DispositionSchema.nullable(),
  })
  .strict();
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** An earlier case whose questions match most of a new request's. */
export const RoundRobinMatchSchema = z
  .object({
    ...EarlierCaseShape,
    /** How many of the request's questions match one of this case's. */
    matched: z.number().int(),
    total: z.number().int(),
    /** Each matching question of the request (by its index) and the earlier question it matches. */
    pairs: z.array(z.object({ index: z.number().int(), questionId: z.string(), similarity: z.number() }).strict()),
  })
  .strict();
export type RoundRobinMatch = z.infer<typeof RoundRobinMatchSchema>;

/** The best earlier question for one question of the request, if any comes close. */
export const ClosestEarlierSchema = z
  .object({ index: z.number().int(), caseId: z.string(), ref: z.string(), date: IsoDateSchema, historical: z.boolean(), questionId: z.string(), similarity: z.number(), same: z.boolean() })
  .strict();
export type ClosestEarlier = z.infer<typeof ClosestEarlierSchema>;

export const reuseContract = {
  /**
   * The closest earlier questions to one of this case's (by id) or to any text, from other cases,
   * best first, each with the answer given. Ranked by BM25 with the question above the answer.
   */
  answeredBefore: {
    input: z
      .object({
        caseId: z.string().min(1),
        questionId: z.string().min(1).optional(),
        text: z.string().max(20_000).optional(),
        limit: z.number().int().min(1).max(50).default(5),
      })
      .strict()
      .refine((v) => (v.questionId === undefined) !== (v.text === undefined), 'give either questionId or text'),
    output: z.object({ matches: z.array(EarlierAnswerSchema) }).strict(),
  },
  /** Cases, questions and answers matching words, "phrases" and prefix* queries, best first. */
  searchAll: {
    input: z
      .object({
        query: z.string().max(500, 'a search is at most 500 characters'),
        filters: SearchFiltersSchema.default({}),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ hits: z.array(SearchHitSchema) }).strict(),
  },
  /**
   * A new request's questions against earlier cases: the earlier cases most of them match (a
   * round robin or a repeat), and for each question the closest earlier one.
   */
  roundRobinFor: {
    input: z
      .object({
        questions: z.array(z.string().max(20_000)).max(500),
        /** The case being drafted, left out of its own matches. */
        excludeCaseId: z.string().min(1).optional(),
      })
      .strict(),
    output: z.object({ candidates: z.array(RoundRobinMatchSchema), closest: z.array(ClosestEarlierSchema) }).strict(),
  },
} as const;
