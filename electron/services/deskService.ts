import { randomUUID } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import type {
  CaseFilter,
  DeadlineView,
  DeskApiImpl,
  DeskOutput,
  DeskParsedInput,
} from '../../core/api/contract';
import { DeskError, describeZodError } from '../../core/api/errors';
import { addWorkingDays } from '../../core/deadlines';
import { caseDeadline } from '../../core/deadlines/caseDeadline';
import { applyOverrides, checkCase, checkMonth, publicationBlockers, type CheckContext } from '../../core/checks';
import { BundleSchema, CaseSchema, todayInUk, type Case, type CaseSummary } from '../../core/model';
import { CaseRepository, type CaseHeader } from './caseRepository';
import { bundleCaseToCase, makeBundle } from './bundleCodec';
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
    this.db = openWorkspaceDb(dbPath);
    this.cases = new CaseRepository(this.db);
    this.settings = new SettingsRepository(this.db);
    this.clauses = new ClauseLibraryService(this.db, options.templatesDir);
    this.today = options.today ?? (() => todayInUk());
    this.logExports = new LogExports({
      organisation: () => this.settings.organisation(),
      casesSentIn: (month) => this.cases.listHeaders().filter((h) => h.sent?.startsWith(month)).map((h) => this.mustGet(h.id)),
      publishedSentDates: () => this.cases.listHeaders().flatMap((h) => (h.publish && h.sent ? [h.sent] : [])),
      caseById: (id) => this.mustGet(id),
      printer: () => options.pdfPrinter ?? (this.ownPrinter ??= new ChromiumPdfPrinter(options.chromiumPath ? { executablePath: options.chromiumPath } : {})),
      letterLogo: (org) => findLetterLogo(options.logoDirs ?? [dirname(dbPath), resolve('assets')], org.name),
      today: () => this.today(),
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
    this.settings.saveOrganisation(org);
    return this.settings.organisation();
  }

  listCases({ filter, search, today }: In<'listCases'>): Out<'listCases'> {
    const now = today ?? this.today();
    const extra = this.extraHolidays();
    const progress = this.cases.progressByCase();
    const matches = search.trim() ? this.cases.search(search) : null;
    const summaries: CaseSummary[] = [];
    for (const h of this.cases.listHeaders()) {
      if (matches && !matches.has(h.id)) continue;
      const deadline = caseDeadline(h, extra, now);
      const p = progress.get(h.id) ?? { questions: 0, answered: 0 };
      const summary: CaseSummary = {
        id: h.id,
        ref: h.ref,
        title: h.title,
        regime: h.regime,
        status: h.status,
        received: h.received,
        sent: h.sent,
        due: deadline.extendedDue ?? deadline.due,
        workingDaysLeft: deadline.workingDaysLeft,
        questionCount: p.questions,
        answeredCount: p.answered,
      };
      if (matchesFilter(summary, filter, now)) summaries.push(summary);
    }
    // Open cases by urgency first, then finished ones newest first: the order an officer works in.
    return summaries.sort((a, b) => {
      const aOpen = isOpen(a) ? 0 : 1;
      const bOpen = isOpen(b) ? 0 : 1;
      if (aOpen !== bOpen) return aOpen - bOpen;
      if (aOpen === 0) return a.due.localeCompare(b.due) || a.ref.localeCompare(b.ref);
      return (b.sent ?? b.received).localeCompare(a.sent ?? a.received);
    });
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
    const { questions, ...headerPatch } = patch;
    const header: CaseHeader = { ...stripBody(current), ...headerPatch, updatedAt: new Date().toISOString() };
    this.cases.updateHeader(header, questions);
    return this.mustGet(id);
  }

  deleteCase({ id }: In<'deleteCase'>): Out<'deleteCase'> {
    return { deleted: this.cases.delete(id) };
  }

  getCaseDeadline({ id, today }: In<'getCaseDeadline'>): DeadlineView {
    return caseDeadline(this.mustGet(id), this.extraHolidays(), today ?? this.today());
  }

  saveAnswer({ caseId, answer }: In<'saveAnswer'>): Out<'saveAnswer'> {
    const c = this.mustGet(caseId);
    const known = new Set(c.questions.map((q) => q.id));
    const unknown = answer.covers.filter((q) => !known.has(q));
    if (unknown.length) throw new DeskError('invalid-input', `This answer names questions the case does not have (${unknown.join(', ')}). Reload the case and try again.`);
    this.cases.saveAnswer(caseId, answer, new Date().toISOString());
    return answer;
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
    this.settings.addHoliday(h);
    return this.settings.holidays();
  }

  removeHoliday({ date }: In<'removeHoliday'>): Out<'removeHoliday'> {
    this.settings.removeHoliday(date);
    return this.settings.holidays();
  }

  /** All-or-nothing: the whole bundle is validated and converted before one transaction writes it. */
  async importBundle({ bundle, replace }: In<'importBundle'>): Promise<Out<'importBundle'>> {
    const parsed = BundleSchema.safeParse(bundle);
    if (!parsed.success) throw new DeskError('invalid-input', `The bundle was not imported: ${describeZodError(parsed.error)}. Nothing was changed.`);
    const clashes = parsed.data.cases.map((c) => c.ref).filter((ref) => this.cases.findIdByRef(ref));
    if (clashes.length && !replace) {
      throw new DeskError('conflict', `The workspace already has case${clashes.length > 1 ? 's' : ''} ${clashes.join(', ')}. Import again with replace to overwrite ${clashes.length > 1 ? 'them' : 'it'}. Nothing was changed.`);
    }
    const now = new Date().toISOString();
    const converted = await Promise.all(parsed.data.cases.map((bc) => bundleCaseToCase(bc, this.cases.findIdByRef(bc.ref) ?? randomUUID(), now)));
    this.db.transaction(() => {
      if (parsed.data.organisation) this.settings.saveOrganisation(parsed.data.organisation);
      for (const c of converted) {
        const existing = this.cases.findIdByRef(c.ref);
        if (existing) this.cases.delete(existing);
        this.cases.put(c);
      }
    })();
    return { imported: converted.map((c) => c.ref), replaced: clashes };
  }

  exportBundle({ refs }: In<'exportBundle'>): Out<'exportBundle'> {
    const headers = this.cases.listHeaders().sort((a, b) => a.received.localeCompare(b.received) || a.ref.localeCompare(b.ref));
    const wanted = refs ? new Set(refs) : null;
    if (wanted) {
      const missing = [...wanted].filter((r) => !headers.some((h) => h.ref === r));
      if (missing.length) throw new DeskError('not-found', `No case with reference ${missing.join(', ')} in this workspace.`);
    }
    const cases = headers.filter((h) => !wanted || wanted.has(h.ref)).map((h) => this.mustGet(h.id));
    return makeBundle(this.settings.organisation(), cases);
  }

  /** Findings with the officer's recorded overrides applied, so an overridden error no longer blocks. */
  checkCase({ id, purpose }: In<'checkCase'>): Out<'checkCase'> {
    const c = this.mustGet(id);
    return applyOverrides(checkCase(c, this.checkContext(purpose)), c.overrides);
  }

  checkMonth({ month, purpose }: In<'checkMonth'>): Out<'checkMonth'> {
    const sent = this.cases.listHeaders().filter((h) => h.sent?.startsWith(month)).sort((a, b) => a.sent!.localeCompare(b.sent!) || a.ref.localeCompare(b.ref));
    const cases = sent.map((h) => this.mustGet(h.id));
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
  async exportLog(input: In<'exportLog'>): Promise<Out<'exportLog'>> {
    const included = new Set(this.logExports.preview(input).entries.filter((e) => e.include).map((e) => e.ref));
    const blocking = publicationBlockers(this.checkMonth({ month: input.month, purpose: 'publish' })).filter((f) => included.has(f.caseRef));
    if (blocking.length) {
      const entries = [...new Set(blocking.map((f) => f.caseRef))];
      const detail = blocking.slice(0, 6).map((f) => `${f.caseRef}${f.questionNumber ? ` question ${f.questionNumber}` : ''}: ${f.message}`);
      if (blocking.length > 6) detail.push(`and ${blocking.length - 6} more`);
      throw new DeskError(
        'invalid-input',
        `The log was not exported: ${entries.length === 1 ? `entry ${entries[0]} fails` : `entries ${entries.join(', ')} fail`} the publication checks. ${detail.join(' ')} Fix ${entries.length === 1 ? 'it' : 'them'} in the case, or record a reason to publish anyway.`,
      );
    }
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
    return fillClause(clause, values, fillContextFor(this.settings.organisation(), c && { ref: c.ref, received: c.received }));
  }

  listPoliceForces(): Out<'listPoliceForces'> {
    return this.clauses.policeForces();
  }

  private mustGet(id: string): Case {
    const c = this.cases.get(id);
    if (!c) throw new DeskError('not-found', 'That case is no longer in this workspace. It may have been deleted; pick another from the case list.');
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

function isOpen(s: CaseSummary): boolean {
  return s.status !== 'sent' && s.status !== 'closed';
}

function matchesFilter(s: CaseSummary, filter: CaseFilter, today: string): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return isOpen(s);
    case 'overdue':
      return isOpen(s) && s.workingDaysLeft < 0;
    case 'due-this-week':
      return isOpen(s) && s.workingDaysLeft >= 0 && s.workingDaysLeft <= 5;
    case 'sent-this-month':
      return s.sent !== null && s.sent.slice(0, 7) === today.slice(0, 7);
  }
}

