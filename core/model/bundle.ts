import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { CaseChannelSchema, CaseStatusSchema, CheckOverrideSchema, ClockSchema, DispositionSchema } from './case';
import { RegimeSchema } from './regimeSchema';
import { InternalReviewSchema } from './internalReview';
import { OrganisationSchema } from './organisation';
import { ReviewCommentSchema } from './review';
import { caseReferenceSchema } from './reference';

/**
 * The case bundle: the interchange and backup format (docs/bundle-format.md). Strict everywhere so
 * that a typo in a field name is an error with a path, never silently dropped data.
 *
 * Version 2 ("disclosure-desk/2") is what export writes: version 1 and everything a backup must
 * restore besides (ids, clock, overrides, channel, the bin, answers' history, the sent copies, the
 * log's order, and working together: owners, sign-off, reviewers' comments, answers' versions). Version 1 is still read: it is version 2 without those fields, so it is upgraded on
 * read by taking their defaults. A newer version is refused by name (readBundle), never half-read.
 */
export const BUNDLE_FORMAT = 'disclosure-desk/2';
export const BUNDLE_FORMAT_V1 = 'disclosure-desk/1';
/** The newest format this build reads; a higher number was written by a newer Disclosure Desk. */
export const BUNDLE_VERSION = 2;

/** A DOCX or PDF carried as a sent copy: far above any letter (a letter with a logo is well under 1 MB), far below a memory risk. */
export const MAX_BUNDLE_FILE_BYTES = 20 * 1024 * 1024;
/** The letter as sent, as HTML: the same bound as its files. */
export const MAX_BUNDLE_LETTER_HTML_CHARS = 20 * 1024 * 1024;
/** Export carries each answer's newest versions only (see docs/bundle-format.md, "Answer history"). */
export const BUNDLE_HISTORY_PER_ANSWER = 50;
/** What a case's history may hold in a bundle, whoever wrote it: bounds the memory of an import. */
export const MAX_BUNDLE_HISTORY_PER_CASE = 5_000;

const IdSchema = z.string().min(1).max(200);
/** An ISO timestamp as the workspace writes them ("2024-06-03T10:15:00.000Z"). */
const TimestampSchema = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'use an ISO timestamp, for example 2024-06-03T10:15:00.000Z');
const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 of the file, 64 lower-case hexadecimal digits');
const Base64Schema = z
  .string()
  .max(Math.ceil(MAX_BUNDLE_FILE_BYTES / 3) * 4, `is larger than the ${MAX_BUNDLE_FILE_BYTES / 1024 / 1024} MB a bundle carries for one file`)
  // A plain character class: V8 runs it as a loop with no backtracking, whatever the length.
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64')
  .refine((s) => s.length % 4 === 0, 'is not base64 (its length is not a multiple of 4)');

const questionShape = {
  number: z.string().min(1),
  text: z.string(),
  label: z.string().optional(),
  heading: z.boolean().optional(),
};
const answerShape = {
  covers: z.array(z.string().min(1)),
  html: z.string(),
  disposition: DispositionSchema.optional(),
  exemptions: z.array(z.string()).optional(),
  redirectTo: z.string().optional(),
};

export const BundleQuestionV1Schema = z.object(questionShape).strict();
export const BundleAnswerV1Schema = z.object(answerShape).strict();
/** Version 2 names each question and answer by its id, so a restore keeps them and the history finds its answer. */
export const BundleQuestionSchema = z.object({ ...questionShape, id: IdSchema.optional() }).strict();
/**
 * Working together (migration 11): the answer's version (the counter a save is checked against; see
 * docs/bundle-format.md, "Answer versions") and a reviewer's comment not yet resolved.
 */
export const BundleAnswerSchema = z
  .object({
    ...answerShape,
    id: IdSchema.optional(),
    updatedAt: TimestampSchema.optional(),
    version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    reviewComment: ReviewCommentSchema.optional(),
  })
  .strict();

/**
 * The letter's own parts (core/model/letterParts). The closing section travels as HTML, like the
 * answers; a part left out or null follows its default, so bundles from before it import unchanged.
 */
export const BundleLetterSchema = z
  .object({
    salutation: z.string().max(500).nullable().optional(),
    opening: z.string().max(20_000).nullable().optional(),
    closingHtml: z.string().nullable().optional(),
    signOff: z.string().max(2_000).nullable().optional(),
  })
  .strict();

/** One version of an answer (electron/services/answerHistory): `answer` is the answer's id, which may have since been removed. */
export const BundleAnswerVersionSchema = z
  .object({
    answer: IdSchema,
    at: TimestampSchema,
    reason: z.enum(['edit', 'export', 'status', 'restore']),
    html: z.string(),
  })
  .strict();

/** A file's identity, checked on import so a damaged copy is refused by name instead of restored. */
const fileFacts = { fileName: z.string().trim().min(1).max(500), at: TimestampSchema, size: z.number().int().min(0).max(MAX_BUNDLE_FILE_BYTES), sha256: Sha256Schema };

/** What went out when the case was marked sent: the letter as HTML text, a DOCX or PDF as base64. */
export const BundleSentCopySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('html'), sent: IsoDateSchema, ...fileFacts, html: z.string().max(MAX_BUNDLE_LETTER_HTML_CHARS) }).strict(),
  z.object({ kind: z.enum(['docx', 'pdf']), sent: IsoDateSchema, ...fileFacts, base64: Base64Schema }).strict(),
]);
/** The newest real export of each kind, held to become the sent copy when the case is marked sent. */
export const BundleLetterExportSchema = z.object({ kind: z.enum(['docx', 'pdf']), ...fileFacts, base64: Base64Schema }).strict();
/** One change of a case's owner, as recorded (core/team): who made it, when, and to whom (null: nobody). */
export const BundleAssignmentSchema = z.object({ at: TimestampSchema, by: z.string().max(500), owner: z.string().max(500).nullable() }).strict();
export const BundleSentEditSchema = z.object({ at: TimestampSchema, who: z.string().max(500), reason: z.string().max(20_000) }).strict();

const caseShapeV1 = {
  ref: caseReferenceSchema('a case needs a reference'),
  title: z.string().trim().min(1),
  regime: RegimeSchema,
  received: IsoDateSchema,
  sent: IsoDateSchema.nullable().optional(),
  status: CaseStatusSchema.optional(),
  requester: z.object({ name: z.string(), email: z.string(), address: z.string().optional() }).strict(),
  publish: z.boolean(),
  requestText: z.string(),
  summary: z.string().optional(),
  questions: z.array(BundleQuestionV1Schema),
  answers: z.array(BundleAnswerV1Schema),
  attachments: z.array(z.object({ name: z.string().trim().min(1) }).strict()).optional(),
  letter: BundleLetterSchema.optional(),
};

/** Every field version 2 adds is optional: a version 1 case is a version 2 case on their defaults. */
const caseShapeV2 = {
  ...caseShapeV1,
  id: IdSchema.optional(),
  questions: z.array(BundleQuestionSchema),
  answers: z.array(BundleAnswerSchema),
  clock: ClockSchema.optional(),
  overrides: z.array(CheckOverrideSchema).optional(),
  channel: CaseChannelSchema.optional(),
  historical: z.boolean().optional(),
  /** The requester's internal review (./internalReview); absent while none was asked for. */
  review: InternalReviewSchema.optional(),
  /** When the case went to the bin; absent or null for a live case. */
  binnedAt: TimestampSchema.nullable().optional(),
  createdAt: TimestampSchema.optional(),
  updatedAt: TimestampSchema.optional(),
  history: z.array(BundleAnswerVersionSchema).max(MAX_BUNDLE_HISTORY_PER_CASE).optional(),
  sentCopies: z.array(BundleSentCopySchema).max(3).optional(),
  letterExports: z.array(BundleLetterExportSchema).max(2).optional(),
  sentEdits: z.array(BundleSentEditSchema).max(10_000).optional(),
  /** Working together (core/team): the officer who has the case (absent: unassigned), its sign-off, and every change of owner, oldest first. */
  owner: z.string().trim().min(1).max(500).optional(),
  approval: z.object({ by: z.string().max(500), at: TimestampSchema }).strict().optional(),
  assignments: z.array(BundleAssignmentSchema).max(10_000).optional(),
};

type CaseForChecks = {
  questions: { number: string; id?: string | undefined }[];
  answers: { covers: string[]; id?: string | undefined }[];
  sentCopies?: { kind: string }[] | undefined;
  letterExports?: { kind: string }[] | undefined;
};

/** Each question number once, each answer naming questions the case has; in version 2 each id and each copy's kind once too. */
function checkCase(c: CaseForChecks, ctx: z.RefinementCtx): void {
  const numbers = new Set<string>();
  c.questions.forEach((q, i) => {
    if (numbers.has(q.number)) {
      ctx.addIssue({ code: 'custom', path: ['questions', i, 'number'], message: `question number "${q.number}" appears twice` });
    }
    numbers.add(q.number);
  });
  c.answers.forEach((a, i) =>
    a.covers.forEach((n, j) => {
      if (!numbers.has(n)) {
        ctx.addIssue({ code: 'custom', path: ['answers', i, 'covers', j], message: `names question "${n}", which this case does not have` });
      }
    }),
  );
  const once = (list: { id?: string | undefined; kind?: string }[] | undefined, key: 'id' | 'kind', field: string) => {
    const seen = new Set<string>();
    list?.forEach((item, i) => {
      const value = item[key];
      if (value === undefined) return;
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [field, i, key], message: `${key} "${value}" appears twice in this case` });
      seen.add(value);
    });
  };
  once(c.questions, 'id', 'questions');
  once(c.answers, 'id', 'answers');
  once(c.sentCopies, 'kind', 'sentCopies');
  once(c.letterExports, 'kind', 'letterExports');
}

export const BundleCaseV1Schema = z.object(caseShapeV1).strict().superRefine(checkCase);
export const BundleCaseSchema = z.object(caseShapeV2).strict().superRefine(checkCase);

/** The officer's order of one month's log entries, by reference (every one a case of this bundle). */
export const BundleLogOrderSchema = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use the form YYYY-MM, for example 2024-05'),
    refs: z.array(z.string().min(1)).max(10_000),
    updatedAt: TimestampSchema.optional(),
  })
  .strict();

function checkBundle(b: { cases: { ref: string; id?: string | undefined }[]; logOrders?: { month: string; refs: string[] }[] | undefined }, ctx: z.RefinementCtx): void {
  const refs = new Set<string>();
  const ids = new Set<string>();
  b.cases.forEach((c, i) => {
    if (refs.has(c.ref)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'ref'], message: `reference "${c.ref}" appears twice in this bundle` });
    refs.add(c.ref);
    if (c.id !== undefined && ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'id'], message: `id "${c.id}" appears twice in this bundle` });
    if (c.id !== undefined) ids.add(c.id);
  });
  const months = new Set<string>();
  b.logOrders?.forEach((o, i) => {
    if (months.has(o.month)) ctx.addIssue({ code: 'custom', path: ['logOrders', i, 'month'], message: `month ${o.month} has two orders` });
    months.add(o.month);
    o.refs.forEach((ref, j) => {
      if (!refs.has(ref)) ctx.addIssue({ code: 'custom', path: ['logOrders', i, 'refs', j], message: `names case "${ref}", which this bundle does not have` });
    });
  });
}

export const BundleV1Schema = z
  .object({
    format: z.literal(BUNDLE_FORMAT_V1),
    organisation: OrganisationSchema.optional(),
    cases: z.array(BundleCaseV1Schema),
  })
  .strict()
  .superRefine(checkBundle);

export const BundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    organisation: OrganisationSchema.optional(),
    cases: z.array(BundleCaseSchema),
    logOrders: z.array(BundleLogOrderSchema).optional(),
    /** The bank holidays the workspace added (Settings): settings, so taken or kept with the organisation. */
    holidays: z.array(z.object({ date: IsoDateSchema, name: z.string().trim().min(1).max(500) }).strict()).max(5_000).optional(),
  })
  .strict()
  .superRefine(checkBundle);

export type Bundle = z.infer<typeof BundleSchema>;
export type BundleCase = z.infer<typeof BundleCaseSchema>;
export type BundleV1 = z.infer<typeof BundleV1Schema>;
export type BundleSentCopy = z.infer<typeof BundleSentCopySchema>;
export type BundleLetterExport = z.infer<typeof BundleLetterExportSchema>;

/** A bundle read: the current version, or the reason it cannot be. */
export type BundleRead = { success: true; data: Bundle; version: number } | { success: false; error: z.ZodError } | { success: false; newer: string };

/**
 * Reads any bundle this build knows: version 1 is checked against its own schema (so a version 2
 * field in a version 1 bundle is still an unknown key) and upgraded; version 2 as it is. A format
 * with a higher number comes back as `newer`, for a message that says to update the app.
 */
export function readBundle(input: unknown): BundleRead {
  const format = input && typeof input === 'object' && !Array.isArray(input) ? (input as { format?: unknown }).format : undefined;
  const numbered = typeof format === 'string' ? /^disclosure-desk\/(\d{1,9})$/.exec(format) : null;
  if (numbered && Number(numbered[1]) > BUNDLE_VERSION) return { success: false, newer: format as string };
  if (format === BUNDLE_FORMAT_V1) {
    const v1 = BundleV1Schema.safeParse(input);
    return v1.success ? { success: true, data: upgradeV1(v1.data), version: 1 } : { success: false, error: v1.error };
  }
  const v2 = BundleSchema.safeParse(input);
  return v2.success ? { success: true, data: v2.data, version: 2 } : { success: false, error: v2.error };
}

/** Version 1 to 2: the same cases, every new field left to its default (no clock, nothing sent kept, no history, no order). */
export function upgradeV1(b: BundleV1): Bundle {
  return { ...b, format: BUNDLE_FORMAT };
}
