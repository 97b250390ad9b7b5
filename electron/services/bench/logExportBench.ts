import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleLogMonth } from '../../../core/log/assembleLogMonth';
import { logHtml } from '../../../core/log/logHtml';
import type { LogMonth } from '../../../core/log/logModel';
import { logDocx } from '../docx/logDocx';
import { ChromiumPdfPrinter } from '../pdf/chromiumPdfPrinter';
import { syntheticCases } from './syntheticLog';

export interface BenchFigure {
  name: string;
  ms: number;
  /** The figure to stay under; absent for comparisons. */
  targetMs?: number;
  detail?: Record<string, number | string>;
}

const ORG = { name: 'Bench Public Body', contactEmail: 'foi@example.gov.uk' };

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: Math.round(performance.now() - start), value };
}

function yearLog(entries: number, questionsPerCase: number): LogMonth {
  const cases = syntheticCases(entries, questionsPerCase, '2024-05');
  return assembleLogMonth({ organisation: ORG, cases, month: '2024-05' });
}

/**
 * The export figures `npm run bench` prints: a month of 60 entries and 600 questions to DOCX and
 * to PDF, a year of 600 entries to DOCX, and LibreOffice converting the month's DOCX to PDF for
 * comparison with Chromium's print (when soffice is installed).
 */
export async function benchLogExports(options: { chromiumPath?: string } = {}): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const month = yearLog(60, 10);
  const year = yearLog(600, 10);

  await logDocx(month); // warm the docx module so the figure is the export, not the import
  const docxMonth = await timed(() => logDocx(month));
  figures.push({ name: 'log DOCX, month (60 entries, 600 questions)', ms: docxMonth.ms, targetMs: 1000, detail: { bytes: docxMonth.value.length } });

  const printer = new ChromiumPdfPrinter(options.chromiumPath ? { executablePath: options.chromiumPath } : {});
  let pdfMs = 0;
  try {
    const html = logHtml(month);
    const first = await timed(() => printer.print(html));
    const warm = await timed(() => printer.print(html));
    pdfMs = warm.ms;
    figures.push({ name: 'log PDF, month (60 entries, 600 questions)', ms: warm.ms, targetMs: 3000, detail: { firstPrintWithBrowserStartMs: first.ms, bytes: warm.value.length } });
  } finally {
    await printer.dispose();
  }

  const docxYear = await timed(() => logDocx(year));
  figures.push({ name: 'log DOCX, year (600 entries, 6000 questions)', ms: docxYear.ms, targetMs: 5000, detail: { bytes: docxYear.value.length } });

  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0) {
    const dir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
    try {
      const file = join(dir, 'month.docx');
      writeFileSync(file, docxMonth.value);
      const args = [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file];
      execFileSync('soffice', args, { stdio: 'ignore', timeout: 180_000 }); // first run builds the profile
      const lo = await timed(() => execFileSync('soffice', args, { stdio: 'ignore', timeout: 180_000 }));
      figures.push({ name: 'LibreOffice DOCX to PDF, month (comparison)', ms: lo.ms, detail: { ratioToChromiumPdf: pdfMs ? Number((lo.ms / pdfMs).toFixed(1)) : 'n/a' } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return figures;
}
