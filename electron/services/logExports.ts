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

export interface LogExportSources {
  organisation(): Organisation;
  /** The cases sent in `month` (YYYY-MM), with their answers. */
  casesSentIn(month: string): Case[];
  /** Sent dates of every case marked for publishing: enough to say which months have a log. */
  publishedSentDates(): string[];
  /** The order saved with the month (references), or null when none was saved. */
  storedOrder?(month: string): string[] | null;
  caseById(id: string): Case;
  /** The clause library, whose closing clauses are the letter's default closing section; none: the built-in wording. */
  library?(): readonly ClosingClause[];
  printer(): PdfPrinter;
  letterLogo(org: Organisation): LetterLogo | null;
  today(): string;
  /** The context the publication checks run in: organisation, today, holidays, purpose 'publish'. */
  publishContext(): CheckContext;
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

// The DOCX writers are imported when first used, like the PDF printer: `desk deadline` need not load them.
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'case';

/**
 * The log and letter exports behind DeskService: assembling from the workspace, then one of the
 * writers. Kept apart from DeskService so the service stays a list of small methods.
 */
export class LogExports {
  constructor(private readonly src: LogExportSources) {}

  /** The order given with the call, else the one saved with the month, else the dates sent. */
  assemble({ month, order = this.src.storedOrder?.(month) ?? undefined, overrides }: LogSelection): LogMonth {
    return assembleLogMonth({ organisation: this.src.organisation(), cases: this.src.casesSentIn(month), month, ...(order ? { order } : {}), ...(overrides ? { overrides } : {}) });
  }

  /** An empty month also says which months have something to publish, so the screen can offer them. */
  preview(selection: LogSelection): { html: string; entries: LogMonth['candidates']; publishedMonths: PublishedMonth[] } {
    const log = this.assemble(selection);
    return { html: logHtml(log), entries: log.candidates, publishedMonths: log.candidates.length ? [] : this.publishedMonths() };
  }

  /** The months with responses sent and marked for publishing, newest first, with how many. */
  publishedMonths(): PublishedMonth[] {
    const counts = new Map<string, number>();
    for (const sent of this.src.publishedSentDates()) counts.set(sent.slice(0, 7), (counts.get(sent.slice(0, 7)) ?? 0) + 1);
    return [...counts.entries()].sort(([a], [b]) => b.localeCompare(a)).map(([month, count]) => ({ month, count }));
  }

  /**
   * The publication gate over every text this export would print: each included case as printed (with
   * the call's title and summary), checked for publishing, the officer's recorded overrides applied.
   * Entries left out of the log publish nothing, so they block nothing.
   */
  publicationFindings({ month, overrides = {} }: LogSelection): Finding[] {
    const ctx = this.src.publishContext();
    return casesForLogMonth(this.src.casesSentIn(month), month)
      .filter((c) => overrides[c.ref]?.include !== false)
      .flatMap((c) => publicationBlockers(applyOverrides(checkCase(caseAsPrinted(c, overrides[c.ref]), ctx), c.overrides)));
  }

  /**
   * Before a PDF export's checks and assembly: starts the printer's browser, whose renderer then
   * starts while those run. The CLI prints once and so pays for Chromium's start on every command,
   * which this hides in part; the app's printer makes its one print window ready here, on the first
   * export, and finds it already there on every later one.
   */
  async startPrinterFor(format: 'docx' | 'pdf' | 'html'): Promise<void> {
    if (format === 'pdf') await this.src.printer().warm?.();
  }

  async exportLog(selection: LogSelection & { format: 'docx' | 'pdf' | 'html' }): Promise<ExportedFile> {
    const log = this.assemble(selection);
    if (log.entries.length === 0) throw this.emptyMonth(log);
    const fileName = `disclosure-log-${selection.month}.${selection.format}`;
    switch (selection.format) {
      case 'html':
        return { fileName, bytes: new TextEncoder().encode(logHtml(log)) };
      case 'docx':
        return { fileName, bytes: await (await import('./docx/logDocx')).logDocx(log) };
      case 'pdf':
        return { fileName, bytes: await this.src.printer().print(logHtml(log)) };
    }
  }

  /** `draft`: for sign-off, watermarked and headed "DRAFT — not for sending", named draft-response-… */
  async exportLetter({ id, format, draft = false }: { id: string; format: 'docx' | 'pdf'; draft?: boolean }): Promise<ExportedFile> {
    const org = this.src.organisation();
    const letter = assembleLetter({ organisation: org, case: this.src.caseById(id), today: this.src.today(), logo: this.src.letterLogo(org), library: this.src.library?.() ?? [] });
    const fileName = `${draft ? 'draft-' : ''}response-${safeName(letter.ref)}.${format}`;
    return { fileName, bytes: format === 'docx' ? await (await import('./docx/letterDocx')).letterDocx(letter, undefined, { draft }) : await this.src.printer().print(letterHtml(letter, { draft })) };
  }

  /** The letter as assembled now, as the HTML its PDF is printed from: what is kept when the case is marked sent. */
  letterHtmlOf(id: string): { fileName: string; html: string } {
    const org = this.src.organisation();
    const letter = assembleLetter({ organisation: org, case: this.src.caseById(id), today: this.src.today(), logo: this.src.letterLogo(org), library: this.src.library?.() ?? [] });
    return { fileName: `sent-response-${safeName(letter.ref)}.html`, html: letterHtml(letter) };
  }

  /** Says which months do have something to publish, so the officer can pick one. */
  private emptyMonth(log: LogMonth): DeskError {
    if (log.candidates.length > 0) {
      return new DeskError('invalid-input', `Every response of ${log.monthName} is left out of the log. Include at least one before exporting.`);
    }
    const months = this.publishedMonths()
      .reverse()
      .map(({ month, count }) => `${monthName(month)} (${count})`);
    const suggestion = months.length
      ? `Months with published responses: ${months.join(', ')}.`
      : 'No case in this workspace has been sent and marked for publishing yet: record the date sent on a case first.';
    return new DeskError('not-found', `No responses sent in ${log.monthName} are marked for publishing, so there is no log to export. ${suggestion}`);
  }
}
