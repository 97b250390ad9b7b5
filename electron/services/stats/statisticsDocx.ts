import { AlignmentType, Document, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatUkDate } from '../../../core/deadlines/ukDateFormat';
import { formatValue } from '../../../core/stats/statisticsCsv';
import type { StatisticsReport, StatisticsTable } from '../../../core/stats/statsContract';
import { docxNumbering, docxStyles, PAGE, TEXT_WIDTH_TWIPS } from '../docx/docxStyles';
import { packDocx } from '../docx/packDocx';
import { pageNumberFooter, runningHeader } from '../docx/pageFurniture';

/** "3 June 2024": the weekday adds nothing to a publication date. */
const ukDate = (iso: string) => formatUkDate(iso).replace(/^\S+ /, '');

/**
 * The statistics as a DOCX for publication: a real title, headings in order, and each table a real
 * table with a header row that repeats on every page (screen readers announce it with each cell). The
 * figures are text, never a picture, as the accessibility regulations require of published documents.
 */
export async function statisticsDocx(report: StatisticsReport, organisationName: string, now?: Date): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(report.title)] }),
    ...(organisationName ? [new Paragraph({ children: [new TextRun({ text: organisationName, size: 24 })] })] : []),
    new Paragraph({
      children: [
        new TextRun(
          `Requests received from ${ukDate(report.from)} to ${ukDate(report.to)}, as they stood on ${ukDate(report.asOf)}. Published under the Freedom of Information Code of Practice (section 45), section 8.`,
        ),
      ],
    }),
    ...report.tables.flatMap((t) => tableBlocks(t, report.columns)),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Notes')] }),
    ...report.notes.map((n) => new Paragraph({ children: [new TextRun(n)] })),
  ];
  const subject = `Freedom of information statistics, ${report.periodLabel}`;
  const doc = new Document({
    title: report.title,
    subject,
    creator: organisationName || 'Disclosure Desk',
    styles: docxStyles(),
    numbering: docxNumbering(),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 } } },
        headers: { default: runningHeader(organisationName ? `${organisationName}: ${report.title}` : report.title) },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  return packDocx(doc, {
    title: report.title,
    subject,
    creator: organisationName || 'Disclosure Desk',
    description: `How ${organisationName || 'the authority'} answered the information requests it received in ${report.periodLabel}.`,
    ...(now ? { now } : {}),
  });
}

function tableBlocks(table: StatisticsTable, columns: readonly string[]): (Paragraph | Table)[] {
  const heading = new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(table.title)] });
  const description = new Paragraph({ children: [new TextRun(table.description)] });
  if (table.unavailable) return [heading, description, new Paragraph({ children: [new TextRun({ text: table.unavailable, bold: true })] })];
  if (table.rows.length === 0) return [heading, description, new Paragraph({ children: [new TextRun('None in this period.')] })];
  // The measure takes what the figures leave: at least half the page.
  const figureWidth = Math.min(1700, Math.floor(TEXT_WIDTH_TWIPS / 2 / columns.length));
  const labelWidth = TEXT_WIDTH_TWIPS - figureWidth * columns.length;
  const cell = (text: string, width: number, options: { header?: boolean; number?: boolean; bold?: boolean } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(options.header ? { shading: { fill: 'F3F2F1' } } : {}),
      children: [new Paragraph({ alignment: options.number ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: options.header || options.bold || undefined })] })],
    });
  const header = new TableRow({
    tableHeader: true,
    children: [cell('Measure', labelWidth, { header: true }), ...columns.map((c) => cell(c, figureWidth, { header: true, number: true }))],
  });
  const rows = table.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(r.kind === 'percent' ? `${r.label} (%)` : r.label, labelWidth, { bold: r.kind === 'total' }),
          ...r.values.map((v) => cell(v === null ? 'none answered' : formatValue(r, v), figureWidth, { number: true, bold: r.kind === 'total' })),
        ],
      }),
  );
  return [heading, description, new Table({ width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, columnWidths: [labelWidth, ...columns.map(() => figureWidth)], rows: [header, ...rows] })];
}
