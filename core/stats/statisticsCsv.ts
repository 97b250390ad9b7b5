import type { StatisticsReport, StatisticsRow } from './statsContract';

/**
 * The report as CSV for publication and for spreadsheets: one line per figure, its table and measure
 * first, then a column per period. A table the workspace does not record says so in its measure.
 * Text a spreadsheet would run as a formula (=, +, -, @ at the start) is quoted with a leading
 * apostrophe: section labels can carry what an officer typed.
 */
export function statisticsCsv(report: StatisticsReport): string {
  const lines = [['Table', 'Measure', ...report.columns]];
  for (const table of report.tables) {
    if (table.unavailable) lines.push([table.title, table.unavailable, ...report.columns.map(() => '')]);
    for (const row of table.rows) lines.push([table.title, row.label, ...row.values.map((v) => formatValue(row, v))]);
  }
  // CRLF: RFC 4180, and what Excel writes.
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function formatValue(row: Pick<StatisticsRow, 'kind'>, value: number | null): string {
  if (value === null) return '';
  return row.kind === 'percent' ? value.toFixed(1) : String(value);
}

function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** "foi-statistics-2024-Q2.csv" */
export function statisticsFileName(report: Pick<StatisticsReport, 'period'>, extension: 'csv' | 'docx'): string {
  return `foi-statistics-${report.period}.${extension}`;
}
