import { z } from 'zod';
import type { CheckOverride } from '../model/case';

/**
 * What a check reports. Offsets in `range` are into the answer's plain text (richToPlainText), the same
 * text the editor's search sees, so the window can select or redact the passage in one click.
 */
export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingSchema = z
  .object({
    ruleId: z.string().min(1),
    /** error blocks sending or publishing unless overridden with a recorded reason; warning does not. */
    severity: SeveritySchema,
    caseRef: z.string(),
    questionNumber: z.string().optional(),
    answerId: z.string().optional(),
    message: z.string().min(1),
    excerpt: z.string().optional(),
    range: z.object({ answerId: z.string(), from: z.number().int().min(0), to: z.number().int().min(0) }).strict().optional(),
    redaction: z.object({ find: z.string().min(1), replaceWith: z.string() }).strict().optional(),
    /** Set by applyOverrides: the officer's recorded reason for going ahead anyway. */
    override: z.object({ reason: z.string().min(1) }).strict().optional(),
  })
  .strict();
export type Finding = z.infer<typeof FindingSchema>;

/**
 * An override is the officer's recorded decision, stored on the case (core/model CheckOverride);
 * matching needs only its rule, scope and reason, so callers may pass ones not yet dated.
 */
export type Override = Pick<CheckOverride, 'ruleId' | 'answerId' | 'questionNumber' | 'reason'>;

export const CheckPurposeSchema = z.enum(['send', 'publish']);
export type CheckPurpose = z.infer<typeof CheckPurposeSchema>;
