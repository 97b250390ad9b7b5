import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleLogMonth } from '../../../core/documents/assembleLogMonth';
import type { LogMonth } from '../../../core/documents/logModel';
import type { Bundle } from '../../../core/model';
import { DeskService } from '../deskService';
import { logDocx } from '../docx/logDocx';
import { syntheticCases } from './syntheticLog';

export interface BenchFigure {
  name: string;
  ms: number;
  /** 'ms' unless said (a ratio of two times is 'ratio', and `ms` then holds the ratio). */
  unit?: 'ms' | 'ratio';
  /** The figure to stay under as a ratio, for unit 'ratio'. */
  targetRatio?: number;
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
 * The DOCX figures for months and years of varied content (lists, tables, links, clauses): a month
 * of 60 entries and 600 questions, and a year of 600 entries.
 */
export async function benchLogExports(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const month = yearLog(60, 10);
  const year = yearLog(600, 10);

  await logDocx(month); // warm the docx module so the figure is the export, not the import
  const docxMonth = await timed(() => logDocx(month));
  figures.push({ name: 'log DOCX, month (60 entries, 600 questions), varied content', ms: docxMonth.ms, targetMs: 1000, detail: { bytes: docxMonth.value.length } });
  const docxYear = await timed(() => logDocx(year));
  figures.push({ name: 'log DOCX, year (600 entries, 6000 questions)', ms: docxYear.ms, targetMs: 5000, detail: { bytes: docxYear.value.length } });
  return figures;
}

const MONTH = '2024-05';
const best = (runs: number[]) => Math.min(...runs);

function pdfPages(file: string): number {
  return Number(/^Pages:\s*(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN);
}

function pdfFonts(file: string): string {
  const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return rows.map((l) => l.trim().split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).join(', ');
}

/** Wall time of a whole command: Node's start, loading the CLI, opening the workspace, the export, the write. */
function wallMs(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${String(result.stderr).slice(0, 500)}`);
  return Math.round(ms);
}

export interface SideBySideOptions {
  /** The month to export: imported into a fresh workspace, every case sent in 2024-05. */
  bundle: Bundle;
  /** The built CLI (dist/cli.js); its figures are left out when it is not built. */
  cliPath: string;
}

/**
 * The month's PDF against LibreOffice, side by side in one run on the same input (issue 13): one
 * workspace; its month exported in-process (DOCX; PDF, written directly by ../pdf/logPdf.ts, as in
 * the app) and through the CLI (a whole `node dist/cli.js export log` each, start included, as an
 * officer runs it); and LibreOffice converting that same DOCX, warm (its profile built by a first
 * run). Each is the best of three, taken in turns (in-process, CLI, LibreOffice) so a busy moment on
 * a shared machine falls on all of them rather than on one. The first in-process PDF is reported
 * beside them: it is the one an officer waits for after opening the app.
 */
export async function benchMonthSideBySide(options: SideBySideOptions): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-month-'));
  const service = new DeskService(join(dir, 'month.sqlite'));
  const figures: BenchFigure[] = [];
  try {
    await service.importBundle({ bundle: options.bundle, replace: false });
    const exportLog = async (format: 'docx' | 'pdf') => Buffer.from((await service.exportLog({ month: MONTH, format })).base64, 'base64');
    const size = `${options.bundle.cases.length} entries, ${options.bundle.cases.reduce((n, c) => n + c.questions.length, 0)} questions`;

    const docxFile = join(dir, 'month.docx');
    writeFileSync(docxFile, await exportLog('docx')); // also loads the docx module once
    const firstPdf = await timed(() => exportLog('pdf'));
    const pdfFile = join(dir, 'month.pdf');
    writeFileSync(pdfFile, firstPdf.value);

    const cli = existsSync(options.cliPath);
    const cliArgs = (out: string) => [options.cliPath, 'export', 'log', '--db', join(dir, 'month.sqlite'), '--month', MONTH, '--out', out];
    const lo = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
    const loArgs = [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), docxFile];
    if (lo) wallMs('soffice', loArgs); // the first run builds LibreOffice's profile: warm from here on

    const runs = { docx: [] as number[], pdf: [] as number[], cliDocx: [] as number[], cliPdf: [] as number[], lo: [] as number[], node: [] as number[] };
    for (let round = 0; round < 3; round++) {
      runs.docx.push((await timed(() => exportLog('docx'))).ms);
      runs.pdf.push((await timed(() => exportLog('pdf'))).ms);
      if (cli) {
        runs.node.push(wallMs(process.execPath, ['-e', '0']));
        runs.cliDocx.push(wallMs(process.execPath, cliArgs(join(dir, 'cli.docx'))));
        runs.cliPdf.push(wallMs(process.execPath, cliArgs(join(dir, 'cli.pdf'))));
      }
      if (lo) runs.lo.push(wallMs('soffice', loArgs));
    }

    const pages = pdfPages(pdfFile);
    figures.push({ name: `log DOCX, month in-process (${size})`, ms: best(runs.docx), targetMs: 1000, detail: { runs: runs.docx.join(' '), bytes: readFileSync(docxFile).length } });
    figures.push({
      name: `log PDF, month in-process (${size})`,
      ms: best(runs.pdf),
      // The figure takes in the publication checks and the assembly as well as the writing.
      detail: { runs: runs.pdf.join(' '), firstExportMs: firstPdf.ms, pages, bytes: firstPdf.value.length, fonts: pdfFonts(pdfFile) },
    });
    if (cli) {
      figures.push({ name: `log DOCX, month through the CLI including its start (${size})`, ms: best(runs.cliDocx), targetMs: 1000, detail: { runs: runs.cliDocx.join(' '), nodeBareStartMs: best(runs.node) } });
      figures.push({ name: `log PDF, month through the CLI including its start (${size})`, ms: best(runs.cliPdf), detail: { runs: runs.cliPdf.join(' '), nodeBareStartMs: best(runs.node) } });
    }
    if (lo) {
      const loMs = best(runs.lo);
      figures.push({ name: 'LibreOffice DOCX to PDF, the same month, warm (comparison)', ms: loMs, detail: { runs: runs.lo.join(' '), pages: pdfPages(join(dir, 'lo', 'month.pdf')) } });
      const ratio = (ms: number) => Number((ms / loMs).toFixed(2));
      figures.push({ name: 'log PDF in-process ÷ LibreOffice DOCX to PDF', ms: ratio(best(runs.pdf)), unit: 'ratio', targetRatio: 0.5 });
      if (cli) figures.push({ name: 'log PDF through the CLI ÷ LibreOffice DOCX to PDF', ms: ratio(best(runs.cliPdf)), unit: 'ratio', targetRatio: 0.5 });
    }
    return figures;
  } finally {
    await service.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
