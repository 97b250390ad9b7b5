import { randomUUID } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import type {
  DeadlineView,
  DeskApiImpl,
  DeskOutput,
  DeskParsedInput,
} from '../../core/api/contract';
import { DeskError, describeZodError } from '../../core/api/errors';
import { createCallContext, type CallContext } from '../../core/api/calls';
import { addWorkingDays } from '../../core/deadlines';
import { caseDeadline } from '../../core/deadlines/caseDeadline';
import { applyOverrides, checkCase, checkMonth, type CheckContext } from '../../core/checks';
import { BUNDLE_FORMAT, readBundle, type BundleCase, CASE_STATUS_LABELS, CaseSchema, findLoneSurrogate, organisationDifferences, statusOnceDrafting, todayInUk, withSentDate, type Answer, type Case, type CaseSummary } from '../../core/model';
import { answerHasText } from '../../core/drafting/outcome';
import { CaseRepository, serialiseAnswer, type CaseHeader, type DeadlineOf, type SerialisedCase, type StoredDeadline } from './caseRepository';
import { caseListCondition, effectiveFilter } from './caseListQuery';
import { CaseBin } from './caseBin';
import { explainEmptyList } from './emptyListExplanation';
import { LogOrderRepository } from './logOrderRepository';
import { bundleCaseToStoredCase, makeBundle, type StoredExtras } from './bundleCodec';
import { BundleExtras } from './bundleExtras';
import { SettingsRepository } from './settingsRepository';
import { openWorkspaceDb, schemaVersion, type Db } from './workspaceDb';
import { LogExports } from './logExports';
import { findLetterLogo } from './letterLogo';
import type { PdfPrinter } from './pdf/pdfPrinter';
import { ChromiumPdfPrinter } from './pdf/chromiumPdfPrinter';
import { questionsFromText, readRequestFile } from './intake';
import { ClauseLibraryService } from './clauses/clauseLibraryService';
import { ReuseQueries } from './reuse/reuseQueries';
import { LogImportService } from './logImport/logImportService';
import { fillClause, fillContextFor } from '../../core/clauses';
import { withResolvedClosing } from '../../core/documents/letterDefaults';
import { AnswerHistory } from './answerHistory';
import { SentCopies } from './sentCopies';
import { officerName } from './officerName';
import { countsAsSent, patchNeedsSentReason } from '../../core/model/sentEdits';
import { formatUkDate } from '../../core/deadlines';
import { StatisticsService } from './stats/statisticsService';
import { TeamRepository, teamListCondition } from './team/teamRepository';

type In<M extends keyof DeskApiImpl> = DeskParsedInput<M>;
type Out<M extends keyof DeskApiImpl> = DeskOutput<M>;

export interface DeskServiceOptions {
  /** Today's date for deadlines; tests pin it. Defaults to today in the UK. */
  today?: () => string;
  /** Prints the log and letters to PDF; by default a system Chromium, started on the first print. */
  pdfPrinter?: PdfPrinter;
  /** The Chromium the default printer uses (the CLI's --chromium); otherwise DESK_CHROMIUM or the usual paths. */
  chromiumPath?: string;
  /** Folders searched for letterhead-logo.png; by default the workspace's folder and ./assets. */
  logoDirs?: string[];
  /** The folder holding clauses/ and police-forces.json; found beside the app by default. */
  templatesDir?: string;
  /** Create a new workspace when nothing is at the path (the default); false to open an existing one only. */
  create?: boolean;
  /** The time now as an ISO timestamp, for answers' versions and the sent record; tests pin it. */
  now?: () => string;
  /** Who is recorded as changing a sent case; by default the computer's user name. */
  userName?: string;
}

/**
 * The one implementation of DeskApi: plain Node, no Electron. Every host (the app's IPC, the e2e
 * bridge, the CLI) reaches it through core/api's dispatch, which has already validated the input.
 */
export class DeskService implements DeskApiImpl {
  private readonly db: Db;
  private readonly cases: CaseRepository;
  private readonly settings: SettingsRepository;
  private readonly today: () => string;
  private readonly logExports: LogExports;
  private readonly clauses: ClauseLibraryService;
  private readonly reuse: ReuseQueries;
  private readonly logImport: LogImportService;
  private readonly bin: CaseBin;
  private readonly logOrders: LogOrderRepository;
  private readonly history: AnswerHistory;
  private readonly sentCopies: SentCopies;
  private readonly bundleExtras: BundleExtras;
  private readonly stats: StatisticsService;
  private readonly team: TeamRepository;
  private readonly now: () => string;
  private readonly userName: string | undefined;
  private restoring = false;
  private ownPrinter: ChromiumPdfPrinter | null = null;

  constructor(
    readonly dbPath: string,
    options: DeskServiceOptions = {},
  ) {
    this.db = openWorkspaceDb(dbPath, undefined, { create: options.create });
    this.settings = new SettingsRepository(this.db);
    this.today = options.today ?? (() => todayInUk());
    this.cases = new CaseRepository(this.db, (c) => this.storedDeadline(c, this.today()));
    this.now = options.now ?? (() => new Date().toISOString());
    this.userName = options.userName;
    this.history = new AnswerHistory(this.db);
    this.team = new TeamRepository(this.db);
    this.sentCopies = new SentCopies(this.db);
    this.bundleExtras = new BundleExtras(this.db);
    // Every edit of an answer keeps its version in the same transaction as the save.
    // A restore keeps its own version instead: as an edit, it could rewrite this minute's version,
    // which holds the very text being replaced.
    this.cases.beforeAnswerEdit = (caseId, answer, at) => {
      if (!this.restoring) this.history.recordEdit(caseId, answer, at);
      // A sign-off covers the words approved: any change to an answer takes it away (core/team).
      this.team.withdrawApproval(caseId);
    };
    this.clauses = new ClauseLibraryService(this.db, options.templatesDir);
    this.reuse = new ReuseQueries(this.db);
    this.logImport = new LogImportService(this.db, this.cases, () => this.today());
    this.bin = new CaseBin(this.cases, this.now);
    this.logOrders = new LogOrderRepository(this.db);
    this.stats = new StatisticsService(this.db, { extraHolidays: () => this.extraHolidays(), settings: () => this.settings.organisation(), today: () => this.today() });
    // A workspace from before stored deadlines (or written by the generator) gets them once, here.
    this.refreshDeadlines(this.today());
    this.logExports = new LogExports({
      organisation: () => this.settings.organisation(),
      // The month's cases through the sent-date index, never a read of every case (issue 13).
      casesSentIn: (month) => this.cases.headersSentIn(month).map((h) => this.mustGet(h.id)),
      publishedSentDates: () => this.cases.publishedSentDates(),
      // The order saved with the month (migration 7): the window's, the CLI's and every machine's.
      storedOrder: (month) => this.logOrders.refs(month),
      caseById: (id) => this.mustGet(id),
      library: () => this.clauses.list(),
      printer: () => options.pdfPrinter ?? (this.ownPrinter ??= new ChromiumPdfPrinter(options.chromiumPath ? { executablePath: options.chromiumPath } : {})),
      letterLogo: (org) => findLetterLogo(options.logoDirs ?? [dirname(dbPath), resolve('assets')], org.name),
      today: () => this.today(),
      publishContext: () => this.checkContext('publish'),
    });
  }

  /** Closes the workspace and the browser this service started for printing, if any. */
  async dispose(): Promise<void> {
    const printer = this.ownPrinter;
    this.ownPrinter = null;
    this.close();
    await printer?.dispose();
  }

  close(): void {
    if (this.ownPrinter) void this.ownPrinter.dispose();
    this.ownPrinter = null;
    if (this.db.open) this.db.close();
  }

  getWorkspace(): Out<'getWorkspace'> {
    return { path: this.dbPath, organisation: this.settings.organisation(), caseCount: this.cases.countCases(), schemaVersion: schemaVersion(this.db) };
  }

  saveOrganisation(org: In<'saveOrganisation'>): Out<'saveOrganisation'> {
    this.db.transaction(() => {
      this.settings.saveOrganisation(org);
      // A school's time limit and its closure days move open deadlines.
      this.recomputeOpenDeadlines();
    })();
    return this.settings.organisation();
  }

  /**
   * One page of the list. SQL filters, sorts and pages over the stored deadlines; only the rows on
   * the page have their deadline worked out in full (for "working days left"). Without a limit every
   * matching case comes back, as before paging.
   */
  listCases({ filter, search, today, offset = 0, limit, regime, owner, forReview }: In<'listCases'>): Out<'listCases'> {
    const now = today ?? this.today();
    this.refreshDeadlines(now);
    const extra = this.extraHolidays();
    const org = this.settings.organisation();
    // A search looks in every case whatever the filter (effectiveFilter): the filter never hides a match.
    const listed = caseListCondition(effectiveFilter(filter, search), now, extra, regime);
    // Whose cases and the reviewers' queue (./team): a search keeps them, as it keeps the regime.
    const team = teamListCondition(owner, forReview, officerName(this.userName));
    const where = team ? { sql: `(${listed.sql}) AND (${team.sql})`, params: [...listed.params, ...team.params] } : listed;
    const rows = search.trim() ? this.cases.searchPage(search, where, offset, limit ?? -1) : this.cases.listPage(where, offset, limit ?? -1);
    const progress = this.cases.progressOf(rows.map((r) => r.id));
    return rows.map((r): CaseSummary => {
      const deadline = caseDeadline({ received: r.received, regime: r.regime, sent: r.sent, clock: JSON.parse(r.clock) as Case['clock'] }, extra, now, org);
      const p = progress.get(r.id) ?? { questions: 0, answered: 0 };
      return {
        id: r.id,
        ref: r.ref,
        title: r.title,
        regime: r.regime,
        status: r.status,
        received: r.received,
        sent: r.sent,
        due: deadline.extendedDue ?? deadline.due,
        workingDaysLeft: deadline.workingDaysLeft,
        questionCount: p.questions,
        answeredCount: p.answered,
        ...(r.historical === 1 ? { historical: true } : {}),
        ...(r.owner ? { owner: r.owner } : {}),
        ...(r.approved_at ? { approved: true } : {}),
      };
    });
  }

  /** The deadline a case's row stores for the list: the date that binds it, as of `today` if a fee is awaited. */
  private storedDeadline(c: Parameters<DeadlineOf>[0], today: string): StoredDeadline {
    const d = caseDeadline(c, this.extraHolidays(), today, this.settings.organisation());
    const moving = Boolean(c.clock.feeNoticeGiven && !c.clock.feeReceived && !c.sent);
    return { due: d.extendedDue ?? d.due, dueAsOf: moving ? today : null };
  }

  /** Fills the stored deadlines that are missing or were counted to another day: a few rows, rarely all. */
  private refreshDeadlines(today: string): void {
    const stale = this.cases.casesNeedingDeadline(today);
    if (stale.length === 0) return;
    this.cases.storeDeadlines(stale.map((c) => ({ id: c.id, ...this.storedDeadline({ ...c, clock: JSON.parse(c.clock) as Case['clock'] }, today) })));
  }

  /** After holidays or time-limit settings change: inside the caller's transaction, so the list never sees a gap. */
  private recomputeOpenDeadlines(): void {
    this.cases.forgetOpenDeadlines();
    this.refreshDeadlines(this.today());
  }

  findCaseByRef({ ref }: In<'findCaseByRef'>): Out<'findCaseByRef'> {
    return { id: this.cases.findIdByRef(ref) };
  }

  getCase({ id, team }: In<'getCase'>): Out<'getCase'> {
    return this.mustGet(id, team);
  }

  createCase(input: In<'createCase'>): Out<'createCase'> {
    this.refuseTakenRef(input.ref);
    return this.insertNewCase({ ref: input.ref, title: input.title, regime: input.regime, received: input.received, requester: input.requester, requestText: input.requestText, ...(input.channel ? { channel: input.channel } : {}) });
  }

  private refuseTakenRef(ref: string): void {
    const taken = this.cases.findIdByRef(ref);
    if (taken && this.cases.binnedAt(taken)) throw new DeskError('conflict', `Case ${ref} is in the bin. Restore it from the Bin in the case list, or choose another reference.`);
    if (taken) {
      throw new DeskError('conflict', `A case with reference ${ref} already exists. Open it from the case list, or choose another reference.`);
    }
  }

  /** A new case gets its id, status and timestamps here, and the schema fills the rest with defaults. */
  private insertNewCase(fields: Partial<Case> & Pick<Case, 'ref' | 'title' | 'regime' | 'received'>): Case {
    const now = new Date().toISOString();
    const c: Case = CaseSchema.parse({ ...fields, id: randomUUID(), status: 'new', createdAt: now, updatedAt: now });
    this.cases.put(c);
    return this.mustGet(c.id);
  }

  updateCase({ id, patch }: In<'updateCase'>): Out<'updateCase'> {
    const current = this.mustGet(id);
    if (patchNeedsSentReason(current, patch)) this.refuseUnexplainedChange(id);
    if (patch.ref && patch.ref !== current.ref) {
      const other = this.cases.findIdByRef(patch.ref);
      if (other && other !== id) throw new DeskError('conflict', `Reference ${patch.ref} is already used by another case.`);
    }
    const { questions, review, ...headerPatch } = withSentDate(current, patch, this.today());
    const now = this.now();
    // An internal review set to null was recorded in error: the case goes back to having none.
    const header: CaseHeader = { ...stripBody(current), ...headerPatch, review: review === null ? undefined : (review ?? current.review), updatedAt: now };
    this.refuseUnapprovedSending(current, header.status);
    this.db.transaction(() => {
      this.cases.updateHeader(header, questions);
      // Back to the officer (In progress, or earlier): a sign-off given before no longer stands.
      if (current.approval && (header.status === 'new' || header.status === 'drafting' || header.status === 'awaiting-information')) this.team.withdrawApproval(id);
      // A change of status is a moment worth keeping in every answer's history; marking the case
      // sent also keeps the letter as it went out (sentCopies.ts).
      if (header.status !== current.status) this.history.recordCase(id, 'status', now);
      // A closed case put back to sent was sent already: its copy stays the one taken then.
      if (header.status === 'sent' && !countsAsSent(current) && current.status !== 'sent') this.sentCopies.takeOnSending(id, header.sent ?? this.today(), this.logExports.letterHtmlOf(id), now);
    })();
    return this.mustGet(id);
  }

  /** The workspace's rule (Settings, "Approval required before sending"): no case goes out unsigned. */
  private refuseUnapprovedSending(current: Case, status: Case['status']): void {
    if (status !== 'sent' || current.status === 'sent' || countsAsSent(current) || current.approval) return;
    if (!this.settings.organisation().approvalRequired) return;
    throw new DeskError(
      'checks-failed',
      `Case ${current.ref} needs a reviewer's approval before it is sent (a rule in Settings). Mark it In review and ask a reviewer to approve it; nothing was changed.`,
    );
  }

  // --- Working together (./team, core/team) ---

  whoAmI(): Out<'whoAmI'> {
    return { name: officerName(this.userName) };
  }

  assignCase({ id, owner }: In<'assignCase'>): Out<'assignCase'> {
    this.mustGet(id);
    const who = officerName(this.userName);
    this.team.assign(id, owner, who, this.now());
    return { owner, assignments: this.team.assignments(id) };
  }

  listAssignments({ id }: In<'listAssignments'>): Out<'listAssignments'> {
    this.mustGet(id);
    return this.team.assignments(id);
  }

  approveCase({ id }: In<'approveCase'>): Out<'approveCase'> {
    const c = this.mustGet(id);
    if (c.status !== 'in-review') throw new DeskError('invalid-input', `Case ${c.ref} is not ready for review (it is ${CASE_STATUS_LABELS[c.status]}). The officer marks it In review when the response is ready.`);
    this.team.approve(id, officerName(this.userName), this.now());
    return this.mustGet(id, true);
  }

  /** Returned with comments: each on its answer, the case back to In progress, any sign-off withdrawn, in one transaction. */
  returnCase({ id, comments }: In<'returnCase'>): Out<'returnCase'> {
    const c = this.mustGet(id);
    if (c.status === 'sent' || c.status === 'closed') throw new DeskError('invalid-input', `Case ${c.ref} has been ${c.status}: there is nothing to return. Record a change to a sent case from the case instead.`);
    const missing = comments.filter((x) => !c.answers.some((a) => a.id === x.answerId));
    if (missing.length) throw new DeskError('not-found', 'An answer you commented on is no longer in the case (it was removed or answered together with another). Reload the case and comment again; nothing was changed.');
    const by = officerName(this.userName);
    const now = this.now();
    this.db.transaction(() => {
      for (const x of comments) this.team.setComment(id, x.answerId, { text: x.text, by, at: now });
      this.team.withdrawApproval(id);
      if (c.status !== 'drafting') {
        this.cases.setOpenStatus(id, 'drafting', now);
        this.history.recordCase(id, 'status', now);
      }
    })();
    return this.mustGet(id, true);
  }

  resolveReviewComment({ caseId, answerId }: In<'resolveReviewComment'>): Out<'resolveReviewComment'> {
    this.mustGet(caseId);
    return { resolved: this.team.setComment(caseId, answerId, null) };
  }

  /** To the bin, never straight to oblivion: restorable for BIN_DAYS days (./caseBin.ts). */
  deleteCase({ id }: In<'deleteCase'>): Out<'deleteCase'> {
    return { deleted: this.bin.delete(id) };
  }

  restoreCase({ id }: In<'restoreCase'>): Out<'restoreCase'> {
    return { restored: this.bin.restore(id) };
  }

  listBin(): Out<'listBin'> {
    return this.bin.list();
  }

  purgeBin({ olderThanDays }: In<'purgeBin'>): Out<'purgeBin'> {
    return { purged: this.bin.purge(olderThanDays) };
  }

  explainEmptyList({ filter, search, today, regime, owner, forReview }: In<'explainEmptyList'>): Out<'explainEmptyList'> {
    return explainEmptyList(this.cases, { filter, search, regime, owner, forReview, me: officerName(this.userName) }, today ?? this.today(), this.extraHolidays());
  }

  getCaseDeadline({ id, today }: In<'getCaseDeadline'>): DeadlineView {
    return caseDeadline(this.mustGet(id), this.extraHolidays(), today ?? this.today(), this.settings.organisation());
  }

  saveAnswer({ caseId, answer }: In<'saveAnswer'>): Out<'saveAnswer'> {
    // Only the question ids: autosave runs on every pause in typing, and a 200-question case read whole costs more than the write.
    const known = this.cases.questionIds(caseId);
    if (!known) throw new DeskError('case-missing', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
    this.refuseUnexplainedChange(caseId);
    const unknown = answer.covers.filter((q) => !known.has(q));
    if (unknown.length) throw new DeskError('invalid-input', `This answer names questions the case does not have (${unknown.join(', ')}). Reload the case and try again.`);
    const now = this.now();
    // IMMEDIATE: the version read and the write hold the write lock together, so two windows (or two
    // processes) on one file cannot both pass the check with the same version.
    const saved = this.db.transaction(() => {
      if (answer.version !== undefined) this.refuseStaleAnswer(caseId, answer);
      const { version: _base, reviewComment: _comment, ...content } = answer;
      this.cases.saveAnswer(caseId, content, now);
      this.startDrafting(caseId, [answer], now);
      return { ...content, version: this.team.answerVersion(caseId, answer.id) ?? 1 };
    }).immediate();
    return saved;
  }

  /**
   * Optimistic concurrency (core/team): a save names the version it was based on, and one based on a
   * version the answer has moved past never overwrites: the officer is shown both texts to choose.
   * Version 0 names a new answer, which must not exist yet.
   */
  private refuseStaleAnswer(caseId: string, answer: Answer): void {
    const stored = this.team.answerVersion(caseId, answer.id);
    if ((stored ?? 0) === answer.version) return;
    const current = stored === null ? null : this.mustGet(caseId, true).answers.find((a) => a.id === answer.id) ?? null;
    if (!current) throw new DeskError('conflict', 'This answer was removed from the case (by another window or officer) while you were writing it. Copy your text, reload the case and add it again.');
    throw new DeskError(
      'conflict',
      'Another officer (or another window) saved this answer while you were writing it, so your text was not saved over theirs. Compare the two and choose which to keep.',
      { kind: 'answer-version', current },
    );
  }

  /** The first answer with words moves a New case to In progress (core/model/caseStatus), in the save's transaction. */
  private startDrafting(caseId: string, answers: readonly Answer[], now: string): void {
    const status = this.cases.statusOf(caseId);
    if (status === null) return;
    const next = statusOnceDrafting(status, answers.some(answerHasText));
    if (next !== status) this.cases.setOpenStatus(caseId, next, now);
  }

  /** Several answers saved and others deleted in one transaction; every answer is checked before any is written. */
  replaceAnswers({ caseId, answers, removed }: In<'replaceAnswers'>): Out<'replaceAnswers'> {
    const known = this.cases.questionIds(caseId);
    if (!known) throw new DeskError('case-missing', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
    this.refuseUnexplainedChange(caseId);
    const unknown = answers.flatMap((a) => a.covers).filter((q) => !known.has(q));
    if (unknown.length) throw new DeskError('invalid-input', `These answers name questions the case does not have (${[...new Set(unknown)].join(', ')}). Reload the case and try again. Nothing was saved.`);
    const now = this.now();
    return this.db.transaction(() => {
      const done = this.cases.replaceAnswers(caseId, answers, removed, now);
      this.startDrafting(caseId, answers, now);
      return done;
    })();
  }

  /** Split again (or its undo): the questions and the answers' links to them change in one transaction. */
  resplitCase({ id, questions, answers }: In<'resplitCase'>): Out<'resplitCase'> {
    this.mustGet(id);
    this.refuseUnexplainedChange(id);
    const ids = new Set(questions.map((q) => q.id));
    if (ids.size !== questions.length) throw new DeskError('invalid-input', 'Two of the new questions have the same id. Split the request again. Nothing was saved.');
    const unknown = answers.flatMap((a) => a.covers).filter((q) => !ids.has(q));
    if (unknown.length) throw new DeskError('invalid-input', `These answers name questions the new split does not have (${[...new Set(unknown)].join(', ')}). Reload the case and split again. Nothing was saved.`);
    this.cases.resplit(id, questions, answers, this.now());
    return this.mustGet(id);
  }

  deleteAnswer({ caseId, answerId }: In<'deleteAnswer'>): Out<'deleteAnswer'> {
    this.refuseUnexplainedChange(caseId);
    return { deleted: this.cases.deleteAnswer(caseId, answerId) };
  }

  computeDeadline({ received, regime, days }: In<'computeDeadline'>): Out<'computeDeadline'> {
    return { due: addWorkingDays(received, days, regime, this.extraHolidays()) };
  }

  listHolidays(): Out<'listHolidays'> {
    return this.settings.holidays();
  }

  addHoliday(h: In<'addHoliday'>): Out<'addHoliday'> {
    this.db.transaction(() => {
      this.settings.addHoliday(h);
      this.recomputeOpenDeadlines();
    })();
    return this.settings.holidays();
  }

  removeHoliday({ date }: In<'removeHoliday'>): Out<'removeHoliday'> {
    this.db.transaction(() => {
      this.settings.removeHoliday(date);
      this.recomputeOpenDeadlines();
    })();
    return this.settings.holidays();
  }

  /**
   * All-or-nothing: the whole bundle is validated and converted before one transaction writes it.
   * The reference clash is checked inside that transaction, taken IMMEDIATE so that two imports of the
   * same new reference cannot both pass the check and one silently replace the other.
   * The workspace's own settings are kept unless the caller asks to replace them; either way the
   * fields that differ are reported, so a restore never wipes a review address unnoticed.
   */
  async importBundle({ bundle, replace, settings }: In<'importBundle'>, call: CallContext = createCallContext()): Promise<Out<'importBundle'>> {
    const broken = findLoneSurrogate(bundle);
    if (broken) throw new DeskError('invalid-input', `The bundle was not imported: ${broken} holds a broken character (half of a UTF-16 surrogate pair). Fix that text and import again. Nothing was changed.`);
    // Version 1 is read and upgraded; a version newer than this build is refused by name (core/model/bundle).
    const parsed = readBundle(bundle);
    if (!parsed.success && 'newer' in parsed) {
      throw new DeskError('invalid-input', `The bundle was not imported: it is in format ${parsed.newer}, written by a newer Disclosure Desk than this one (which reads up to ${BUNDLE_FORMAT}). Update Disclosure Desk and import it again. Nothing was changed.`);
    }
    if (!parsed.success) throw new DeskError('invalid-input', `The bundle was not imported: ${describeZodError(parsed.error)}. Nothing was changed.`);
    const now = new Date().toISOString();
    // One case at a time, so the window sees the count and a cancel lands before anything is written.
    // Each converted case is held as a JSON string until its write: a third of the memory of the
    // object tree, which lets 10,000 cases × 10 answers import within a few hundred megabytes.
    const converted: { id: string; ref: string; json: string }[] = [];
    const logOrders = parsed.data.logOrders ?? [];
    const total = parsed.data.cases.length;
    const pending: (BundleCase | null)[] = parsed.data.cases;
    for (let i = 0; i < total; i++) {
      await call.step(i, total, `Reading case ${i + 1} of ${total}`);
      // The bundle's own id when it has one (version 2); whether it is free is decided in the transaction.
      const c = await bundleCaseToStoredCase(pending[i]!, randomUUID(), now, i);
      converted.push({ id: c.case.id, ref: c.case.ref, json: JSON.stringify(c) });
      // Let the validated copy of each case go once converted: only one form of it is held.
      pending[i] = null;
    }
    await call.step(total, total, `Saving ${total} case${total === 1 ? '' : 's'}`);
    const ours = this.settings.organisation();
    const settingsDiffer = parsed.data.organisation ? organisationDifferences(ours, parsed.data.organisation) : [];
    // The added bank holidays are settings too (version 2): reported, and taken only as the organisation is.
    const holidays = parsed.data.holidays;
    if (holidays && JSON.stringify(holidays.map((h) => [h.date, h.name]).sort()) !== JSON.stringify(this.settings.holidays().map((h) => [h.date, h.name]).sort())) settingsDiffer.push('added bank holidays');
    const outcome = this.db
      .transaction(() => {
        const found = converted.map((c) => c.ref).filter((ref) => this.cases.findIdByRef(ref));
        if (found.length && !replace) {
          throw new DeskError('conflict', `The workspace already has case${found.length > 1 ? 's' : ''} ${found.join(', ')}. Import again with replace to overwrite ${found.length > 1 ? 'them' : 'it'}. Nothing was changed.`);
        }
        // A workspace whose settings were never saved has nothing to lose: restoring a backup into a
        // new workspace takes the bundle's organisation. Otherwise only an explicit 'replace' does.
        const incoming = parsed.data.organisation;
        const settingsOutcome = !incoming ? 'kept' : settings === 'replace' ? 'replaced' : this.settings.hasOrganisation() || settings === 'keep' ? 'kept' : 'adopted';
        if (incoming && settingsOutcome !== 'kept') {
          this.settings.saveOrganisation(incoming);
          if (holidays) {
            for (const h of this.settings.holidays()) this.settings.removeHoliday(h.date);
            for (const h of holidays) this.settings.addHoliday(h);
          }
          this.recomputeOpenDeadlines();
        }
        // A replaced case keeps its id (and its row), so links and the officer's open window still find it.
        // A new one keeps the bundle's id unless another case has it.
        const ids = converted.map((c) => this.cases.findIdByRef(c.ref) ?? (this.bundleExtras.caseIdTaken(c.id) ? randomUUID() : c.id));
        let extras: StoredExtras | null = null;
        const each = parseEach(converted, ids, (c, x) => {
          this.bundleExtras.withFreeIds(c, x);
          extras = x;
        });
        this.cases.putStream(ids, each, (c) => this.bundleExtras.write(c.id, extras));
        if (logOrders.length) this.bundleExtras.writeLogOrders(logOrders, new Map(converted.map((c, i) => [c.ref, ids[i]!])), replace, now);
        return { found, settingsOutcome } as const;
      })
      .immediate();
    return { imported: converted.map((c) => c.ref), replaced: outcome.found, settings: outcome.settingsOutcome, settingsDifferences: outcome.settingsOutcome === 'kept' ? settingsDiffer : [] };
  }

  async exportBundle({ refs }: In<'exportBundle'>, call: CallContext = createCallContext()): Promise<Out<'exportBundle'>> {
    // Named cases are found by reference, one indexed look-up each; only a whole-workspace bundle reads every case.
    const wanted = refs ? [...new Set(refs)] : null;
    // A backup holds the bin too: each case says whether it is in it.
    let chosen = this.cases.idsByReceived(true);
    if (wanted) {
      const found = wanted.map((ref) => ({ ref, id: this.cases.findIdByRef(ref) }));
      const missing = found.filter((f) => f.id === null).map((f) => f.ref);
      if (missing.length) throw new DeskError('not-found', `No case with reference ${missing.join(', ')} in this workspace.`);
      chosen = found.map((f) => f.id!);
    }
    const cases: Case[] = [];
    for (const [i, id] of chosen.entries()) {
      await call.step(i, chosen.length, `Reading case ${i + 1} of ${chosen.length}`);
      const c = this.cases.get(id, true);
      if (!c) throw new DeskError('case-missing', 'A case was deleted while the bundle was being written. Export again.');
      cases.push(c);
    }
    // The bundle lists cases oldest received first, whichever order the references were named in.
    cases.sort((a, b) => a.received.localeCompare(b.received) || a.ref.localeCompare(b.ref));
    await call.step(chosen.length, chosen.length, `Writing ${chosen.length} case${chosen.length === 1 ? '' : 's'}`);
    // Version 2: history, sent copies and the bin with each case, and the log's order for the cases written.
    const logOrders = this.bundleExtras.logOrders(new Map(cases.map((c) => [c.id, c.ref])));
    return makeBundle(this.settings.organisation(), cases, { extrasOf: (c) => this.bundleExtras.read(c.id), logOrders, holidays: this.settings.holidays() });
  }

  /** Findings with the officer's recorded overrides applied, so an overridden error no longer blocks. */
  checkCase({ id, purpose }: In<'checkCase'>): Out<'checkCase'> {
    const c = this.mustGet(id);
    // The closing section as the letter will print it: its default comes from the clause library, which only the service holds.
    return applyOverrides(checkCase(withResolvedClosing(c, this.settings.organisation(), this.clauses.list()), this.checkContext(purpose)), c.overrides);
  }

  /** One transaction: every case is found before any is written, so a missing reference records nothing. */
  recordOverrides({ overrides }: In<'recordOverrides'>): Out<'recordOverrides'> {
    const at = new Date().toISOString();
    this.db
      .transaction(() => {
        const byRef = new Map<string, Case>();
        for (const { caseRef } of overrides) {
          if (byRef.has(caseRef)) continue;
          const id = this.cases.findIdByRef(caseRef);
          if (!id) throw new DeskError('not-found', `Case ${caseRef} is no longer in this workspace, so no override was recorded. Check the case list and run the checks again.`);
          byRef.set(caseRef, this.mustGet(id));
        }
        for (const [caseRef, c] of byRef) {
          const added = overrides.filter((o) => o.caseRef === caseRef).map(({ caseRef: _ref, ...o }) => ({ ...o, at }));
          this.cases.updateHeader({ ...stripBody(c), overrides: [...c.overrides, ...added], updatedAt: at });
        }
      })
      .immediate();
    return { recorded: overrides.length };
  }

  checkMonth({ month, purpose }: In<'checkMonth'>): Out<'checkMonth'> {
    // Already by date sent, then reference: a range on the sent-date index.
    const cases = this.cases.headersSentIn(month).map((h) => this.mustGet(h.id));
    const overridesByRef = new Map(cases.map((c) => [c.ref, c.overrides]));
    return checkMonth(cases, this.checkContext(purpose)).map((f) => applyOverrides([f], overridesByRef.get(f.caseRef) ?? [])[0]!);
  }

  private checkContext(purpose: CheckContext['purpose']): CheckContext {
    return { organisation: this.settings.organisation(), today: this.today(), extraHolidays: this.extraHolidays(), purpose };
  }

  splitRequest({ text }: In<'splitRequest'>): Out<'splitRequest'> {
    return { questions: questionsFromText(text) };
  }

  readRequestFile({ name, base64 }: In<'readRequestFile'>): Promise<Out<'readRequestFile'>> {
    return readRequestFile(name, Buffer.from(base64, 'base64'));
  }

  /** One write: the case arrives with its questions already split, or not at all. */
  async createCaseFromFile({ name, base64, ref, title, regime }: In<'createCaseFromFile'>): Promise<Out<'createCaseFromFile'>> {
    this.refuseTakenRef(ref);
    const file = await readRequestFile(name, Buffer.from(base64, 'base64'));
    return this.insertNewCase({
      ref,
      title: title || file.subject || `Request ${ref}`,
      regime,
      received: file.received ?? this.today(),
      requester: { name: file.requester?.name ?? '', email: file.requester?.email ?? '', address: '' },
      requestText: file.text,
      questions: questionsFromText(file.text),
      attachments: file.attachments,
      ...(file.channel ? { channel: file.channel } : {}),
    });
  }

  getLogOrder({ month }: In<'getLogOrder'>): Out<'getLogOrder'> {
    return { order: this.logOrders.refs(month) };
  }

  /** One call, one transaction: every reference is found before the order is written. */
  setLogOrder({ month, order }: In<'setLogOrder'>): Out<'setLogOrder'> {
    return { order: this.logOrders.save(month, order, this.now()) };
  }

  previewLog(selection: In<'previewLog'>): Out<'previewLog'> {
    return this.logExports.preview(selection);
  }

  /** Publishing cannot be undone, so a log whose entries fail the publication checks is refused. */
  async exportLog(input: In<'exportLog'>, call: CallContext = createCallContext()): Promise<Out<'exportLog'>> {
    await call.step(0, 2, 'Checking the entries');
    await this.logExports.startPrinterFor(input.format); // Chromium starts its page while the checks run (issue 13)
    // Every text the export prints, the call's own titles and summaries included (issue 12).
    const blocking = this.logExports.publicationFindings(input);
    if (blocking.length) {
      const entries = [...new Set(blocking.map((f) => f.caseRef))];
      const detail = blocking.slice(0, 6).map((f) => `${f.caseRef}${f.questionNumber ? ` question ${f.questionNumber}` : ''}: ${f.message}`);
      if (blocking.length > 6) detail.push(`and ${blocking.length - 6} more`);
      throw new DeskError(
        'checks-failed',
        `The log was not exported: ${entries.length === 1 ? `entry ${entries[0]} fails` : `entries ${entries.join(', ')} fail`} the publication checks. ${detail.join(' ')} Fix ${entries.length === 1 ? 'it' : 'them'} in the case, or record a reason to publish anyway.`,
      );
    }
    await call.step(1, 2, `Writing the ${input.format.toUpperCase()}`);
    const file = await this.logExports.exportLog(input);
    return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64') };
  }

  async exportLetter(input: In<'exportLetter'>): Promise<Out<'exportLetter'>> {
    const file = await this.logExports.exportLetter(input);
    if (!input.draft) this.keepLetterExport(input.id, input.format, file);
    return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64') };
  }

  /**
   * A real export is a moment in every answer's history, and the newest of each kind is held to be
   * kept as the sent copy (sentCopies.ts). One transaction; a draft is neither.
   */
  private keepLetterExport(id: string, format: 'docx' | 'pdf', file: { fileName: string; bytes: Uint8Array }): void {
    const now = this.now();
    this.db.transaction(() => {
      const c = this.mustGet(id);
      this.history.recordCase(id, 'export', now);
      this.sentCopies.keepExport(id, format, file.fileName, file.bytes, now, c.status === 'sent' ? (c.sent ?? this.today()) : null);
    })();
  }

  // --- An answer's versions, and the copy of what was sent (./answerHistory, ./sentCopies) ---

  listAnswerVersions({ caseId, answerId }: In<'listAnswerVersions'>): Out<'listAnswerVersions'> {
    this.mustGet(caseId);
    return this.history.list(caseId, answerId).map((v) => ({ id: v.id, at: v.at, reason: v.reason, plainText: v.plainText }));
  }

  getAnswerVersion({ caseId, versionId }: In<'getAnswerVersion'>): Out<'getAnswerVersion'> {
    const v = this.history.get(caseId, versionId);
    if (!v) throw new DeskError('not-found', 'That version of the answer is no longer in this workspace. Close the history and open it again.');
    return { id: v.id, answerId: v.answerId, at: v.at, reason: v.reason, plainText: v.plainText, doc: JSON.parse(v.docJson) as Out<'getAnswerVersion'>['doc'] };
  }

  /**
   * The version's text becomes the answer's. The text it replaces is already the newest version (every
   * save keeps one), and the restore adds a version of its own: nothing is lost, and a restore can be
   * undone by restoring the version before it.
   */
  restoreAnswerVersion({ caseId, versionId }: In<'restoreAnswerVersion'>): Out<'restoreAnswerVersion'> {
    const v = this.getAnswerVersion({ caseId, versionId });
    this.refuseUnexplainedChange(caseId);
    const current = this.mustGet(caseId).answers.find((a) => a.id === v.answerId);
    if (!current) throw new DeskError('not-found', 'The answer this version belongs to is no longer in the case (it was removed or answered together with another). Copy the text you need from the history instead.');
    const restored = { ...current, doc: v.doc };
    const now = this.now();
    this.db.transaction(() => {
      this.history.keepCurrent(caseId, serialiseAnswer(current), now);
      this.restoring = true;
      try {
        this.cases.saveAnswer(caseId, restored, now);
      } finally {
        this.restoring = false;
      }
      this.history.recordRestore(caseId, serialiseAnswer(restored), now);
    })();
    // With its new version (core/team): the window's next save is based on the restore, not refused by it.
    return { ...restored, version: this.team.answerVersion(caseId, restored.id) ?? 1 };
  }

  getSentRecord({ caseId }: In<'getSentRecord'>): Out<'getSentRecord'> {
    this.mustGet(caseId);
    return this.sentCopies.record(caseId);
  }

  getSentCopy({ caseId, kind }: In<'getSentCopy'>): Out<'getSentCopy'> {
    const copy = this.sentCopies.copy(caseId, kind);
    if (!copy) throw new DeskError('not-found', kind === 'html' ? 'No copy of this letter was kept: the case was marked sent before Disclosure Desk kept sent copies.' : `No ${kind.toUpperCase()} of this letter was exported before it was sent, so none was kept. The letter as sent is kept as a web page.`);
    return { fileName: copy.fileName, base64: Buffer.from(copy.bytes).toString('base64') };
  }

  /**
   * Sent means sent (core/model/sentEdits): a change to a case that went out is refused until a reason
   * is recorded for it (recordSentEdit), so who changed the record, when and why is never missing.
   */
  private refuseUnexplainedChange(caseId: string): void {
    const sent = this.sentCopies.unexplained(caseId);
    if (!sent) return;
    const day = formatUkDate(sent.sent).replace(/^\S+ /, '');
    throw new DeskError(
      'conflict',
      `Case ${sent.ref} was sent on ${day}. A change to a sent case needs a reason: open the case, choose what to change and say why when asked (desk records who and when), then try again. Nothing was saved.`,
    );
  }

  recordSentEdit({ caseId, reason }: In<'recordSentEdit'>): Out<'recordSentEdit'> {
    const c = this.mustGet(caseId);
    if (c.status !== 'sent' && c.sent === null) throw new DeskError('invalid-input', `Case ${c.ref} has not been sent, so there is nothing to record: edit it as usual.`);
    const edit = { at: this.now(), who: officerName(this.userName), reason };
    this.sentCopies.recordEdit(caseId, edit);
    return edit;
  }

  // --- Statistics (./stats, core/stats) ---

  statistics({ period, asOf }: In<'statistics'>): Out<'statistics'> {
    return this.stats.report(period, asOf);
  }

  async exportStatistics({ period, format, asOf }: In<'exportStatistics'>): Promise<Out<'exportStatistics'>> {
    const file = await this.stats.export(period, format, asOf);
    return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64') };
  }

  // --- Earlier answers and search (./reuse, core/reuse) ---

  answeredBefore({ caseId, questionId, text, limit }: In<'answeredBefore'>): Out<'answeredBefore'> {
    return { matches: this.reuse.answeredBefore(caseId, questionId, text, limit) };
  }

  searchAll({ query, filters, limit }: In<'searchAll'>): Out<'searchAll'> {
    return { hits: this.reuse.searchAll(query, filters, limit) };
  }

  roundRobinFor({ questions, excludeCaseId }: In<'roundRobinFor'>): Out<'roundRobinFor'> {
    return this.reuse.roundRobinFor(questions, excludeCaseId ?? null);
  }

  // --- Past published logs in (./logImport, core/logImport) ---

  previewLogImport({ name, base64, month, regime }: In<'previewLogImport'>): Promise<Out<'previewLogImport'>> {
    return this.logImport.preview({ name, bytes: Buffer.from(base64, 'base64'), month, regime });
  }

  importLog({ name, base64, month, regime, references }: In<'importLog'>): Promise<Out<'importLog'>> {
    return this.logImport.importLog({ name, bytes: Buffer.from(base64, 'base64'), month, regime, references });
  }

  // --- The clause library (./clauses/clauseLibraryService) ---

  listClauses({ includeRetired }: In<'listClauses'>): Out<'listClauses'> {
    return this.clauses.list(includeRetired);
  }

  getClause({ id, version }: In<'getClause'>): Out<'getClause'> {
    return this.clauses.get(id, version);
  }

  saveClause({ text }: In<'saveClause'>): Out<'saveClause'> {
    return this.clauses.save(text);
  }

  duplicateClause({ id, newId }: In<'duplicateClause'>): Out<'duplicateClause'> {
    return this.clauses.duplicate(id, newId);
  }

  retireClause({ id, retired }: In<'retireClause'>): Out<'retireClause'> {
    return this.clauses.retire(id, retired);
  }

  async exportClausePack({ ids }: In<'exportClausePack'>): Promise<Out<'exportClausePack'>> {
    const pack = await this.clauses.exportPack(ids);
    return { fileName: pack.fileName, base64: Buffer.from(pack.bytes).toString('base64'), count: pack.count };
  }

  importClausePack({ base64, files }: In<'importClausePack'>): Promise<Out<'importClausePack'>> | Out<'importClausePack'> {
    if (files) return this.clauses.importFiles(files.map((f) => ({ path: f.name, text: f.text })));
    return this.clauses.importZip(Buffer.from(base64 ?? '', 'base64'));
  }

  libraryErrors(): Out<'libraryErrors'> {
    return this.clauses.errors();
  }

  /** The same filling the window does, for the CLI and exporters: organisation and case details included. */
  fillClause({ id, version, values, caseId }: In<'fillClause'>): Out<'fillClause'> {
    const clause = this.clauses.get(id, version);
    const c = caseId ? this.mustGet(caseId) : undefined;
    return fillClause(clause, values, fillContextFor(this.settings.organisation(), c));
  }

  listPoliceForces(): Out<'listPoliceForces'> {
    return this.clauses.policeForces();
  }

  private mustGet(id: string, team = false): Case {
    const c = this.cases.get(id, false, team);
    if (!c) throw this.bin.binnedError(id) ?? new DeskError('case-missing', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
    return c;
  }

  private extraHolidays(): string[] {
    return this.settings.holidays().map((h) => h.date);
  }
}

function stripBody(c: Case): CaseHeader {
  const { questions: _q, answers: _a, ...header } = c;
  return header;
}

/**
 * The converted cases back as objects, one at a time as they are written, with their final ids.
 * `before` sees each case and what is restored beside it just before the case is written.
 */
function* parseEach(converted: readonly { json: string }[], ids: readonly string[], before: (c: SerialisedCase, extras: StoredExtras | null) => void): Generator<SerialisedCase> {
  for (let i = 0; i < converted.length; i++) {
    const stored = JSON.parse(converted[i]!.json) as { case: SerialisedCase; extras: StoredExtras | null };
    const c = { ...stored.case, id: ids[i]! };
    before(c, stored.extras);
    yield c;
  }
}
