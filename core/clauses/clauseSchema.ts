import { z } from 'zod';

// The vocabulary of the clause library. Kept in one place so the parser, the search ranking and the
// checks all agree on what a clause can be.

// Order matters: search breaks ties in this order, so substantive refusals come before boilerplate.
export const CLAUSE_KINDS = [
  'exemption',
  'ncnd',
  'cost',
  'vexatious',
  'not-held',
  'redirect',
  'standard',
  'closing',
] as const;
export const clauseKindSchema = z.enum(CLAUSE_KINDS);
export type ClauseKind = z.infer<typeof clauseKindSchema>;

// The regimes are core/model's; their order (UK-wide Act first) is also clause search's tie-break.
import { RegimeSchema } from '../model/regimeSchema';
export { REGIMES, type Regime } from '../model/regime';
export const regimeSchema = RegimeSchema;

// The statutory test that makes the provision bite. Officers choose wording from it ("would" /
// "would be likely to", "substantial prejudice"), and checks use it to demand the harm paragraph.
export const HARM_TESTS = [
  'class',
  'prejudice',
  'substantial-prejudice',
  'adverse-effect',
  'endanger',
  'required-for-safeguarding',
  'reasonable-opinion',
  'actionable-breach',
  'none',
] as const;
export const harmTestSchema = z.enum(HARM_TESTS);
export type HarmTest = z.infer<typeof harmTestSchema>;

export const VARIABLE_TYPES = ['text', 'date', 'choice', 'number', 'link'] as const;
export const variableTypeSchema = z.enum(VARIABLE_TYPES);
export type VariableType = z.infer<typeof variableTypeSchema>;

// org.* and case.* come from the workspace and the case, so a clause never declares them.
export const CONTEXT_VARIABLES = [
  'org.name',
  'org.shortName',
  'org.contactEmail',
  'org.reviewAddress',
  'org.costLimit',
  'org.costHours',
  'case.ref',
  'case.received',
] as const;
export type ContextVariable = (typeof CONTEXT_VARIABLES)[number];

export const VARIABLE_NAME = /^[a-z][a-z0-9_]*$/;
export const CLAUSE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// "31(1)(a)", "22A", "40(5B)", "12(5)(e)", "30(b)(i)": a number, then bracketed parts.
export const SECTION_PATTERN = /^\d+[A-Z]?(?:\((?:\d+[A-Z]?|[a-z]+)\))*$/;

export const clauseVariableSchema = z
  .object({
    name: z.string().regex(VARIABLE_NAME, 'variable names are lower case letters, digits and underscores'),
    prompt: z.string().min(1),
    type: variableTypeSchema,
    default: z.union([z.string(), z.number()]).optional(),
    choices: z.array(z.string().min(1)).min(1).optional(),
  })
  .superRefine((variable, ctx) => {
    if (variable.type === 'choice' && !variable.choices) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `choice variable "${variable.name}" needs a list of choices` });
    }
    if (variable.type !== 'choice' && variable.choices) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `only a choice variable can have choices ("${variable.name}" is ${variable.type})` });
    }
    if (variable.choices && variable.default !== undefined && !variable.choices.includes(String(variable.default))) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `default "${variable.default}" is not one of the choices` });
    }
  });
export type ClauseVariable = z.infer<typeof clauseVariableSchema>;

// Kinds that refuse under a numbered provision: a letter citing nothing would breach s17 / reg 14 / s16 FOISA.
const KINDS_NEEDING_SECTION: ReadonlySet<ClauseKind> = new Set(['exemption', 'ncnd', 'cost', 'vexatious', 'not-held']);

export const clauseSchema = z
  .object({
    id: z.string().regex(CLAUSE_ID, 'id must be lower-case words joined by hyphens, e.g. foia-s31-1-a'),
    title: z.string().min(1),
    kind: clauseKindSchema,
    regimes: z.array(regimeSchema).min(1),
    section: z.string().regex(SECTION_PATTERN, 'section must look like 31(1)(a), 22A, 40(5B) or 12(5)(e)').optional(),
    absolute: z.boolean(),
    harm: harmTestSchema,
    version: z.number().int().positive(),
    notes: z.string().optional(),
    variables: z.array(clauseVariableSchema),
    body: z.string().min(1, 'the clause has no text below the front matter'),
    sourcePath: z.string(),
  })
  .superRefine((clause, ctx) => {
    if (KINDS_NEEDING_SECTION.has(clause.kind) && !clause.section) {
      ctx.addIssue({ code: 'custom', path: ['section'], message: `a ${clause.kind} clause must cite its section` });
    }
    const seen = new Set<string>();
    clause.variables.forEach((variable, index) => {
      if (seen.has(variable.name)) {
        ctx.addIssue({ code: 'custom', path: ['variables', index, 'name'], message: `variable "${variable.name}" is declared twice` });
      }
      seen.add(variable.name);
    });
  });
export type Clause = z.infer<typeof clauseSchema>;

export const clauseFileErrorSchema = z.object({
  path: z.string(),
  line: z.number().int().positive(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});
export type ClauseFileError = z.infer<typeof clauseFileErrorSchema>;
