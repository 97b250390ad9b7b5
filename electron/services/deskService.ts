import { randomUUID } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import type { DeadlineView, DeskApiImpl, DeskOutput, DeskParsedInput, Holiday } from '../../core/api/contract';
import { DeskError, describeZodError } from '../../core/api/errors';
import { createCallContext, type CallContext } from '../../core/api/calls';
import { addWorkingDays } from '../../core/deadlines';
import { caseDeadline } from '../../core/deadlines/caseDeadline';
import { applyOverrides, checkCase, checkMonth, type CheckContext } from '../../core/checks';
import { BUNDLE_FORMAT, readBundle, type BundleCase, CASE_STATUS_LABELS, CaseSchema, findLoneSurrogate, organisationDifferences, statusOnceDrafting, todayInUk, withSentDate, type Answer, type Case, type CaseSummary, type Organisation } from '../../core/model';
import { answerHasText } from '../../core/drafting/outcome';
import { serialiseAnswer, type CaseHeader, type DeadlineOf, type SerialisedCase, type StoredDeadline } from './caseRepository';
import { effectiveFilter } from './caseListQuery';
import { CaseBin } from './caseBin';
import { bundleCaseToStoredCase, makeBundle, type StoredExtras } from './bundleCodec';
import { openWorkspaceDb, type Db } from './workspaceDb';
import { sqliteStoreOn } from './store/sqliteStore';
import type { CaseQuery, WorkspaceStore } from './store/caseStore';
import { LogExports } from './logExports';
import { findLetterLogo } from './letterLogo';
import type { PdfPrinter } from './pdf/pdfPrinter';
import { ChromiumPdfPrinter } from './pdf/chromiumPdfPrinter';
import { questionsFromText, readRequestFile } from './intake';
import { ClauseLibraryService } from './clauses/clauseLibraryService';
import { LogImportService } from './logImport/logImportService';
import { fillClause, fillContextFor } from '../../core/clauses';
import { withResolvedClosing } from '../../core/documents/letterDefaults';
import { officerName } from './officerName';
import { countsAsSent, patchNeedsSentReason } from '../../core/model/sentEdits';
import { formatUkDate } from '../../core/deadlines';
import { StatisticsService } from './stats/statisticsService';
import { waitForChanges } from './changes/waitForChanges';
import { caseAudit } from './team/caseAudit';

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

/** A store opened for the service: given the service's own deadline rule, as the repository needs it on every write. */
export type StoreOpener = (deadlineOf: DeadlineOf) => Promise<WorkspaceStore>;

/**
 * The one implementation of DeskApi: plain Node, no Electron. Every host (the app's IPC, the e2e
 * bridge, the CLI) reaches it through core/api's dispatch, which has already validated the input.
 *
 * It runs over one WorkspaceStore (./store): a single officer's SQLite file, opened here at once, or a
 * team's PostgreSQL (DeskService.open). Every method awaits the store, so both engines run the same
 * rules; SQLite's stores answer at once, so the single officer's calls cost what they did.
 */
export class DeskService implements DeskApiImpl {
  /** The workspace file, or a team workspace's description (never its password). */
  readonly dbPath: string;
  private readonly store: WorkspaceStore;
  /** The SQLite connection, for a single officer's workspace; null on a team's. */
  private readonly db: Db | null;
  private readonly today: () => string;
  private readonly logExports: LogExports;
  private readonly clauses: ClauseLibraryService;
  private readonly logImport: LogImportService;
  private readonly bin: CaseBin;
  private readonly stats: StatisticsService;
  private readonly now: () => string;
  private readonly userName: string | undefined;
  private ownPrinter: ChromiumPdfPrinter | null = null;
  /**
   * The organisation and extra holidays as last read. The stored deadline of a case is worked out
   * as it is written, inside the store (DeadlineOf is synchronous), so they are read before each call
   * that writes or lists, and kept here for the rule to use.
   */
  private settingsNow: { organisation: Organisation; holidays: Holiday[] };

  /** A single officer's workspace: the SQLite file at `path`, opened (or made) now. */
  constructor(path: string, options?: DeskServiceOptions);
  /** A workspace already open on a store whose deadline rule calls `bindDeadlines`'s function (see DeskService.open). */
  constructor(store: WorkspaceStore, options: DeskServiceOptions & { description: string; bindDeadlines: (rule: DeadlineOf) => void; settings: { organisation: Organisation; holidays: Holiday[] } });
  constructor(workspace: string | WorkspaceStore, options: DeskServiceOptions & { description?: string; bindDeadlines?: (rule: DeadlineOf) => void; settings?: { organisation: Organisation; holidays: Holiday[] } } = {}) {
    this.today = options.today ?? (() => todayInUk());
    this.now = options.now ?? (() => new Date().toISOString());
    this.userName = options.userName;
    const deadlineOf: DeadlineOf = (c) => this.storedDeadline(c, this.today());
    if (typeof workspace === 'string') {
      this.dbPath = workspace;
      this.db = openWorkspaceDb(workspace, undefined, { create: options.create });
      const sqlite = sqliteStoreOn(this.db, deadlineOf);
      this.store = sqlite;
      this.settingsNow = { organisation: sqlite.settings.organisation(), holidays: sqlite.settings.holidays() };
      // A workspace from before stored deadlines (or written by the generator) gets them once, here.
      const stale = sqlite.cases.casesNeedingDeadline(this.today());
      if (stale.length) sqlite.cases.storeDeadlines(stale.map((c) => ({ id: c.id, ...this.storedDeadline({ ...c, clock: JSON.parse(c.clock) as Case['clock'] }, this.today()) })));
    } else {
      this.dbPath = options.description ?? 'team workspace';
      this.db = null;
      this.store = workspace;
      this.settingsNow = options.settings!;
      options.bindDeadlines?.(deadlineOf);
    }
    this.clauses = new ClauseLibraryService(this.store, options.templatesDir);
    this.logImport = new LogImportService(this.store, () => this.today());
    this.bin = new CaseBin(this.store.cases, this.now);
    this.stats = new StatisticsService(this.store.statistics, { extraHolidays: () => this.extraHolidays(), settings: () => this.settingsNow.organisation, today: () => this.today() });
    const dbPath = typeof workspace === 'string' ? workspace : null;
    this.logExports = new LogExports({
      organisation: () => this.settingsNow.organisation,
      // The month's cases through the sent-date index, never a read of every case (issue 13).
      casesSentIn: async (month) => Promise.all((await this.store.cases.headersSentIn(month)).map((h) => this.mustGet(h.id))),
      publishedSentDates: () => this.store.cases.publishedSentDates(),
      // The order saved with the month (migration 7): the window's, the CLI's and every machine's.
      storedOrder: (month) => this.store.logOrders.refs(month),
      caseById: (id) => this.mustGet(id),
      library: () => this.clauses.list(),
      printer: () => options.pdfPrinter ?? (this.ownPrinter ??= new ChromiumPdfPrinter(options.chromiumPath ? { executablePath: options.chromiumPath } : {})),
      letterLogo: (org) => findLetterLogo(options.logoDirs ?? [...(dbPath ? [dirname(dbPath)] : []), resolve('assets')], org.name),
      today: () => this.today(),
      publishContext: () => this.checkContext('publish'),
    });
  }

  /**
   * A workspace on any store: `openStore` is given the service's deadline rule (a team's
   * PostgreSQL, pg/pgStore.ts's openPgStore). The settings are read once before the first call.
   */
  static async open(openStore: StoreOpener, options: DeskServiceOptions & { description: string }): Promise<DeskService> {
    let rule: DeadlineOf | null = null;
    const store = await openStore((c) => {
      if (!rule) throw new Error('The workspace wrote a case before its service was ready.');
      return rule(c);
    });
    const settings = { organisation: await store.settings.organisation(), holidays: await store.settings.holidays() };
    return new DeskService(store, { ...options, settings, bindDeadlines: (r) => (rule = r) });
  }

  /** The store behind this service: its engine, and for the change feed its connection. */
  get workspaceStore(): WorkspaceStore {
    return this.store;
  }

  /** Closes the workspace and the browser this service started for printing, if any. */
  async dispose(): Promise<void> {
    const printer = this.ownPrinter;
    this.ownPrinter = null;
    await this.store.close();
    await printer?.dispose();
  }

  close(): void {
    if (this.ownPrinter) void this.ownPrinter.dispose();
    this.ownPrinter = null;
    void this.store.close();
  }

  /** The organisation and holidays as stored now: another window or officer may have changed them. */
  private async readSettings(): Promise<void> {
    this.settingsNow = { organisation: await this.store.settings.organisation(), holidays: await this.store.settings.holidays() };
  }

  async getWorkspace(): Promise<Out<'getWorkspace'>> {
    await this.readSettings();
    return { path: this.dbPath, organisation: this.settingsNow.organisation, caseCount: await this.store.cases.countCases(), schemaVersion: await this.store.schemaVersion() };
  }

  async saveOrganisation(org: In<'saveOrganisation'>): Promise<Out<'saveOrganisation'>> {
    await this.store.transaction(async () => {
      await this.store.settings.saveOrganisation(org);
      // A school's time limit and its closure days move open deadlines.
      await this.recomputeOpenDeadlines();
    });
    await this.readSettings();
    return this.settingsNow.organisation;
  }

  /**
   * One page of the list. SQL filters, sorts and pages over the stored deadlines; only the rows on
   * the page have their deadline worked out in full (for "working days left"). Without a limit every
   * matching case comes back, as before paging.
   */
  async listCases({ filter, search, today, offset = 0, limit, regime, owner, forReview }: In<'listCases'>): Promise<Out<'listCases'>> {
    const now = today ?? this.today();
    await this.readSettings();
    await this.refreshDeadlines(now);
    const extra = this.extraHolidays();
    const org = this.settingsNow.organisation;
    // A search looks in every case whatever the filter (effectiveFilter): the filter never hides a match.
    // Whose cases and the reviewers' queue (./team): a search keeps them, as it keeps the regime.
    const query: CaseQuery = { filter: effectiveFilter(filter, search), today: now, extraHolidays: extra, ...(regime ? { regime } : {}), ...(owner ? { owner } : {}), ...(forReview ? { forReview } : {}), me: officerName(this.userName) };
    const rows = search.trim() ? await this.store.cases.searchPage(search, query, offset, limit ?? -1) : await this.store.cases.listPage(query, offset, limit ?? -1);
    const progress = await this.store.cases.progressOf(rows.map((r) => r.id));
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
    const d = caseDeadline(c, this.extraHolidays(), today, this.settingsNow.organisation);
    const moving = Boolean(c.clock.feeNoticeGiven && !c.clock.feeReceived && !c.sent);
    return { due: d.extendedDue ?? d.due, dueAsOf: moving ? today : null };
  }

  /** Fills the stored deadlines that are missing or were counted to another day: a few rows, rarely all. */
  private async refreshDeadlines(today: string): Promise<void> {
    const stale = await this.store.cases.casesNeedingDeadline(today);
    if (stale.length === 0) return;
    await this.store.cases.storeDeadlines(stale.map((c) => ({ id: c.id, ...this.storedDeadline({ ...c, clock: JSON.parse(c.clock) as Case['clock'] }, today) })));
  }

  /** After holidays or time-limit settings change: inside the caller's transaction, so the list never sees a gap. */
  private async recomputeOpenDeadlines(): Promise<void> {
    await this.readSettings();
    await this.store.cases.forgetOpenDeadlines();
    await this.refreshDeadlines(this.today());
  }

  async findCaseByRef({ ref }: In<'findCaseByRef'>): Promise<Out<'findCaseByRef'>> {
    return { id: await this.store.cases.findIdByRef(ref) };
  }

  getCase({ id, team }: In<'getCase'>): Promise<Out<'getCase'>> {
    return this.mustGet(id, team);
  }

  async createCase(input: In<'createCase'>): Promise<Out<'createCase'>> {
    await this.refuseTakenRef(input.ref);
    return this.insertNewCase({ ref: input.ref, title: input.title, regime: input.regime, received: input.received, requester: input.requester, requestText: input.requestText, ...(input.channel ? { channel: input.channel } : {}) });
  }

  private async refuseTakenRef(ref: string): Promise<void> {
    const taken = await this.store.cases.findIdByRef(ref);
    if (taken && (await this.store.cases.binnedAt(taken))) throw new DeskError('conflict', `Case ${ref} is in the bin. Restore it from the Bin in the case list, or choose another reference.`);
    if (taken) {
      throw new DeskError('conflict', `A case with reference ${ref} already exists. Open it from the case list, or choose another reference.`);
    }
  }

  /** A new case gets its id, status and timestamps here, and the schema fills the rest with defaults. */
  private async insertNewCase(fields: Partial<Case> & Pick<Case, 'ref' | 'title' | 'regime' | 'received'>): Promise<Case> {
    const now = new Date().toISOString();
    const c: Case = CaseSchema.parse({ ...fields, id: randomUUID(), status: 'new', createdAt: now, updatedAt: now });
    await this.readSettings();
    await this.store.cases.put(c);
    return this.mustGet(c.id);
  }

  async updateCase({ id, patch }: In<'updateCase'>): Promise<Out<'updateCase'>> {
    await this.readSettings();
    // The case is read, changed and written while it is held (team.lockCase), so two officers
    // changing different details at once each keep theirs: neither writes back a header read before
    // the other's change.
    await this.store.transaction(
      async () => {
        await this.store.team.lockCase(id);
        const current = await this.mustGet(id);
        if (patchNeedsSentReason(current, patch)) await this.refuseUnexplainedChange(id);
        if (patch.ref && patch.ref !== current.ref) {
          const other = await this.store.cases.findIdByRef(patch.ref);
          if (other && other !== id) throw new DeskError('conflict', `Reference ${patch.ref} is already used by another case.`);
        }
        const { questions, review, ...headerPatch } = withSentDate(current, patch, this.today());
        const now = this.now();
        // An internal review set to null was recorded in error: the case goes back to having none.
        const header: CaseHeader = { ...stripBody(current), ...headerPatch, review: review === null ? undefined : (review ?? current.review), updatedAt: now };
        this.refuseUnapprovedSending(current, header.status);
        await this.store.cases.updateHeader(header, questions);
        // Back to the officer (In progress, or earlier): a sign-off given before no longer stands.
        if (current.approval && (header.status === 'new' || header.status === 'drafting' || header.status === 'awaiting-information')) await this.store.team.withdrawApproval(id);
        // A change of status is a moment worth keeping in every answer's history; marking the case
        // sent also keeps the letter as it went out (sentCopies.ts).
        if (header.status !== current.status) await this.store.history.recordCase(id, 'status', now);
        // A closed case put back to sent was sent already: its copy stays the one taken then.
        if (header.status === 'sent' && !countsAsSent(current) && current.status !== 'sent') await this.store.sentCopies.takeOnSending(id, header.sent ?? this.today(), await this.logExports.letterHtmlOf(id), now);
      },
      { immediate: true },
    );
    return this.mustGet(id);
  }

  /** The workspace's rule (Settings, "Approval required before sending"): no case goes out unsigned. */
  private refuseUnapprovedSending(current: Case, status: Case['status']): void {
    if (status !== 'sent' || current.status === 'sent' || countsAsSent(current) || current.approval) return;
    if (!this.settingsNow.organisation.approvalRequired) return;
    throw new DeskError(
      'checks-failed',
      `Case ${current.ref} needs a reviewer's approval before it is sent (a rule in Settings). Mark it Ready for review and ask a reviewer to approve it; nothing was changed.`,
    );
  }

  // --- Working together (./team, core/team) ---

  whoAmI(): Out<'whoAmI'> {
    return { name: officerName(this.userName) };
  }

  async assignCase({ id, owner }: In<'assignCase'>): Promise<Out<'assignCase'>> {
    await this.mustGet(id);
    const who = officerName(this.userName);
    await this.store.team.assign(id, owner, who, this.now());
    return { owner, assignments: await this.store.team.assignments(id) };
  }

  async listAssignments({ id }: In<'listAssignments'>): Promise<Out<'listAssignments'>> {
    await this.mustGet(id);
    return this.store.team.assignments(id);
  }

  async approveCase({ id }: In<'approveCase'>): Promise<Out<'approveCase'>> {
    const c = await this.mustGet(id);
    if (c.status !== 'in-review') throw new DeskError('invalid-input', `Case ${c.ref} is not marked Ready for review (it is ${CASE_STATUS_LABELS[c.status]}). The officer marks it Ready for review when the response is ready.`);
    await this.store.team.approve(id, officerName(this.userName), this.now());
    return this.mustGet(id, true);
  }

  /** Returned with comments: each on its answer, the case back to In progress, any sign-off withdrawn, in one transaction. */
  async returnCase({ id, comments }: In<'returnCase'>): Promise<Out<'returnCase'>> {
    const c = await this.mustGet(id);
    if (c.status === 'sent' || c.status === 'closed') throw new DeskError('invalid-input', `Case ${c.ref} has been ${c.status}: there is nothing to return. Record a change to a sent case from the case instead.`);
    const missing = comments.filter((x) => !c.answers.some((a) => a.id === x.answerId));
    if (missing.length) throw new DeskError('not-found', 'An answer you commented on is no longer in the case (it was removed or answered together with another). Reload the case and comment again; nothing was changed.');
    const by = officerName(this.userName);
    const now = this.now();
    await this.store.transaction(async () => {
      for (const x of comments) await this.store.team.setComment(id, x.answerId, { text: x.text, by, at: now });
      await this.store.team.withdrawApproval(id);
      if (c.status !== 'drafting') {
        await this.store.cases.setOpenStatus(id, 'drafting', now);
        await this.store.history.recordCase(id, 'status', now);
      }
    });
    return this.mustGet(id, true);
  }

  async resolveReviewComment({ caseId, answerId }: In<'resolveReviewComment'>): Promise<Out<'resolveReviewComment'>> {
    await this.mustGet(caseId);
    return { resolved: await this.store.team.setComment(caseId, answerId, null) };
  }

  /** To the bin, never straight to oblivion: restorable for BIN_DAYS days (./caseBin.ts). */
  async deleteCase({ id }: In<'deleteCase'>): Promise<Out<'deleteCase'>> {
    return { deleted: await this.bin.delete(id) };
  }

  async restoreCase({ id }: In<'restoreCase'>): Promise<Out<'restoreCase'>> {
    return { restored: await this.bin.restore(id) };
  }

  listBin(): Promise<Out<'listBin'>> {
    return this.bin.list();
  }

  async purgeBin({ olderThanDays }: In<'purgeBin'>): Promise<Out<'purgeBin'>> {
    return { purged: await this.bin.purge(olderThanDays) };
  }

  async explainEmptyList({ filter, search, today, regime, owner, forReview }: In<'explainEmptyList'>): Promise<Out<'explainEmptyList'>> {
    await this.readSettings();
    return this.store.cases.explainEmpty({ filter, search, today: today ?? this.today(), extraHolidays: this.extraHolidays(), ...(regime ? { regime } : {}), ...(owner ? { owner } : {}), ...(forReview ? { forReview } : {}), me: officerName(this.userName) });
  }

  async getCaseDeadline({ id, today }: In<'getCaseDeadline'>): Promise<DeadlineView> {
    const c = await this.mustGet(id);
    await this.readSettings();
    return caseDeadline(c, this.extraHolidays(), today ?? this.today(), this.settingsNow.organisation);
  }

  async saveAnswer({ caseId, answer }: In<'saveAnswer'>): Promise<Out<'saveAnswer'>> {
    // Only the question ids: autosave runs on every pause in typing, and a 200-question case read whole costs more than the write.
    const known = await this.store.cases.questionIds(caseId);
    if (!known) throw new DeskError('case-missing', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
    await this.refuseUnexplainedChange(caseId);
    const unknown = answer.covers.filter((q) => !known.has(q));
    if (unknown.length) throw new DeskError('invalid-input', `This answer names questions the case does not have (${unknown.join(', ')}). Reload the case and try again.`);
    const now = this.now();
    // IMMEDIATE: the version read and the write hold the write lock together, so two windows (or two
    // processes) on one file cannot both pass the check with the same version. On PostgreSQL the
    // team store locks the answer's row for the same reason (pg/pgTeamStore.ts).
    return this.store.transaction(
      async () => {
        if (answer.version !== undefined) await this.refuseStaleAnswer(caseId, answer);
        const { version: _base, reviewComment: _comment, ...content } = answer;
        await this.beforeAnswerEdits(caseId, [content], now);
        await this.store.cases.saveAnswer(caseId, content, now);
        await this.startDrafting(caseId, [answer], now);
        return { ...content, version: (await this.store.team.answerVersion(caseId, answer.id)) ?? 1 };
      },
      { immediate: true },
    );
  }

  /**
   * Inside an edit's transaction, before its answers are written: each keeps its version in the
   * history (./answerHistory.ts), and a sign-off, which covers the words approved, is withdrawn (core/team).
   */
  private async beforeAnswerEdits(caseId: string, answers: readonly Answer[], now: string, keepHistory = true): Promise<void> {
    if (keepHistory) for (const a of answers) await this.store.history.recordEdit(caseId, serialiseAnswer(a), now);
    if (answers.length) await this.store.team.withdrawApproval(caseId);
  }

  /**
   * Optimistic concurrency (core/team): a save names the version it was based on, and one based on a
   * version the answer has moved past never overwrites: the officer is shown both texts to choose.
   * Version 0 names a new answer, which must not exist yet.
   */
  private async refuseStaleAnswer(caseId: string, answer: Answer): Promise<void> {
    const stored = await this.store.team.answerVersion(caseId, answer.id);
    if ((stored ?? 0) === answer.version) return;
    const current = stored === null ? null : ((await this.mustGet(caseId, true)).answers.find((a) => a.id === answer.id) ?? null);
    if (!current) throw new DeskError('conflict', 'This answer was removed from the case (by another window or officer) while you were writing it. Copy your text, reload the case and add it again.');
    throw new DeskError(
      'conflict',
      'Another officer (or another window) saved this answer while you were writing it, so your text was not saved over theirs. Compare the two and choose which to keep.',
      { kind: 'answer-version', current },
    );
  }

  /** The first answer with words moves a New case to In progress (core/model/caseStatus), in the save's transaction. */
  private async startDrafting(caseId: string, answers: readonly Answer[], now: string): Promise<void> {
    const status = await this.store.cases.statusOf(caseId);
    if (status === null) return;
    const next = statusOnceDrafting(status, answers.some(answerHasText));
    if (next !== status) await this.store.cases.setOpenStatus(caseId, next, now);
  }

  /** Several answers saved and others deleted in one transaction; every answer is checked before any is written. */
  async replaceAnswers({ caseId, answers, removed }: In<'replaceAnswers'>): Promise<Out<'replaceAnswers'>> {
    const known = await this.store.cases.questionIds(caseId);
    if (!known) throw new DeskError('case-missing', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
    await this.refuseUnexplainedChange(caseId);
    const unknown = answers.flatMap((a) => a.covers).filter((q) => !known.has(q));
    if (unknown.length) throw new DeskError('invalid-input', `These answers name questions the case does not have (${[...new Set(unknown)].join(', ')}). Reload the case and try again. Nothing was saved.`);
    const now = this.now();
    return this.store.transaction(async () => {
      await this.beforeAnswerEdits(caseId, answers, now);
      const done = await this.store.cases.replaceAnswers(caseId, answers, removed, now);
      await this.startDrafting(caseId, answers, now);
      return done;
    });
  }

  /** Split again (or its undo): the questions and the answers' links to them change in one transaction. */
  async resplitCase({ id, questions, answers }: In<'resplitCase'>): Promise<Out<'resplitCase'>> {
    await this.mustGet(id);
    await this.refuseUnexplainedChange(id);
    const ids = new Set(questions.map((q) => q.id));
    if (ids.size !== questions.length) throw new DeskError('invalid-input', 'Two of the new questions have the same id. Split the request again. Nothing was saved.');
    const unknown = answers.flatMap((a) => a.covers).filter((q) => !ids.has(q));
    if (unknown.length) throw new DeskError('invalid-input', `These answers name questions the new split does not have (${[...new Set(unknown)].join(', ')}). Reload the case and split again. Nothing was saved.`);
    const now = this.now();
    await this.store.transaction(async () => {
      await this.beforeAnswerEdits(id, answers, now);
      await this.store.cases.resplit(id, questions, answers, now);
    });
    return this.mustGet(id);
  }

  async deleteAnswer({ caseId, answerId }: In<'deleteAnswer'>): Promise<Out<'deleteAnswer'>> {
    await this.refuseUnexplainedChange(caseId);
    return { deleted: await this.store.cases.deleteAnswer(caseId, answerId) };
  }

  async computeDeadline({ received, regime, days }: In<'computeDeadline'>): Promise<Out<'computeDeadline'>> {
    await this.readSettings();
    return { due: addWorkingDays(received, days, regime, this.extraHolidays()) };
  }

  listHolidays(): Promise<Out<'listHolidays'>> | Out<'listHolidays'> {
    return this.store.settings.holidays();
  }

  async addHoliday(h: In<'addHoliday'>): Promise<Out<'addHoliday'>> {
    await this.store.transaction(async () => {
      await this.store.settings.addHoliday(h);
      await this.recomputeOpenDeadlines();
    });
    return this.store.settings.holidays();
  }

  async removeHoliday({ date }: In<'removeHoliday'>): Promise<Out<'removeHoliday'>> {
    await this.store.transaction(async () => {
      await this.store.settings.removeHoliday(date);
      await this.recomputeOpenDeadlines();
    });
    return this.store.settings.holidays();
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
    await this.readSettings();
    const ours = this.settingsNow.organisation;
    const settingsDiffer = parsed.data.organisation ? organisationDifferences(ours, parsed.data.organisation) : [];
    // The added bank holidays are settings too (version 2): reported, and taken only as the organisation is.
    const holidays = parsed.data.holidays;
    if (holidays && JSON.stringify(holidays.map((h) => [h.date, h.name]).sort()) !== JSON.stringify(this.settingsNow.holidays.map((h) => [h.date, h.name]).sort())) settingsDiffer.push('added bank holidays');
    const { cases, extras } = this.store;
    const outcome = await this.store.transaction(
      async () => {
        const found: string[] = [];
        const existing: (string | null)[] = [];
        for (const c of converted) {
          const id = await cases.findIdByRef(c.ref);
          existing.push(id);
          if (id) found.push(c.ref);
        }
        if (found.length && !replace) {
          throw new DeskError('conflict', `The workspace already has case${found.length > 1 ? 's' : ''} ${found.join(', ')}. Import again with replace to overwrite ${found.length > 1 ? 'them' : 'it'}. Nothing was changed.`);
        }
        // A workspace whose settings were never saved has nothing to lose: restoring a backup into a
        // new workspace takes the bundle's organisation. Otherwise only an explicit 'replace' does.
        const incoming = parsed.data.organisation;
        const settingsOutcome = !incoming ? 'kept' : settings === 'replace' ? 'replaced' : (await this.store.settings.hasOrganisation()) || settings === 'keep' ? 'kept' : 'adopted';
        if (incoming && settingsOutcome !== 'kept') {
          await this.store.settings.saveOrganisation(incoming);
          if (holidays) {
            for (const h of await this.store.settings.holidays()) await this.store.settings.removeHoliday(h.date);
            for (const h of holidays) await this.store.settings.addHoliday(h);
          }
          await this.recomputeOpenDeadlines();
        }
        // A replaced case keeps its id (and its row), so links and the officer's open window still find it.
        // A new one keeps the bundle's id unless another case has it.
        const ids: string[] = [];
        for (const [i, c] of converted.entries()) ids.push(existing[i] ?? ((await extras.caseIdTaken(c.id)) ? randomUUID() : c.id));
        // One case at a time, parsed back from its string just before it is written with what it carries.
        for (let i = 0; i < converted.length; i++) {
          const stored = JSON.parse(converted[i]!.json) as { case: SerialisedCase; extras: StoredExtras | null };
          const c = { ...stored.case, id: ids[i]! };
          await extras.withFreeIds(c, stored.extras);
          await cases.putStream([c.id], [c], (written) => extras.write(written.id, stored.extras));
        }
        if (logOrders.length) await extras.writeLogOrders(logOrders, new Map(converted.map((c, i) => [c.ref, ids[i]!])), replace, now);
        return { found, settingsOutcome } as const;
      },
      { immediate: true },
    );
    return { imported: converted.map((c) => c.ref), replaced: outcome.found, settings: outcome.settingsOutcome, settingsDifferences: outcome.settingsOutcome === 'kept' ? settingsDiffer : [] };
  }

  async exportBundle({ refs }: In<'exportBundle'>, call: CallContext = createCallContext()): Promise<Out<'exportBundle'>> {
    // Named cases are found by reference, one indexed look-up each; only a whole-workspace bundle reads every case.
    const wanted = refs ? [...new Set(refs)] : null;
    // A backup holds the bin too: each case says whether it is in it.
    let chosen = await this.store.cases.idsByReceived(true);
    if (wanted) {
      const found: { ref: string; id: string | null }[] = [];
      for (const ref of wanted) found.push({ ref, id: await this.store.cases.findIdByRef(ref) });
      const missing = found.filter((f) => f.id === null).map((f) => f.ref);
      if (missing.length) throw new DeskError('not-found', `No case with reference ${missing.join(', ')} in this workspace.`);
      chosen = found.map((f) => f.id!);
    }
    const cases: Case[] = [];
    for (const [i, id] of chosen.entries()) {
      await call.step(i, chosen.length, `Reading case ${i + 1} of ${chosen.length}`);
      const c = await this.store.cases.get(id, true);
      if (!c) throw new DeskError('case-missing', 'A case was deleted while the bundle was being written. Export again.');
      cases.push(c);
    }
    // The bundle lists cases oldest received first, whichever order the references were named in.
    cases.sort((a, b) => a.received.localeCompare(b.received) || a.ref.localeCompare(b.ref));
    await call.step(chosen.length, chosen.length, `Writing ${chosen.length} case${chosen.length === 1 ? '' : 's'}`);
    // Version 2: history, sent copies and the bin with each case, and the log's order for the cases written.
    const logOrders = await this.store.extras.logOrders(new Map(cases.map((c) => [c.id, c.ref])));
    const extrasByCase = new Map<string, Awaited<ReturnType<WorkspaceStore['extras']['read']>>>();
    for (const c of cases) extrasByCase.set(c.id, await this.store.extras.read(c.id));
    await this.readSettings();
    return makeBundle(this.settingsNow.organisation, cases, { extrasOf: (c) => extrasByCase.get(c.id)!, logOrders, holidays: this.settingsNow.holidays });
  }

  /** Findings with the officer's recorded overrides applied, so an overridden error no longer blocks. */
  async checkCase({ id, purpose }: In<'checkCase'>): Promise<Out<'checkCase'>> {
    const c = await this.mustGet(id);
    const context = await this.checkContext(purpose);
    // The closing section as the letter will print it: its default comes from the clause library, which only the service holds.
    return applyOverrides(checkCase(withResolvedClosing(c, this.settingsNow.organisation, await this.clauses.list()), context), c.overrides);
  }

  /** One transaction: every case is found before any is written, so a missing reference records nothing. */
  async recordOverrides({ overrides }: In<'recordOverrides'>): Promise<Out<'recordOverrides'>> {
    const at = new Date().toISOString();
    await this.readSettings();
    await this.store.transaction(
      async () => {
        const byRef = new Map<string, Case>();
        for (const { caseRef } of overrides) {
          if (byRef.has(caseRef)) continue;
          const id = await this.store.cases.findIdByRef(caseRef);
          if (!id) throw new DeskError('not-found', `Case ${caseRef} is no longer in this workspace, so no override was recorded. Check the case list and run the checks again.`);
          // Held until the commit, so another officer's override recorded at the same moment is kept too.
          await this.store.team.lockCase(id);
          byRef.set(caseRef, await this.mustGet(id));
        }
        for (const [caseRef, c] of byRef) {
          const added = overrides.filter((o) => o.caseRef === caseRef).map(({ caseRef: _ref, ...o }) => ({ ...o, at }));
          await this.store.cases.updateHeader({ ...stripBody(c), overrides: [...c.overrides, ...added], updatedAt: at });
        }
      },
      { immediate: true },
    );
    return { recorded: overrides.length };
  }

  async checkMonth({ month, purpose }: In<'checkMonth'>): Promise<Out<'checkMonth'>> {
    // Already by date sent, then reference: a range on the sent-date index.
    const cases: Case[] = [];
    for (const h of await this.store.cases.headersSentIn(month)) cases.push(await this.mustGet(h.id));
    const overridesByRef = new Map(cases.map((c) => [c.ref, c.overrides]));
    return checkMonth(cases, await this.checkContext(purpose)).map((f) => applyOverrides([f], overridesByRef.get(f.caseRef) ?? [])[0]!);
  }

  private async checkContext(purpose: CheckContext['purpose']): Promise<CheckContext> {
    await this.readSettings();
    return { organisation: this.settingsNow.organisation, today: this.today(), extraHolidays: this.extraHolidays(), purpose };
  }

  splitRequest({ text }: In<'splitRequest'>): Out<'splitRequest'> {
    return { questions: questionsFromText(text) };
  }

  readRequestFile({ name, base64 }: In<'readRequestFile'>): Promise<Out<'readRequestFile'>> {
    return readRequestFile(name, Buffer.from(base64, 'base64'));
  }

  /** One write: the case arrives with its questions already split, or not at all. */
  async createCaseFromFile({ name, base64, ref, title, regime }: In<'createCaseFromFile'>): Promise<Out<'createCaseFromFile'>> {
    await this.refuseTakenRef(ref);
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

  async getLogOrder({ month }: In<'getLogOrder'>): Promise<Out<'getLogOrder'>> {
    return { order: await this.store.logOrders.refs(month) };
  }

  /** One call, one transaction: every reference is found before the order is written. */
  async setLogOrder({ month, order }: In<'setLogOrder'>): Promise<Out<'setLogOrder'>> {
    return { order: await this.store.logOrders.save(month, order, this.now()) };
  }

  async previewLog(selection: In<'previewLog'>): Promise<Out<'previewLog'>> {
    await this.readSettings();
    return this.logExports.preview(selection);
  }

  /** Publishing cannot be undone, so a log whose entries fail the publication checks is refused. */
  async exportLog(input: In<'exportLog'>, call: CallContext = createCallContext()): Promise<Out<'exportLog'>> {
    await call.step(0, 2, 'Checking the entries');
    // Every text the export prints, the call's own titles and summaries included (issue 12).
    const blocking = await this.logExports.publicationFindings(input);
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
    await this.logExports.startPrinterFor(input.format); // Chromium starts while the letter is assembled (issue 13)
    await this.readSettings();
    const file = await this.logExports.exportLetter(input);
    if (!input.draft) await this.keepLetterExport(input.id, input.format, file);
    return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64') };
  }

  /**
   * A real export is a moment in every answer's history, and the newest of each kind is held to be
   * kept as the sent copy (sentCopies.ts). One transaction; a draft is neither.
   */
  private async keepLetterExport(id: string, format: 'docx' | 'pdf', file: { fileName: string; bytes: Uint8Array }): Promise<void> {
    const now = this.now();
    await this.store.transaction(async () => {
      const c = await this.mustGet(id);
      await this.store.history.recordCase(id, 'export', now);
      await this.store.sentCopies.keepExport(id, format, file.fileName, file.bytes, now, c.status === 'sent' ? (c.sent ?? this.today()) : null);
    });
  }

  // --- An answer's versions, and the copy of what was sent (./answerHistory, ./sentCopies) ---

  async listAnswerVersions({ caseId, answerId }: In<'listAnswerVersions'>): Promise<Out<'listAnswerVersions'>> {
    await this.mustGet(caseId);
    return (await this.store.history.list(caseId, answerId)).map((v) => ({ id: v.id, at: v.at, reason: v.reason, plainText: v.plainText }));
  }

  async getAnswerVersion({ caseId, versionId }: In<'getAnswerVersion'>): Promise<Out<'getAnswerVersion'>> {
    const v = await this.store.history.get(caseId, versionId);
    if (!v) throw new DeskError('not-found', 'That version of the answer is no longer in this workspace. Close the history and open it again.');
    return { id: v.id, answerId: v.answerId, at: v.at, reason: v.reason, plainText: v.plainText, doc: JSON.parse(v.docJson) as Out<'getAnswerVersion'>['doc'] };
  }

  /**
   * The version's text becomes the answer's. The text it replaces is already the newest version (every
   * save keeps one), and the restore adds a version of its own: nothing is lost, and a restore can be
   * undone by restoring the version before it.
   */
  async restoreAnswerVersion({ caseId, versionId }: In<'restoreAnswerVersion'>): Promise<Out<'restoreAnswerVersion'>> {
    const v = await this.getAnswerVersion({ caseId, versionId });
    await this.refuseUnexplainedChange(caseId);
    const current = (await this.mustGet(caseId)).answers.find((a) => a.id === v.answerId);
    if (!current) throw new DeskError('not-found', 'The answer this version belongs to is no longer in the case (it was removed or answered together with another). Copy the text you need from the history instead.');
    const restored = { ...current, doc: v.doc };
    const now = this.now();
    await this.store.transaction(async () => {
      await this.store.history.keepCurrent(caseId, serialiseAnswer(current), now);
      // Not as an edit: that could rewrite this minute's version, which holds the very text being replaced.
      await this.beforeAnswerEdits(caseId, [restored], now, false);
      await this.store.cases.saveAnswer(caseId, restored, now);
      await this.store.history.recordRestore(caseId, serialiseAnswer(restored), now);
    });
    // With its new version (core/team): the window's next save is based on the restore, not refused by it.
    return { ...restored, version: (await this.store.team.answerVersion(caseId, restored.id)) ?? 1 };
  }

  async getSentRecord({ caseId }: In<'getSentRecord'>): Promise<Out<'getSentRecord'>> {
    await this.mustGet(caseId);
    return this.store.sentCopies.record(caseId);
  }

  async getSentCopy({ caseId, kind }: In<'getSentCopy'>): Promise<Out<'getSentCopy'>> {
    const copy = await this.store.sentCopies.copy(caseId, kind);
    if (!copy) throw new DeskError('not-found', kind === 'html' ? 'No copy of this letter was kept: the case was marked sent before Disclosure Desk kept sent copies.' : `No ${kind.toUpperCase()} of this letter was exported before it was sent, so none was kept. The letter as sent is kept as a web page.`);
    return { fileName: copy.fileName, base64: Buffer.from(copy.bytes).toString('base64') };
  }

  /**
   * Sent means sent (core/model/sentEdits): a change to a case that went out is refused until a reason
   * is recorded for it (recordSentEdit), so who changed the record, when and why is never missing.
   */
  private async refuseUnexplainedChange(caseId: string): Promise<void> {
    const sent = await this.store.sentCopies.unexplained(caseId);
    if (!sent) return;
    const day = formatUkDate(sent.sent).replace(/^\S+ /, '');
    throw new DeskError(
      'conflict',
      `Case ${sent.ref} was sent on ${day}. A change to a sent case needs a reason: open the case, choose what to change and say why when asked (desk records who and when), then try again. Nothing was saved.`,
    );
  }

  async recordSentEdit({ caseId, reason }: In<'recordSentEdit'>): Promise<Out<'recordSentEdit'>> {
    const c = await this.mustGet(caseId);
    if (c.status !== 'sent' && c.sent === null) throw new DeskError('invalid-input', `Case ${c.ref} has not been sent, so there is nothing to record: edit it as usual.`);
    const edit = { at: this.now(), who: officerName(this.userName), reason };
    await this.store.sentCopies.recordEdit(caseId, edit);
    return edit;
  }

  /** Who changed what and when in a case (./team/caseAudit.ts): a team workspace's audit trail, or what a single officer's keeps. */
  async caseAudit(input: In<'caseAudit'>): Promise<Out<'caseAudit'>> {
    await this.mustGet(input.caseId);
    return caseAudit(this.store, input);
  }

  /** Live refresh (./changes): what other windows and officers changed after the caller's cursor, waiting for it if nothing yet. */
  waitForChanges(input: In<'waitForChanges'>, call: CallContext = createCallContext()): Promise<Out<'waitForChanges'>> {
    return waitForChanges(this.store, input, call.signal);
  }

  // --- Statistics (./stats, core/stats) ---

  async statistics({ period, asOf }: In<'statistics'>): Promise<Out<'statistics'>> {
    await this.readSettings();
    return this.stats.report(period, asOf);
  }

  async exportStatistics({ period, format, asOf }: In<'exportStatistics'>): Promise<Out<'exportStatistics'>> {
    await this.readSettings();
    const file = await this.stats.export(period, format, asOf);
    return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64') };
  }

  // --- Earlier answers and search (./reuse, core/reuse) ---

  async answeredBefore({ caseId, questionId, text, limit }: In<'answeredBefore'>): Promise<Out<'answeredBefore'>> {
    return { matches: await this.store.reuse.answeredBefore(caseId, questionId, text, limit) };
  }

  async searchAll({ query, filters, limit }: In<'searchAll'>): Promise<Out<'searchAll'>> {
    return { hits: await this.store.reuse.searchAll(query, filters, limit) };
  }

  roundRobinFor({ questions, excludeCaseId }: In<'roundRobinFor'>): Promise<Out<'roundRobinFor'>> | Out<'roundRobinFor'> {
    return this.store.reuse.roundRobinFor(questions, excludeCaseId ?? null);
  }

  // --- Past published logs in (./logImport, core/logImport) ---

  previewLogImport({ name, base64, month, regime }: In<'previewLogImport'>): Promise<Out<'previewLogImport'>> {
    return this.logImport.preview({ name, bytes: Buffer.from(base64, 'base64'), month, regime });
  }

  async importLog({ name, base64, month, regime, references }: In<'importLog'>): Promise<Out<'importLog'>> {
    await this.readSettings();
    return this.logImport.importLog({ name, bytes: Buffer.from(base64, 'base64'), month, regime, references });
  }

  // --- The clause library (./clauses/clauseLibraryService) ---

  listClauses({ includeRetired }: In<'listClauses'>): Promise<Out<'listClauses'>> {
    return this.clauses.list(includeRetired);
  }

  getClause({ id, version }: In<'getClause'>): Promise<Out<'getClause'>> {
    return this.clauses.get(id, version);
  }

  saveClause({ text }: In<'saveClause'>): Promise<Out<'saveClause'>> {
    return this.clauses.save(text);
  }

  duplicateClause({ id, newId }: In<'duplicateClause'>): Promise<Out<'duplicateClause'>> {
    return this.clauses.duplicate(id, newId);
  }

  retireClause({ id, retired }: In<'retireClause'>): Promise<Out<'retireClause'>> {
    return this.clauses.retire(id, retired);
  }

  async exportClausePack({ ids }: In<'exportClausePack'>): Promise<Out<'exportClausePack'>> {
    const pack = await this.clauses.exportPack(ids);
    return { fileName: pack.fileName, base64: Buffer.from(pack.bytes).toString('base64'), count: pack.count };
  }

  importClausePack({ base64, files }: In<'importClausePack'>): Promise<Out<'importClausePack'>> {
    if (files) return this.clauses.importFiles(files.map((f) => ({ path: f.name, text: f.text })));
    return this.clauses.importZip(Buffer.from(base64 ?? '', 'base64'));
  }

  libraryErrors(): Promise<Out<'libraryErrors'>> {
    return this.clauses.errors();
  }

  /** The same filling the window does, for the CLI and exporters: organisation and case details included. */
  async fillClause({ id, version, values, caseId }: In<'fillClause'>): Promise<Out<'fillClause'>> {
    const clause = await this.clauses.get(id, version);
    const c = caseId ? await this.mustGet(caseId) : undefined;
    await this.readSettings();
    return fillClause(clause, values, fillContextFor(this.settingsNow.organisation, c));
  }

  listPoliceForces(): Out<'listPoliceForces'> {
    return this.clauses.policeForces();
  }

  private async mustGet(id: string, team = false): Promise<Case> {
    const c = await this.store.cases.get(id, false, team);
    if (!c) throw (await this.bin.binnedError(id)) ?? new DeskError('case-missing', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
    return c;
  }

  private extraHolidays(): string[] {
    return this.settingsNow.holidays.map((h) => h.date);
  }
}

function stripBody(c: Case): CaseHeader {
  const { questions: _q, answers: _a, ...header } = c;
  return header;
}
