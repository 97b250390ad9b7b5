import { z } from 'zod';

// Who changed what in a case (issue 15's audit trail), kept beside contract.ts so the shared file
// gains only a spread line. On a team workspace it is PostgreSQL's trigger-written trail; a
// workspace on one computer has no such trail and shows what it does keep (`engine` says which).

/** What a line is about: the case's details, an answer, its status, check overrides, its owner, its sign-off. */
export const AuditWhatSchema = z.enum(['case', 'answer', 'status', 'overrides', 'assignment', 'approval', 'sent-edit']);
export type AuditWhat = z.infer<typeof AuditWhatSchema>;

export const AuditEntrySchema = z
  .object({
    /** When, as an ISO timestamp. */
    at: z.string(),
    /** The officer who made the change (their login on a team workspace); null where it was not recorded. */
    who: z.string().nullable(),
    what: AuditWhatSchema,
    /** The fields changed, as recorded (core/team/auditSummary.ts words them). */
    fields: z.array(z.string()),
    /** The change in a line of UK English: "Status changed from In progress to Ready for review". */
    summary: z.string(),
  })
  .strict();
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const CaseAuditSchema = z
  .object({
    /** postgres: every change, by trigger, with who made it. sqlite: only what the workspace keeps anyway. */
    engine: z.enum(['sqlite', 'postgres']),
    /** Newest first. */
    entries: z.array(AuditEntrySchema),
  })
  .strict();
export type CaseAudit = z.infer<typeof CaseAuditSchema>;

export const CASE_AUDIT_DEFAULT_LIMIT = 200;

export const auditContract = {
  /** Who changed what in the case, and when, newest first (at most `limit` lines). */
  caseAudit: {
    input: z.object({ caseId: z.string().min(1), limit: z.number().int().min(1).max(1000).optional() }).strict(),
    output: CaseAuditSchema,
  },
} as const;
