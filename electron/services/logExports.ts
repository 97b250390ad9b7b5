import { DeskError } from '../../core/api/errors';
import { assembleLetter } from '../../core/documents/assembleLetter';
import { assembleLogMonth, casesForLogMonth, type LogOverride } from '../../core/documents/assembleLogMonth';
import { applyOverrides, checkCase, publicationBlockers, type CheckContext, type Finding } from '../../core/checks';
import type { LetterLogo } from '../../core/documents/letterModel';
import type { ClosingClause } from '../../core/documents/letterDefaults';
import { letterHtml } from '../../core/documents/letterHtml';
import { logHtml } from '../../core/documents/logHtml';
import type { LogMonth } from '../../core/documents/logModel';
import { monthName } from '../../core/documents/monthName';
import type { Case, Organisation } from '../../core/model';
import type { PdfPrinter } from './pdf/pdfPrinter';
import type { Awaitable } from './store/caseStore';

export interface LogSelection {
  month: string;
  order?: string[] | undefined;
  overrides?: Record<string, LogOverride> | undefined;
}

export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** A month with responses sent and marked for publishing, and how many. */
export interface PublishedMonth {
  month: string;
  count: number;
}

/** Where the exports read the workspace: at once (SQLite) or over the network (a team's PostgreSQL). */
export interface LogExportSources {
  organisation(): Awaitable<Organisation>;
  /** The cases sent in `month` (YYYY-MM), with their answers. */
  casesSentIn(month: string): Awaitable<Case[]>;
  /** Sent dates of every case marked for publishing: enough to say which months have a log. */
  publishedSentDates(): Awaitable<string[]>;
  /** The order saved with the month (references), or null when none was saved. */
  storedOrder?(month: string): Awaitable<string[] | null>;
  caseById(id: string): Awaitable<Case>;
  /** The clause library, whose closing clauses are the letter's default closing section; none: the built-in wording. */
  library?(): Awaitable<readonly ClosingClause[]>;
  printer(): PdfPrinter;
  letterLogo(org: Organisation): LetterLogo | null;
  today(): string;
  /** The context the publication checks run in: organisation, today, holidays, purpose 'publish'. */
  publishContext(): Awaitable<CheckContext>;
}

/**
 * A case as this export prints it: the title and summary the officer gave the export call in place of
 * the stored ones, with the same precedence assembleLogMonth gives them (an empty title falls back,
 * an empty summary is kept: it means "print the questions").
 */
export function caseAsPrinted(c: Case, o: LogOverride | undefined): Case {
  if (!o) return c;
  return { ...c, title: o.title?.trim() || c.title, summary: o.summary ?? c.summary };
}

// The DOCX and PDF writers are imported when first used, like the printer: `desk deadline` need not load them.
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'case';

/**
 * The log and letter exports behind DeskService: assembling from the workspace, then one of the
 * writers. Kept apart from DeskService so the service stays a list of small methods.
 */
export class LogExports {
  constructor(private readonly src: LogExportSources) {}

  /** The order given with the call, else the one saved with the month, else the dates sent. */
  async assemble({ month, order, overrides }: LogSelection, sentInMonth?: Case[]): Promise<LogMonth> {
    const chosen = order ?? (await this.src.storedOrder?.(month)) ?? undefined;
    return assembleLogMonth({ organisation: await this.src.organisation(), cases: sentInMonth ?? (await this.src.casesSentIn(month)), month, ...(chosen ? { order: chosen } : {}), ...(overrides ? { overrides } : {}) });
  }

  /** An empty month also says which months have something to publish, so the screen can offer them. */
  async preview(selection: LogSelection): Promise<{ html: string; entries: (LogMonth['candidates'][number] & { summary: string })[]; publishedMonths: PublishedMonth[] }> {
    const cases = await this.src.casesSentIn(selection.month);
    const log = await this.assemble(selection, cases);
    // The screen edits each case's own summary beside its title: it comes with the entries, not fetched
    // case by case (issue 13: two calls an entry, hundreds in a month). Never in the log's model, which
    // carries nothing of the requester's.
    const summaries = new Map(cases.map((c) => [c.ref, c.summary]));
    const entries = log.candidates.map((e) => ({ ...e, summary: summaries.get(e.ref) ?? '' }));
    return { html: logHtml(log), entries, publishedMonths: log.candidates.length ? [] : await this.publishedMonths() };
  }

  /** The months with responses sent and marked for publishing, newest first, with how many. */
  async publishedMonths(): Promise<PublishedMonth[]> {
    const counts = new Map<string, number>();
    for (const sent of await this.src.publishedSentDates()) counts.set(sent.slice(0, 7), (counts.get(sent.slice(0, 7)) ?? 0) + 1);
    return [...counts.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([month, count]) => ({ month, count }));
  }

  /**
   * The publication gate over every text this export would print: each included case as printed (with
   * the call's title and summary), checked for publishing, the officer's recorded overrides applied.
   * Entries left out of the log publish nothing, so they block nothing.
   */
  async publicationFindings({ month, overrides = {} }: LogSelection): Promise<Finding[]> {
    const ctx = await this.src.publishContext();
    return casesForLogMonth(await this.src.casesSentIn(month), month)
      .filter((c) => overrides[c.ref]?.include !== false)
      .flatMap((c) => publicationBlockers(applyOverrides(checkCase(caseAsPrinted(c, overrides[c.ref]), ctx), c.overrides)));
  }

  /**
   * Before a letter's PDF is assembled: starts the printer's browser, whose renderer then starts while
   * the letter is put together. The CLI prints once and so pays for Chromium's start on every command,
   * which this hides in part; the app's printer makes its one print window ready here, on the first
   * export, and finds it already there on every later one. (The log's PDF needs no browser.)
   */
  async startPrinterFor(format: 'docx' | 'pdf'): Promise<void> {
    if (format === 'pdf') await this.src.printer().warm?.();
  }

  async exportLog(selection: LogSelection & { format: 'docx' | 'pdf' | 'html' }): Promise<ExportedFile> {
    const log = await this.assemble(selection);
    if (log.entries.length === 0) throw await this.emptyMonth(log);
    const fileName = `disclosure-log-${selection.month}.${selection.format}`;
    switch (selection.format) {
      case 'html':
        return { fileName, bytes: new TextEncoder().encode(logHtml(log)) };
      case 'docx':
        return { fileName, bytes: await (await import('./docx/logDocx')).logDocx(log) };
      case 'pdf':
        // Laid out and tagged directly, from the same model as the HTML: a month's log of a hundred
        // pages and more is written in a fraction of a browser's print, and with no browser (issue 13).
        return { fileName, bytes: await (await import('./pdf/logPdf')).logPdf(log) };
    }
  }

  /** `draft`: for sign-off, watermarked and headed "DRAFT — not for sending", named draft-response-… */
  async exportLetter({ id, format, draft = false }: { id: string; format: 'docx' | 'pdf'; draft?: boolean }): Promise<ExportedFile> {
    const letter = await this.assembleLetterOf(id);
    const fileName = `${draft ? 'draft-' : ''}response-${safeName(letter.ref)}.${format}`;
    return { fileName, bytes: format === 'docx' ? await (await import('./docx/letterDocx')).letterDocx(letter, undefined, { draft }) : await this.src.printer().print(letterHtml(letter, { draft })) };
  }

  /** The letter as assembled now, as the HTML its PDF is printed from: what is kept when the case is marked sent. */
  async letterHtmlOf(id: string): Promise<{ fileName: string; html: string }> {
    const letter = await this.assembleLetterOf(id);
    return { fileName: `sent-response-${safeName(letter.ref)}.html`, html: letterHtml(letter) };
  }

  private async assembleLetterOf(id: string) {
    const org = await this.src.organisation();
    return assembleLetter({ organisation: org, case: await this.src.caseById(id), today: this.src.today(), logo: this.src.letterLogo(org), library: (await this.src.library?.()) ?? [] });
  }

  /** Says which months do have something to publish, so the officer can pick one. */
  private async emptyMonth(log: LogMonth): Promise<DeskError> {
    if (log.candidates.length > 0) {
      return new DeskError('invalid-input', `Every response of ${log.monthName} is left out of the log. Include at least one before exporting.`);
    }
    const months = (await this.publishedMonths())
      .reverse()
      .map(({ month, count }) => `${monthName(month)} (${count})`);
    const suggestion = months.length
      ? `Months with published responses: ${months.join(', ')}.`
      : 'No case in this workspace has been sent and marked for publishing yet: record the date sent on a case first.';
    return new DeskError('not-found', `No responses sent in ${log.monthName} are marked for publishing, so there is no log to export. ${suggestion}`);
  }
}
