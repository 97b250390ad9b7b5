import { z } from 'zod';
import {
  AnswerSchema,
  AttachmentSchema,
  BundleSchema,
  CaseSchema,
  CaseStatusSchema,
  CaseSummarySchema,
  ClockSchema,
  IsoDateSchema,
  OrganisationSchema,
  QuestionSchema,
  RegimeSchema,
  RequesterSchema,
} from '../model';

/**
 * The DeskApi contract: every method the window may call, with the schema of its input and output.
 * One dispatch (./dispatch) validates against it in all three hosts: Electron IPC, the e2e bridge
 * and the CLI. Adding a method here is the only way to widen what the page can ask for.
 */
const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const Empty = z.object({}).strict();
const Id = z.object({ id: z.string().min(1) }).strict();

export const CaseFilterSchema = z.enum(['all', 'open', 'due-this-week', 'overdue', 'sent-this-month']);
export type CaseFilter = z.infer<typeof CaseFilterSchema>;

export const NewCaseSchema = z
  .object({
    ref: z.string().trim().min(1, 'give the case a reference'),
    title: z.string().trim().min(1, 'give the case a title'),
    regime: RegimeSchema,
    received: IsoDateSchema,
    requester: RequesterSchema.default({ name: '', email: '', address: '' }),
    requestText: z.string().max(2_000_000, 'the request is over 2 million characters: attach it instead').default(''),
  })
  .strict();
export type NewCase = z.infer<typeof NewCaseSchema>;

export const CasePatchSchema = z
  .object({
    ref: z.string().trim().min(1),
    title: z.string().trim().min(1),
    regime: RegimeSchema,
    received: IsoDateSchema,
    sent: IsoDateSchema.nullable(),
    status: CaseStatusSchema,
    requester: RequesterSchema,
    publish: z.boolean(),
    requestText: z.string().max(2_000_000),
    summary: z.string(),
    questions: z.array(QuestionSchema),
    attachments: z.array(AttachmentSchema),
    clock: ClockSchema,
  })
  .partial()
  .strict();
export type CasePatch = z.infer<typeof CasePatchSchema>;

export const DeadlineViewSchema = z
  .object({
    received: IsoDateSchema,
    clockStart: IsoDateSchema,
    due: IsoDateSchema,
    extendedDue: IsoDateSchema.nullable(),
    workingDaysLeft: z.number().int(),
  })
  .strict();
export type DeadlineView = z.infer<typeof DeadlineViewSchema>;

export const HolidaySchema = z.object({ date: IsoDateSchema, name: z.string().trim().min(1) }).strict();
export type Holiday = z.infer<typeof HolidaySchema>;

export const WorkspaceInfoSchema = z
  .object({
    path: z.string(),
    organisation: OrganisationSchema,
    caseCount: z.number().int(),
    schemaVersion: z.number().int(),
  })
  .strict();

export const deskContract = {
  getWorkspace: method(Empty, WorkspaceInfoSchema),
  saveOrganisation: method(OrganisationSchema, OrganisationSchema),

  listCases: method(
    z.object({ filter: CaseFilterSchema.default('all'), search: z.string().max(500).default(''), today: IsoDateSchema.optional() }).strict(),
    z.array(CaseSummarySchema),
  ),
  getCase: method(Id, CaseSchema),
  createCase: method(NewCaseSchema, CaseSchema),
  updateCase: method(z.object({ id: z.string().min(1), patch: CasePatchSchema }).strict(), CaseSchema),
  deleteCase: method(Id, z.object({ deleted: z.boolean() }).strict()),
  getCaseDeadline: method(z.object({ id: z.string().min(1), today: IsoDateSchema.optional() }).strict(), DeadlineViewSchema),

  saveAnswer: method(z.object({ caseId: z.string().min(1), answer: AnswerSchema }).strict(), AnswerSchema),
  deleteAnswer: method(z.object({ caseId: z.string().min(1), answerId: z.string().min(1) }).strict(), z.object({ deleted: z.boolean() }).strict()),

  computeDeadline: method(
    z.object({ received: IsoDateSchema, regime: RegimeSchema.default('foia'), days: z.number().int().min(1).max(200).default(20) }).strict(),
    z.object({ due: IsoDateSchema }).strict(),
  ),
  listHolidays: method(Empty, z.array(HolidaySchema)),
  addHoliday: method(HolidaySchema, z.array(HolidaySchema)),
  removeHoliday: method(z.object({ date: IsoDateSchema }).strict(), z.array(HolidaySchema)),

  importBundle: method(
    z.object({ bundle: z.unknown(), replace: z.boolean().default(false) }).strict(),
    z.object({ imported: z.array(z.string()), replaced: z.array(z.string()) }).strict(),
  ),
  exportBundle: method(z.object({ refs: z.array(z.string()).optional() }).strict(), BundleSchema),
} as const;

export type DeskContract = typeof deskContract;
export type DeskMethod = keyof DeskContract;
export type DeskInput<M extends DeskMethod> = z.input<DeskContract[M]['input']>;
export type DeskParsedInput<M extends DeskMethod> = z.output<DeskContract[M]['input']>;
export type DeskOutput<M extends DeskMethod> = z.output<DeskContract[M]['output']>;

/** What DeskService implements: each method takes the validated input. */
export type DeskApiImpl = { [M in DeskMethod]: (input: DeskParsedInput<M>) => Promise<DeskOutput<M>> | DeskOutput<M> };

/** What the window calls: inputs may omit defaulted fields. */
export type DeskApi = { [M in DeskMethod]: (input: DeskInput<M>) => Promise<DeskOutput<M>> };

export const DESK_METHODS = Object.keys(deskContract) as DeskMethod[];
