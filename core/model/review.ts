import { z } from 'zod';

/**
 * A reviewer's comment on one answer, when they return a case (core/team): shown on the answer until
 * the officer resolves it. Who and when are stamped by the service, never sent by the window.
 */
export const ReviewCommentSchema = z
  .object({
    text: z.string().trim().min(1, 'say what needs changing').max(5_000),
    by: z.string(),
    at: z.string(),
  })
  .strict();
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;

/** A case signed off for sending: by whom and when. Any later change to an answer takes it away. */
export const ApprovalSchema = z.object({ by: z.string(), at: z.string() }).strict();
export type Approval = z.infer<typeof ApprovalSchema>;
