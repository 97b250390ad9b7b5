import { DeskError } from '../../../core/api/errors';
import { parsePublishedLog } from '../../../core/logImport/parsePublishedLog';
import type { LogImportPreview } from '../../../core/logImport/logImportContract';
import { CASE_REFERENCE_MAX, CASE_REFERENCE_PATTERN, type Regime } from '../../../core/model';
import { serialiseCase } from '../caseRepository';
import type { WorkspaceStore } from '../store/caseStore';
import { entryToCase } from './entryToCase';
import { readLogFile } from './readLogFile';

export interface LogFileInput {
  name: string;
  bytes: Uint8Array;
  month?: string | undefined;
  regime: Regime;
  /** New references for the entries, by position; empty or missing keeps the log's (or the generated) one. */
  references?: readonly string[] | undefined;
}

/** The last day of a month (YYYY-MM): the date a past log's entries are recorded as sent. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * Past published logs in: read (in the untrusted worker), parsed (core/logImport), previewed, and
 * written as historical cases in one transaction. Nothing is ever overwritten: an entry whose
 * reference the workspace has is reported as a clash and left out.
 */
export class LogImportService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly today: () => string,
  ) {}

  async preview(input: LogFileInput): Promise<LogImportPreview> {
    const text = await readLogFile(input.name, input.bytes);
    const { entries, report } = parsePublishedLog(text, { month: input.month });
    const renamed = entries.map((e, i) => ({ ...e, reference: input.references?.[i]?.trim() || e.reference }));
    const bad = renamed.find((e) => !CASE_REFERENCE_PATTERN.test(e.reference) || e.reference.length > CASE_REFERENCE_MAX);
    if (bad) throw new DeskError('invalid-input', `"${bad.reference}" cannot be a case reference: use letters, digits and . / _ ( ) # : - only, at most ${CASE_REFERENCE_MAX} characters. Nothing was imported.`);
    const seen = new Set<string>();
    const withClash = [];
    for (const e of renamed) {
      const clash = seen.has(e.reference.toLowerCase()) || (await this.store.cases.findIdByRef(e.reference)) !== null;
      seen.add(e.reference.toLowerCase());
      withClash.push({ ...e, clash });
    }
    return {
      entries: withClash,
      report: { ...report, sent: report.month ? lastDayOf(report.month) : this.today(), clashes: withClash.filter((e) => e.clash).map((e) => e.reference) },
    };
  }

  /** All or nothing: every entry without a clash is written in one transaction, or none is. */
  async importLog(input: LogFileInput): Promise<LogImportPreview & { imported: string[] }> {
    const preview = await this.preview(input);
    if (preview.entries.length === 0) {
      throw new DeskError('invalid-input', `Nothing was imported from ${input.name}: ${preview.report.unreadable.join(' ') || 'it holds no entries.'}`);
    }
    const now = new Date().toISOString();
    const imported = await this.store.transaction(
      async () => {
        // Checked again inside the transaction: a case made since the preview is never overwritten.
        const fresh = [];
        for (const e of preview.entries) if (!e.clash && (await this.store.cases.findIdByRef(e.reference)) === null) fresh.push(e);
        const cases = fresh.map((e) => serialiseCase(entryToCase(e, e.reference, preview.report.sent, input.regime, now)));
        await this.store.cases.putMany(cases);
        return fresh.map((e) => e.reference);
      },
      { immediate: true },
    );
    const clashes = preview.entries.filter((e) => !imported.includes(e.reference)).map((e) => e.reference);
    return { ...preview, report: { ...preview.report, clashes }, imported };
  }
}
