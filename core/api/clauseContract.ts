import { z } from 'zod';
import { clauseFileErrorSchema, clauseKindSchema, clauseVariableSchema, harmTestSchema, regimeSchema } from '../clauses/clauseSchema';
import { policeForceSchema } from '../clauses/policeForces';

// The clause library's part of the DeskApi contract, kept beside contract.ts so the shared file
// gains only the method lines. A clause travels without its sourcePath: the window has no files.

export const LibraryClauseSchema = z
  .object({
    id: z.string(),
    version: z.number().int().positive(),
    title: z.string(),
    kind: clauseKindSchema,
    section: z.string().optional(),
    regimes: z.array(regimeSchema),
    absolute: z.boolean(),
    harm: harmTestSchema,
    notes: z.string().optional(),
    variables: z.array(clauseVariableSchema),
    body: z.string(),
    /** 'shipped': the installed templates; 'local': written or edited in this workspace. */
    source: z.enum(['shipped', 'local']),
    /** Hidden from the palette, still resolvable for the answers that used it. */
    retired: z.boolean(),
  })
  .strict();
export type LibraryClause = z.infer<typeof LibraryClauseSchema>;

/** One clause with its whole Markdown file, for the clause editor. */
export const ClauseDetailSchema = LibraryClauseSchema.extend({ text: z.string() }).strict();
export type ClauseDetail = z.infer<typeof ClauseDetailSchema>;

const ClauseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a clause id is lower-case words joined by hyphens, e.g. our-s31-bodycam');
const ClauseText = z.string().min(1, 'the clause file is empty').max(200_000, 'a clause file is a few paragraphs, not 200,000 characters');
// A zip of 2,000 clause files stays well under this.
const MAX_PACK_BASE64 = 30 * 1024 * 1024;

export const clauseContract = {
  listClauses: { input: z.object({ includeRetired: z.boolean().default(false) }).strict(), output: z.array(LibraryClauseSchema) },
  getClause: { input: z.object({ id: z.string().min(1), version: z.number().int().positive().optional() }).strict(), output: ClauseDetailSchema },
  saveClause: { input: z.object({ text: ClauseText }).strict(), output: ClauseDetailSchema },
  duplicateClause: { input: z.object({ id: z.string().min(1), newId: ClauseId }).strict(), output: ClauseDetailSchema },
  retireClause: { input: z.object({ id: z.string().min(1), retired: z.boolean() }).strict(), output: LibraryClauseSchema },
  exportClausePack: {
    input: z.object({ ids: z.array(z.string().min(1)).max(5_000).optional() }).strict(),
    output: z.object({ fileName: z.string().min(1), base64: z.string(), count: z.number().int() }).strict(),
  },
  importClausePack: {
    input: z
      .object({
        /** A zip of .md files… */
        base64: z.string().max(MAX_PACK_BASE64, 'the pack is over 22 MB: a clause pack is a few hundred small files').optional(),
        /** …or the .md files themselves (a folder chosen in the window). */
        files: z.array(z.object({ name: z.string().min(1).max(255), text: z.string().max(512 * 1024) }).strict()).max(2_000).optional(),
      })
      .strict()
      .refine((i) => (i.base64 === undefined) !== (i.files === undefined), 'send either a zip or a list of files'),
    output: z.object({ imported: z.array(z.string()), errors: z.array(clauseFileErrorSchema) }).strict(),
  },
  libraryErrors: { input: z.object({}).strict(), output: z.array(clauseFileErrorSchema) },
  fillClause: {
    input: z
      .object({
        id: z.string().min(1),
        version: z.number().int().positive().optional(),
        values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).default({}),
        caseId: z.string().min(1).optional(),
      })
      .strict(),
    output: z
      .object({
        text: z.string(),
        missing: z.array(z.string()),
        segments: z.array(z.union([z.object({ text: z.string() }).strict(), z.object({ variable: z.string(), filled: z.boolean(), text: z.string() }).strict()])),
      })
      .strict(),
  },
  listPoliceForces: { input: z.object({}).strict(), output: z.array(policeForceSchema) },
} as const;
