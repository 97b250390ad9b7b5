import { z } from 'zod';
import {
  AnswerSchema,
  AttachmentSchema,
  BundleSchema,
  CaseChannelSchema,
  CaseSchema,
  caseReferenceSchema,
  CaseStatusSchema,
  CaseSummarySchema,
  CheckOverrideSchema,
  ClockSchema,
  InternalReviewSchema,
  IsoDateSchema,
  OrganisationSchema,
  QuestionSchema,
  RegimeSchema,
  RequesterSchema,
  MAX_REQUEST_FILE_BYTES,
  RequestFileSchema,
} from '../model';
import { clauseContract } from './clauseContract';
import { reuseContract } from '../reuse/reuseContract';
import { logImportContract } from '../logImport/logImportContract';
import { historyContract } from './historyContract';
import { changesContract } from './changesContract';
import { statsContract } from '../stats/statsContract';
import { OwnerFilterSchema, teamContract } from '../team/teamContract';
import { auditContract } from '../team/auditContract';
import { SavedAnswerSchema, SavedLetterPartsSchema } from './answerContent';
import type { CallContext } from './calls';
import type { DeskMethodName } from './methodNames';
import { CheckPurposeSchema, FindingSchema } from '../checks/finding';
import { BIN_DAYS } from './bin';

/**
 * The DeskApi contract: every method the window may call, with the schema of its input and output.
 * One dispatch (./dispatch) validates against it in all three hosts: Electron IPC, the e2e bridge
 * and the CLI. Adding a method here is the only way to widen what the page can ask for.
 */
const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const Empty = z.object({}).strict();
const Id = z.object({ id: z.string().min(1) }).strict();
/** Names a long call so the window can follow its progress and cancel it (./calls.ts). */
const CallIdSchema = z.string().min(1).max(100);

export const CaseFilterSchema = z.enum(['all', 'open', 'due-this-week', 'overdue', 'sent-this-month']);
export type CaseFilter = z.infer<typeof CaseFilterSchema>;

export const NewCaseSchema = z
  .object({
    ref: caseReferenceSchema('give the case a reference'),
    title: z.string().trim().min(1, 'give the case a title'),
    regime: RegimeSchema,
    received: IsoDateSchema,
    requester: RequesterSchema.default({ name: '', email: '', address: '' }),
    requestText: z.string().max(2_000_000, 'the request is over 2 million characters: attach it instead').default(''),
    /** How the request arrived; absent means email. */
    channel: CaseChannelSchema.optional(),
  })
  .strict();
export type NewCase = z.infer<typeof NewCaseSchema>;

export const CasePatchSchema = z
  .object({
    ref: caseReferenceSchema('give the case a reference'),
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
    overrides: z.array(CheckOverrideSchema),
    /** The letter's own parts, all four at once (core/model/letterParts); a part set to null follows its default. */
    letter: SavedLetterPartsSchema,
    channel: CaseChannelSchema,
    /** The requester's internal review (core/model/internalReview); null takes one recorded in error away. */
    review: InternalReviewSchema.nullable(),
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
    /** Which rule set the due date, in a line: "20 working days (FOIA s10(1))" (core/deadlines/timeForCompliance). */
    basis: z.string().optional(),
    /** The fee pause counted (FOIA/FOISA s10(2)); `awaitingFee` while it runs to today. */
    feePause: z.object({ from: IsoDateSchema, to: IsoDateSchema, awaitingFee: z.boolean() }).strict().nullable().optional(),
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

/** A request file as the window sends it: its name (for the format) and its bytes in base64. */
export const RequestFileInputSchema = z
  .object({
    name: z.string().trim().min(1, 'name the file').max(255),
    // Base64 is 4/3 of the bytes; the service gives the friendlier message for files just over the limit.
    base64: z.string().max(Math.ceil((MAX_REQUEST_FILE_BYTES * 1.1) / 3) * 4, `the file is over ${MAX_REQUEST_FILE_BYTES / (1024 * 1024)} MB: save the email without its attachments, or paste the text instead`),
  })
  .strict();

/** The monthly disclosure log: which month, in which order, with the officer's changes per case reference. */
export const LogOverrideSchema = z
  .object({ title: z.string().trim().max(300).optional(), summary: z.string().max(20_000).optional(), include: z.boolean().optional() })
  .strict();
const LogSelectionShape = {
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use the form YYYY-MM, for example 2024-05'),
  order: z.array(z.string()).max(5_000).optional(),
  overrides: z.record(z.string(), LogOverrideSchema).optional(),
};
// summary: the case's own (unpublished) summary, which the log screen edits beside the title (issue 13: not fetched case by case).
export const LogCandidateSchema = z.object({ ref: z.string(), title: z.string(), include: z.boolean(), summary: z.string() }).strict();
/** An exported file travels as base64 so it crosses IPC and the e2e bridge unchanged. */
export const ExportedFileSchema = z.object({ fileName: z.string().min(1), base64: z.string() }).strict();
export type ExportedFileData = z.infer<typeof ExportedFileSchema>;

export const BinnedCaseSchema = z
  .object({ id: z.string(), ref: z.string(), title: z.string(), deletedAt: z.string(), daysLeft: z.number().int() })
  .strict();
export type BinnedCase = z.infer<typeof BinnedCaseSchema>;

/** A month's log order: case references, first published first. */
const LogMonthShape = { month: LogSelectionShape.month };

export const deskContract = {
  // The clause library: listing, editing, packs and filling (see ./clauseContract).
  ...clauseContract,
  // Earlier answers offered while drafting, round robins and global search (see ../reuse/reuseContract).
  ...reuseContract,
  // Past published logs in, as historical cases (../logImport/logImportContract.ts).
  ...logImportContract,
  // An answer's versions and the copy of what was sent (see ./historyContract).
  ...historyContract,
  // The statistics the s45 Code of Practice asks for, and their files (../stats/statsContract.ts).
  ...statsContract,
  // Working together: owners, sign-off, returned answers (../team/teamContract.ts).
  ...teamContract,
  // Who changed what in a case (../team/auditContract.ts).
  ...auditContract,
  // Live refresh: what another window or officer changed, by long poll (./changesContract.ts).
  ...changesContract,
  getWorkspace: method(Empty, WorkspaceInfoSchema),
  saveOrganisation: method(OrganisationSchema, OrganisationSchema),

  listCases: method(
    // A page of the list: `offset` cases skipped, at most `limit` returned (every match without one).
    // The window asks for one more than it shows, to know whether there are more.
    z
      .object({
        filter: CaseFilterSchema.default('all'),
        search: z.string().max(500).default(''),
        today: IsoDateSchema.optional(),
        regime: RegimeSchema.optional(),
        /** Whose cases (core/team); absent means everyone's. */
        owner: OwnerFilterSchema.optional(),
        /** Only cases ready for review and not yet approved: the reviewers' queue. */
        forReview: z.boolean().optional(),
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(10_000).optional(),
      })
      .strict(),
    z.array(CaseSummarySchema),
  ),
  // team: answers carry their version (for saving against it) and any reviewer's comment (core/team).
  getCase: method(z.object({ id: z.string().min(1), team: z.boolean().optional() }).strict(), CaseSchema),
  /** The id of the case with exactly this reference, or null: one indexed look-up, not a list of every case. */
  findCaseByRef: method(z.object({ ref: z.string().trim().min(1).max(200) }).strict(), z.object({ id: z.string().nullable() }).strict()),
  createCase: method(NewCaseSchema, CaseSchema),
  updateCase: method(z.object({ id: z.string().min(1), patch: CasePatchSchema }).strict(), CaseSchema),
  /** Moves a case to the bin: gone from the list, search, log and checks, restorable for BIN_DAYS days. */
  deleteCase: method(Id, z.object({ deleted: z.boolean() }).strict()),
  restoreCase: method(Id, z.object({ restored: z.boolean() }).strict()),
  /** The bin, most recently deleted first, with the days left before a purge may remove each case. */
  listBin: method(Empty, z.array(BinnedCaseSchema)),
  /** Removes for good the cases binned more than `olderThanDays` days ago (desk bin purge). */
  purgeBin: method(z.object({ olderThanDays: z.number().int().min(0).max(36_500).default(BIN_DAYS) }).strict(), z.object({ purged: z.array(BinnedCaseSchema) }).strict()),
  /**
   * Why the list for these filters is empty: the cases the status filter, the regime or the bin hide
   * that would match otherwise. A search looks in every status, so it reports no status counts.
   * With a team view (owner, forReview as for listCases) the counts are of that view's cases, and
   * `hiddenByTeam` counts, by whose they are, the cases the view itself hides.
   */
  explainEmptyList: method(
    z
      .object({
        filter: CaseFilterSchema.default('all'),
        search: z.string().max(500).default(''),
        today: IsoDateSchema.optional(),
        regime: RegimeSchema.optional(),
        owner: OwnerFilterSchema.optional(),
        forReview: z.boolean().optional(),
      })
      .strict(),
    z
      .object({
        otherStatuses: z.array(z.object({ status: CaseStatusSchema, count: z.number().int() }).strict()),
        otherRegimes: z.array(z.object({ regime: RegimeSchema, count: z.number().int() }).strict()),
        inBin: z.number().int(),
        hiddenByTeam: z.object({ mine: z.number().int(), others: z.number().int(), unassigned: z.number().int() }).strict().optional(),
      })
      .strict(),
  ),
  getCaseDeadline: method(z.object({ id: z.string().min(1), today: IsoDateSchema.optional() }).strict(), DeadlineViewSchema),

  // Only the node and mark types of the answer schema (./answerContent): the exporters know no others.
  // An answer naming its `version` is saved only if that is still the stored one; otherwise a
  // `conflict` error carries the stored answer (core/team/teamContract: answerConflictOf), and the
  // answer comes back with its new version.
  saveAnswer: method(z.object({ caseId: z.string().min(1), answer: SavedAnswerSchema }).strict(), AnswerSchema),
  deleteAnswer: method(z.object({ caseId: z.string().min(1), answerId: z.string().min(1) }).strict(), z.object({ deleted: z.boolean() }).strict()),
  // Answering questions together rewrites several answers and drops others: one call, one transaction,
  // so a failure part-way never leaves a question answered twice or not at all.
  replaceAnswers: method(
    z.object({ caseId: z.string().min(1), answers: z.array(SavedAnswerSchema).max(1000), removed: z.array(z.string().min(1)).max(1000).default([]) }).strict(),
    z.object({ saved: z.number().int(), deleted: z.number().int() }).strict(),
  ),
  /**
   * Split again (and its undo): the case's questions replaced and every answer re-attached to them in one
   * transaction, so no moment exists where the answers point at questions the case no longer has.
   * Answers not named keep their text and lose links to questions that went.
   */
  resplitCase: method(
    z.object({ id: z.string().min(1), questions: z.array(QuestionSchema).max(2_000), answers: z.array(SavedAnswerSchema).max(1000) }).strict(),
    CaseSchema,
  ),

  computeDeadline: method(
    z.object({ received: IsoDateSchema, regime: RegimeSchema.default('foia'), days: z.number().int().min(1).max(200).default(20) }).strict(),
    z.object({ due: IsoDateSchema }).strict(),
  ),
  listHolidays: method(Empty, z.array(HolidaySchema)),
  addHoliday: method(HolidaySchema, z.array(HolidaySchema)),
  removeHoliday: method(z.object({ date: IsoDateSchema }).strict(), z.array(HolidaySchema)),

  /**
   * settings: 'keep' never touches the workspace's organisation, 'replace' takes the bundle's; left out,
   * a workspace whose settings were never saved adopts the bundle's and any other keeps its own.
   * The fields that differ are reported whenever the workspace's settings are kept.
   */
  importBundle: method(
    z.object({ callId: CallIdSchema.optional(), bundle: z.unknown(), replace: z.boolean().default(false), settings: z.enum(['keep', 'replace']).optional() }).strict(),
    z
      .object({ imported: z.array(z.string()), replaced: z.array(z.string()), settings: z.enum(['kept', 'replaced', 'adopted']), settingsDifferences: z.array(z.string()) })
      .strict(),
  ),
  exportBundle: method(z.object({ refs: z.array(z.string()).optional(), callId: CallIdSchema.optional() }).strict(), BundleSchema),

  /** The response checks (core/checks) for one case: before sending the letter, or before publishing it in the log. */
  checkCase: method(z.object({ id: z.string().min(1), purpose: CheckPurposeSchema }).strict(), z.array(FindingSchema)),
  /**
   * The officer goes ahead despite checks: each reason is appended to its case's overrides, stamped by the
   * service, all in one transaction (no read-modify-write in the window that could lose a concurrent edit).
   */
  recordOverrides: method(
    z.object({ overrides: z.array(CheckOverrideSchema.omit({ at: true }).extend({ caseRef: z.string().trim().min(1) }).strict()).min(1).max(5_000) }).strict(),
    z.object({ recorded: z.number().int() }).strict(),
  ),
  /** The checks for every case sent in a month; for publishing, only those marked for the log. */
  checkMonth: method(
    z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use the form YYYY-MM, for example 2024-05'), purpose: CheckPurposeSchema.default('publish') }).strict(),
    z.array(FindingSchema),
  ),

  /** publishedMonths: for an empty month, the months that do have responses to publish (newest first). */
  previewLog: method(
    z.object(LogSelectionShape).strict(),
    z.object({ html: z.string(), entries: z.array(LogCandidateSchema), publishedMonths: z.array(z.object({ month: z.string(), count: z.number().int() }).strict()) }).strict(),
  ),
  /**
   * The officer's order of a month's log entries, kept in the workspace with the month (never in one
   * machine's browser). null: no order was saved, and the entries follow their dates sent.
   */
  getLogOrder: method(z.object(LogMonthShape).strict(), z.object({ order: z.array(z.string()).nullable() }).strict()),
  setLogOrder: method(z.object({ ...LogMonthShape, order: z.array(z.string().min(1)).max(5_000) }).strict(), z.object({ order: z.array(z.string()) }).strict()),
  exportLog: method(z.object({ ...LogSelectionShape, format: z.enum(['docx', 'pdf', 'html']), callId: CallIdSchema.optional() }).strict(), ExportedFileSchema),
  // draft: watermarked "DRAFT — not for sending", for sign-off; not kept as what was sent.
  exportLetter: method(z.object({ id: z.string().min(1), format: z.enum(['docx', 'pdf']), draft: z.boolean().default(false) }).strict(), ExportedFileSchema),

  splitRequest: method(
    z.object({ text: z.string().max(2_000_000, 'the request is over 2 million characters: split it by hand') }).strict(),
    z.object({ questions: z.array(QuestionSchema) }).strict(),
  ),
  readRequestFile: method(RequestFileInputSchema, RequestFileSchema),
  createCaseFromFile: method(
    RequestFileInputSchema.extend({
      ref: caseReferenceSchema('give the case a reference'),
      /** Empty or missing: the email's subject. */
      title: z.string().trim().optional(),
      regime: RegimeSchema,
    }).strict(),
    CaseSchema,
  ),

  /** Stops a long call (importBundle, exportBundle, exportLog) started with this callId. Answered by dispatch, not the service. */
  cancelCall: method(z.object({ callId: CallIdSchema }).strict(), z.object({ cancelled: z.boolean() }).strict()),
} as const;

export type DeskContract = typeof deskContract;
export type DeskMethod = keyof DeskContract;
export type DeskInput<M extends DeskMethod> = z.input<DeskContract[M]['input']>;
export type DeskParsedInput<M extends DeskMethod> = z.output<DeskContract[M]['input']>;
export type DeskOutput<M extends DeskMethod> = z.output<DeskContract[M]['output']>;

/** Methods the host's dispatch answers itself, without the service. */
export type HostMethod = 'cancelCall';
export type ServiceMethod = Exclude<DeskMethod, HostMethod>;

/**
 * What DeskService implements: each method takes the validated input, and a CallContext that long
 * calls use to report progress and notice a cancel (the others may ignore it).
 */
export type DeskApiImpl = { [M in ServiceMethod]: (input: DeskParsedInput<M>, call: CallContext) => Promise<DeskOutput<M>> | DeskOutput<M> };

/** What the window calls: inputs may omit defaulted fields. */
export type DeskApi = { [M in DeskMethod]: (input: DeskInput<M>) => Promise<DeskOutput<M>> };

// The plain list of names (./methodNames.ts, all the preload knows) and the contract must name the
// same methods: either direction missing fails typechecking here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: Same<DeskMethodName, DeskMethod> = true;
void namesMatchContract;

export const DESK_METHODS = Object.keys(deskContract) as DeskMethod[];
