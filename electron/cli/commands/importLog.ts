import { readFileSync } from 'node:fs';
import type { LogImportPreview } from '../../../core/logImport/logImportContract';
import { MAX_LOG_FILE_BYTES } from '../../../core/logImport/logImportContract';
import { requireOption, type CliIo, type CommandRun } from '../command';
import { terminalSafe } from '../terminalSafe';
import { UsageError } from '../usage';
import { withService } from '../withService';

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** The report in words, one fact a line, as the window's preview shows it. */
function report(io: CliIo, preview: LogImportPreview, imported: readonly string[] | null): void {
  const { entries, report: r } = preview;
  for (const e of entries) {
    const answered = new Set(e.answers.flatMap((a) => a.covers)).size;
    const asked = e.questions.filter((q) => !q.heading).length;
    io.out(terminalSafe(`${e.reference}\t${e.title}\t${plural(asked, 'question')}, ${answered} answered${e.ref === null ? '\t(reference generated)' : ''}${e.clash ? '\t(already in the workspace: left out)' : ''}`));
  }
  io.out(`Found ${plural(r.entriesFound, 'entry', 'entries')}${r.month ? ` for ${r.month}` : ''}, recorded as sent on ${r.sent}.`);
  if (r.missingTopics.length) io.out(terminalSafe(`The contents list names ${plural(r.missingTopics.length, 'topic')} with no entry in the file (cut short?): ${r.missingTopics.join('; ')}.`));
  if (r.withoutReference.length) io.out(terminalSafe(`${plural(r.withoutReference.length, 'entry', 'entries')} had no reference and were given one: ${r.withoutReference.map((w) => w.reference).join(', ')}.`));
  for (const line of r.unreadable) io.out(terminalSafe(line));
  if (r.clashes.length) io.out(terminalSafe(`Already in the workspace, left out (never overwritten): ${r.clashes.join(', ')}.`));
  if (imported) io.out(`Imported ${plural(imported.length, 'past case')}, marked as from a past log.`);
  else io.out('Dry run: nothing was written.');
}

/** `desk import-log`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values, positionals }, io) => {
  const db = requireOption(values['db'], 'db');
  const file = positionals[0];
  if (file === undefined) throw new UsageError('name one log file to import: LOG.pdf, LOG.docx or LOG.txt (see --help)');
  const month = typeof values['month'] === 'string' ? values['month'] : undefined;
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new UsageError(`--month "${month}" is not a month: use YYYY-MM, for example 2024-06`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (err as Error).message;
    throw new Error(`${file} could not be read: ${reason}. Nothing was imported.`);
  }
  if (bytes.length > MAX_LOG_FILE_BYTES) throw new Error(`${file} is over ${MAX_LOG_FILE_BYTES / (1024 * 1024)} MB: split the log into months and import them one at a time. Nothing was imported.`);
  const input = { name: file, base64: bytes.toString('base64'), ...(month ? { month } : {}) };
  const dryRun = values['dry-run'] === true;
  const result = dryRun
    ? { ...(await withService(db, (call) => call('previewLogImport', input), { mustExist: true })), imported: null }
    : await withService(db, (call) => call('importLog', input), { serviceOptions: { create: true } });
  if (values['json']) io.out(terminalSafe(JSON.stringify(result, null, 2)));
  else report(io, result, result.imported);
  return 0;
};
