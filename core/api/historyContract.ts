import { z } from 'zod';
import { AnswerSchema, RichDocSchema } from '../model';

// The safety nets' part of the DeskApi contract (an answer's versions, the copy of what was sent,
// edits after sending), kept beside contract.ts so the shared file gains only one spread line.

const CaseId = z.string().min(1);

export const VersionReasonSchema = z.enum(['edit', 'export', 'status', 'restore']);
export type VersionReason = z.infer<typeof VersionReasonSchema>;

export const VERSION_REASON_LABELS: Record<VersionReason, string> = {
  edit: 'Edited',
  export: 'Letter exported',
  status: 'Status changed',
  restore: 'Restored',
};

/** One version in the list: enough to show and compare, without the editor's JSON. */
export const AnswerVersionSummarySchema = z
  .object({ id: z.number().int(), at: z.string(), reason: VersionReasonSchema, plainText: z.string() })
  .strict();
export type AnswerVersionSummary = z.infer<typeof AnswerVersionSummarySchema>;

export const AnswerVersionSchema = AnswerVersionSummarySchema.extend({ answerId: z.string(), doc: RichDocSchema }).strict();
export type AnswerVersion = z.infer<typeof AnswerVersionSchema>;

export const SentCopyKindSchema = z.enum(['html', 'docx', 'pdf']);
export type SentCopyKind = z.infer<typeof SentCopyKindSchema>;

export const SentEditSchema = z.object({ at: z.string(), who: z.string(), reason: z.string() }).strict();
export type SentEdit = z.infer<typeof SentEditSchema>;

export const SentRecordSchema = z
  .object({
    sent: z.string().nullable(),
    copies: z.array(z.object({ kind: SentCopyKindSchema, fileName: z.string(), at: z.string(), size: z.number().int() }).strict()),
    edits: z.array(SentEditSchema),
  })
  .strict();
export type SentRecord = z.infer<typeof SentRecordSchema>;

export const historyContract = {
  /** An answer's versions, newest first: one a minute of typing, and one at each export, change of status and restore. */
  listAnswerVersions: { input: z.object({ caseId: CaseId, answerId: z.string().min(1) }).strict(), output: z.array(AnswerVersionSummarySchema) },
  getAnswerVersion: { input: z.object({ caseId: CaseId, versionId: z.number().int() }).strict(), output: AnswerVersionSchema },
  /** The version's text becomes the answer's, in one transaction; the text replaced stays in the history. */
  restoreAnswerVersion: { input: z.object({ caseId: CaseId, versionId: z.number().int() }).strict(), output: AnswerSchema },
  /** What was kept when the case was marked sent, and who changed the case after that. */
  getSentRecord: { input: z.object({ caseId: CaseId }).strict(), output: SentRecordSchema },
  getSentCopy: { input: z.object({ caseId: CaseId, kind: SentCopyKindSchema }).strict(), output: z.object({ fileName: z.string().min(1), base64: z.string() }).strict() },
  /** The officer is about to change a sent case: who (the service knows), when and why, kept with the case. */
  recordSentEdit: { input: z.object({ caseId: CaseId, reason: z.string().trim().min(1, 'say why you are changing a case that was sent').max(2000) }).strict(), output: SentEditSchema },
} as const;
