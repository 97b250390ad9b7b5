import { z } from 'zod';
import { DispositionSchema, type CheckOverride } from '../model/case';

/**
 * What a check reports. Offsets in `range` are into the answer's plain text (richToPlainText), the same
 * text the editor's search sees, so the window can select or redact the passage in one click.
 */
export const SeveritySchema = z.enum(['error', 'warning']);
export type Severity = z.infer<typeof SeveritySchema>;

/** The organisation settings a finding can send the officer to, by their field in Organisation. */
export const SettingsFieldSchema = z.enum(['name', 'shortName', 'contactEmail', 'address', 'reviewAddress', 'website', 'costTier', 'publicContacts']);
export type SettingsField = z.infer<typeof SettingsFieldSchema>;

/**
 * A one-click fix, where the fix is known: data, not code, so the CLI can print it and the window
 * decides how to carry it out. `label` is the button's words, in the officer's language.
 */
export const FindingFixSchema = z.discriminatedUnion('kind', [
  /** Open Settings with this field focused. */
  z.object({ kind: z.literal('open-settings'), field: SettingsFieldSchema, label: z.string().min(1) }).strict(),
  /** Set the answer's disposition (and, for a redirect, whom it redirects to). */
  z
    .object({ kind: z.literal('set-disposition'), answerId: z.string().min(1), disposition: DispositionSchema, redirectTo: z.string().optional(), label: z.string().min(1) })
    .strict(),
  /** Fill the letter's closing section with the regime's review, Commissioner and re-use clauses. */
  z.object({ kind: z.literal('add-closing-paragraphs'), label: z.string().min(1) }).strict(),
]);
export type FindingFix = z.infer<typeof FindingFixSchema>;

/** Where on the case screen a finding about the case itself (not an answer) is put right. */
export const CasePlaceSchema = z.enum(['date-sent', 'clock']);
export type CasePlace = z.infer<typeof CasePlaceSchema>;

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
    fix: FindingFixSchema.optional(),
    /** For a finding about the case rather than an answer or question: the field that puts it right. */
    place: CasePlaceSchema.optional(),
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
