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
import { BundleSchema, type BundleCase, CaseSchema, findLoneSurrogate, organisationDifferences, todayInUk, withSentDate, type Case, type CaseSummary } from '../../core/model';
import { CaseRepository, type CaseHeader, type DeadlineOf, type SerialisedCase, type StoredDeadline } from './caseRepository';
import { caseListCondition } from './caseListQuery';
import { bundleCaseToStoredCase, makeBundle } from './bundleCodec';
import { SettingsRepository } from './settingsRepository';
import { openWorkspaceDb, schemaVersion, type Db } from './workspaceDb';
import { LogExports } from './logExports';
import { findLetterLogo } from './letterLogo';
import type { PdfPrinter } from './pdf/pdfPrinter';
import { ChromiumPdfPrinter } from './pdf/chromiumPdfPrinter';
import { questionsFromText, readRequestFile } from './intake';
import { ClauseLibraryService } from './clauses/clauseLibraryService';
import { fillClause, fillContextFor } from '../../core/clauses';

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
  private ownPrinter: ChromiumPdfPrinter | null = null;

  constructor(
    readonly dbPath: string,
    options: DeskServiceOptions = {},
  ) {
    this.db = openWorkspaceDb(dbPath, undefined, { create: options.create });
    this.settings = new SettingsRepository(this.db);
    this.today = options.today ?? (() => todayInUk());
    this.cases = new CaseRepository(this.db, (c) => this.storedDeadline(c, this.today()));
    this.clauses = new ClauseLibraryService(this.db, options.templatesDir);
    // A workspace from before stored deadlines (or written by the generator) gets them once, here.
    this.refreshDeadlines(this.today());
    this.logExports = new LogExports({
      organisation: () => this.settings.organisation(),
      // The month's cases through the sent-date index, never a read of every case (issue 13).
      casesSentIn: (month) => this.cases.headersSentIn(month).map((h) => this.mustGet(h.id)),
      publishedSentDates: () => this.cases.publishedSentDates(),
      caseById: (id) => this.mustGet(id),
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
  listCases({ filter, search, today, offset = 0, limit, regime }: In<'listCases'>): Out<'listCases'> {
    const now = today ?? this.today();
    this.refreshDeadlines(now);
    const extra = this.extraHolidays();
    const org = this.settings.organisation();
    const where = caseListCondition(filter, now, extra, regime);
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

  getCase({ id }: In<'getCase'>): Out<'getCase'> {
    return this.mustGet(id);
  }

  createCase(input: In<'createCase'>): Out<'createCase'> {
    this.refuseTakenRef(input.ref);
    return this.insertNewCase({ ref: input.ref, title: input.title, regime: input.regime, received: input.received, requester: input.requester, requestText: input.requestText });
  }

  private refuseTakenRef(ref: string): void {
    if (this.cases.findIdByRef(ref)) {
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
    if (patch.ref && patch.ref !== current.ref) {
      const other = this.cases.findIdByRef(patch.ref);
      if (other && other !== id) throw new DeskError('conflict', `Reference ${patch.ref} is already used by another case.`);
    }
    const { questions, ...headerPatch } = withSentDate(current, patch, this.today());
    const header: CaseHeader = { ...stripBody(current), ...headerPatch, updatedAt: new Date().toISOString() };
    this.cases.updateHeader(header, questions);
    return this.mustGet(id);
  }

  deleteCase({ id }: In<'deleteCase'>): Out<'deleteCase'> {
    return { deleted: this.cases.delete(id) };
  }

  getCaseDeadline({ id, today }: In<'getCaseDeadline'>): DeadlineView {
    return caseDeadline(this.mustGet(id), this.extraHolidays(), today ?? this.today(), this.settings.organisation());
  }

  saveAnswer({ caseId, answer }: In<'saveAnswer'>): Out<'saveAnswer'> {
    // Only the question ids: autosave runs on every pause in typing, and a 200-question case read whole costs more than the write.
    const known = this.cases.questionIds(caseId);
    if (!known) throw new DeskError('case-missing', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
    const unknown = answer.covers.filter((q) => !known.has(q));
    if (unknown.length) throw new DeskError('invalid-input', `This answer names questions the case does not have (${unknown.join(', ')}). Reload the case and try again.`);
    this.cases.saveAnswer(caseId, answer, new Date().toISOString());
    return answer;
  }

  /** Several answers saved and others deleted in one transaction; every answer is checked before any is written. */
  replaceAnswers({ caseId, answers, removed }: In<'replaceAnswers'>): Out<'replaceAnswers'> {
    const known = this.cases.questionIds(caseId);
    if (!known) throw new DeskError('case-missing', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
    const unknown = answers.flatMap((a) => a.covers).filter((q) => !known.has(q));
    if (unknown.length) throw new DeskError('invalid-input', `These answers name questions the case does not have (${[...new Set(unknown)].join(', ')}). Reload the case and try again. Nothing was saved.`);
    return this.cases.replaceAnswers(caseId, answers, removed, new Date().toISOString());
  }

  deleteAnswer({ caseId, answerId }: In<'deleteAnswer'>): Out<'deleteAnswer'> {
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
    const parsed = BundleSchema.safeParse(bundle);
    if (!parsed.success) throw new DeskError('invalid-input', `The bundle was not imported: ${describeZodError(parsed.error)}. Nothing was changed.`);
    const now = new Date().toISOString();
    // One case at a time, so the window sees the count and a cancel lands before anything is written.
    // Each converted case is held as a JSON string until its write: a third of the memory of the
    // object tree, which lets 10,000 cases × 10 answers import within a few hundred megabytes.
    const converted: { id: string; ref: string; json: string }[] = [];
    const total = parsed.data.cases.length;
    const pending: (BundleCase | null)[] = parsed.data.cases;
    for (let i = 0; i < total; i++) {
      await call.step(i, total, `Reading case ${i + 1} of ${total}`);
      const c = await bundleCaseToStoredCase(pending[i]!, randomUUID(), now);
      converted.push({ id: c.id, ref: c.ref, json: JSON.stringify(c) });
      // Let the validated copy of each case go once converted: only one form of it is held.
      pending[i] = null;
    }
    await call.step(total, total, `Saving ${total} case${total === 1 ? '' : 's'}`);
    const ours = this.settings.organisation();
    const settingsDiffer = parsed.data.organisation ? organisationDifferences(ours, parsed.data.organisation) : [];
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
          this.recomputeOpenDeadlines();
        }
        // A replaced case keeps its id (and its row), so links and the officer's open window still find it.
        const ids = converted.map((c) => this.cases.findIdByRef(c.ref) ?? c.id);
        this.cases.putStream(ids, parseEach(converted, ids));
        return { found, settingsOutcome } as const;
      })
      .immediate();
    return { imported: converted.map((c) => c.ref), replaced: outcome.found, settings: outcome.settingsOutcome, settingsDifferences: outcome.settingsOutcome === 'kept' ? settingsDiffer : [] };
  }

  async exportBundle({ refs }: In<'exportBundle'>, call: CallContext = createCallContext()): Promise<Out<'exportBundle'>> {
    // Named cases are found by reference, one indexed look-up each; only a whole-workspace bundle reads every case.
    const wanted = refs ? [...new Set(refs)] : null;
    let chosen = this.cases.idsByReceived();
    if (wanted) {
      const found = wanted.map((ref) => ({ ref, id: this.cases.findIdByRef(ref) }));
      const missing = found.filter((f) => f.id === null).map((f) => f.ref);
      if (missing.length) throw new DeskError('not-found', `No case with reference ${missing.join(', ')} in this workspace.`);
      chosen = found.map((f) => f.id!);
    }
    const cases: Case[] = [];
    for (const [i, id] of chosen.entries()) {
      await call.step(i, chosen.length, `Reading case ${i + 1} of ${chosen.length}`);
      cases.push(this.mustGet(id));
    }
    // The bundle lists cases oldest received first, whichever order the references were named in.
    cases.sort((a, b) => a.received.localeCompare(b.received) || a.ref.localeCompare(b.ref));
    await call.step(chosen.length, chosen.length, `Writing ${chosen.length} case${chosen.length === 1 ? '' : 's'}`);
    return makeBundle(this.settings.organisation(), cases);
  }

  /** Findings with the officer's recorded overrides applied, so an overridden error no longer blocks. */
  checkCase({ id, purpose }: In<'checkCase'>): Out<'checkCase'> {
    const c = this.mustGet(id);
    return applyOverrides(checkCase(c, this.checkContext(purpose)), c.overrides);
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
    });
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
    return { fileName: file.fileName, base64: Buffer.from(file.bytes).toString('base64') };
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

  private mustGet(id: string): Case {
    const c = this.cases.get(id);
    if (!c) throw new DeskError('case-missing', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
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

/** The converted cases back as objects, one at a time as they are written, with their final ids. */
function* parseEach(converted: readonly { json: string }[], ids: readonly string[]): Generator<SerialisedCase> {
  for (let i = 0; i < converted.length; i++) yield { ...(JSON.parse(converted[i]!.json) as SerialisedCase), id: ids[i]! };
}
