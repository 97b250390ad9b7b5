import { z } from 'zod';
import { IsoDateSchema } from './dates';
import { CaseStatusSchema, DispositionSchema } from './case';
import { RegimeSchema } from './regimeSchema';
import { OrganisationSchema } from './organisation';
import { caseReferenceSchema } from './reference';

/**
 * The case bundle, format "disclosure-desk/1": the interchange and backup format
 * (docs/bundle-format.md). Strict everywhere so that a typo in a field name is an error with a path,
 * never silently dropped data.
 */
export const BUNDLE_FORMAT = 'disclosure-desk/1';

export const BundleQuestionSchema = z
  .object({
    number: z.string().min(1),
    text: z.string(),
    label: z.string().optional(),
    heading: z.boolean().optional(),
  })
  .strict();

export const BundleAnswerSchema = z
  .object({
    covers: z.array(z.string().min(1)),
    html: z.string(),
    disposition: DispositionSchema.optional(),
    exemptions: z.array(z.string()).optional(),
    redirectTo: z.string().optional(),
  })
  .strict();

export const BundleCaseSchema = z
  .object({
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
    questions: z.array(BundleQuestionSchema),
    answers: z.array(BundleAnswerSchema),
    attachments: z.array(z.object({ name: z.string().trim().min(1) }).strict()).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
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
  });

export const BundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    organisation: OrganisationSchema.optional(),
    cases: z.array(BundleCaseSchema),
  })
  .strict()
  .superRefine((b, ctx) => {
    const refs = new Set<string>();
    b.cases.forEach((c, i) => {
      if (refs.has(c.ref)) ctx.addIssue({ code: 'custom', path: ['cases', i, 'ref'], message: `reference "${c.ref}" appears twice in this bundle` });
      refs.add(c.ref);
    });
  });

export type Bundle = z.infer<typeof BundleSchema>;
export type BundleCase = z.infer<typeof BundleCaseSchema>;
