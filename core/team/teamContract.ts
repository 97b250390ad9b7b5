import { z } from 'zod';
import { AnswerSchema, CaseSchema, ReviewCommentSchema } from '../model';

// Working together on one workspace (issue 15): owners, sign-off and returned answers. Kept beside
// contract.ts so the shared file gains only a spread line; answer versions ride on saveAnswer and
// getCase (`team`) themselves.

const CaseId = z.string().min(1);

/** Whose cases the list shows: the officer's own, nobody's yet, or every officer's. */
export const OwnerFilterSchema = z.enum(['everyone', 'mine', 'unassigned']);
export type OwnerFilter = z.infer<typeof OwnerFilterSchema>;

export const OWNER_FILTER_LABELS: Record<OwnerFilter, string> = {
  everyone: "Everyone's",
  mine: 'Mine',
  unassigned: 'Unassigned',
};

/** One change of owner, as recorded: who made it, when, and to whom (null: unassigned). */
export const AssignmentSchema = z.object({ at: z.string(), by: z.string(), owner: z.string().nullable() }).strict();
export type Assignment = z.infer<typeof AssignmentSchema>;

const OfficerNameSchema = z.string().trim().min(1, 'name the officer').max(200);

export const teamContract = {
  /** Who is at the desk, as the service records changes (electron/services/officerName.ts). */
  whoAmI: { input: z.object({}).strict(), output: z.object({ name: z.string() }).strict() },
  /** Gives the case to an officer (null: nobody), recorded with who did it and when; the history, newest first. */
  assignCase: {
    input: z.object({ id: CaseId, owner: OfficerNameSchema.nullable() }).strict(),
    output: z.object({ owner: z.string().nullable(), assignments: z.array(AssignmentSchema) }).strict(),
  },
  listAssignments: { input: z.object({ id: CaseId }).strict(), output: z.array(AssignmentSchema) },
  /** A reviewer signs the case off for sending: it must be ready for review (status in-review). */
  approveCase: { input: z.object({ id: CaseId }).strict(), output: CaseSchema },
  /**
   * A reviewer returns the case with a comment on one or more answers: the case goes back to In
   * progress, any approval is taken away, and each comment stays on its answer until resolved.
   */
  returnCase: {
    input: z.object({ id: CaseId, comments: z.array(z.object({ answerId: z.string().min(1), text: ReviewCommentSchema.shape.text }).strict()).min(1, 'comment on at least one answer').max(1000) }).strict(),
    output: CaseSchema,
  },
  /** The officer has dealt with a reviewer's comment: it goes from the answer. */
  resolveReviewComment: { input: z.object({ caseId: CaseId, answerId: z.string().min(1) }).strict(), output: z.object({ resolved: z.boolean() }).strict() },
} as const;

/** What a `conflict` error from saveAnswer carries: the answer as stored now, with its version. */
export const AnswerConflictDetailSchema = z.object({ kind: z.literal('answer-version'), current: AnswerSchema }).strict();
export type AnswerConflictDetail = z.infer<typeof AnswerConflictDetailSchema>;

/** The stored answer a refused save carries, or null when the error is not a version conflict. */
export function answerConflictOf(err: unknown): z.infer<typeof AnswerSchema> | null {
  const e = err as { code?: unknown; detail?: unknown } | null;
  if (e?.code !== 'conflict') return null;
  const parsed = AnswerConflictDetailSchema.safeParse(e.detail);
  return parsed.success ? parsed.data.current : null;
}
