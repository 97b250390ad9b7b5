import { formatValue, statisticsCsv } from '../../../core/stats/statisticsCsv';
import { parsePeriod, periodKey } from '../../../core/stats/period';
import type { StatisticsReport } from '../../../core/stats/statsContract';
import { optionalString, requireOption, type CommandRun } from '../command';
import { terminalSafe } from '../terminalSafe';
import { UsageError } from '../usage';
import { withService } from '../withService';

/** The report as text for a terminal: each table under its title, a measure and its figures a line, tab-separated. */
function text(r: StatisticsReport): string[] {
  const lines = [r.title, `Requests received ${r.from} to ${r.to}, as they stood on ${r.asOf}.`, ''];
  for (const t of r.tables) {
    lines.push(t.title, `Measure\t${r.columns.join('\t')}`);
    if (t.unavailable) lines.push(t.unavailable);
    else if (t.rows.length === 0) lines.push('None in this period.');
    for (const row of t.rows) lines.push([terminalSafe(row.label) + (row.kind === 'percent' ? ' (%)' : ''), ...row.values.map((v) => (v === null ? '-' : formatValue(row, v)))].join('\t'));
    lines.push('');
  }
  return [...lines, 'Notes', ...r.notes.map((n) => `- ${n}`)];
}

/** `desk stats`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values }, io) => {
  const db = requireOption(values['db'], 'db');
  const quarter = optionalString(values['quarter']);
  const year = optionalString(values['year']);
  if ((quarter === undefined) === (year === undefined)) throw new UsageError('give either --quarter YYYY-QN or --year YYYY (see --help)');
  if (values['csv'] && values['json']) throw new UsageError('give --csv or --json, not both');
  const parsed = parsePeriod(quarter ?? year!);
  if (quarter !== undefined && parsed?.kind !== 'quarter') throw new UsageError(`--quarter "${quarter}" is not a quarter: use YYYY-QN, for example 2024-Q2 for April to June 2024`);
  if (year !== undefined && parsed?.kind !== 'year') throw new UsageError(`--year "${year}" is not a year: use YYYY, for example 2024`);
  const asOf = optionalString(values['as-of']);
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(`--as-of "${asOf}" is not a date: use YYYY-MM-DD, for example 2024-07-31`);

  const report = await withService(db, (call) => call('statistics', { period: periodKey(parsed!), ...(asOf ? { asOf } : {}) }), { mustExist: true });
  if (values['json']) io.out(JSON.stringify(report, null, 2));
  // One line at a time, as the terminal shows them: a label may hold what an officer typed.
  else if (values['csv']) statisticsCsv(report).trimEnd().split('\r\n').forEach((l) => io.out(terminalSafe(l)));
  else text(report).forEach((l) => io.out(l));
  return 0;
};
