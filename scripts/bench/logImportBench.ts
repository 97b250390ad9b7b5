import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeskService } from '../../electron/services/deskService';
import { syntheticCases } from '../../electron/services/bench/syntheticLog';
import { assembleLogMonth } from '../../core/documents/assembleLogMonth';
import { logDocx } from '../../electron/services/docx/logDocx';

const EXAMPLE = join(import.meta.dirname, '../../../shared/examples/published-log-month.txt');

export interface LogImportFigure {
  name: string;
  value: number;
  unit: string;
  detail: Record<string, unknown>;
}

/** A 600-entry year as one DOCX in this app's own layout: 50 entries a month, ten questions each. */
async function yearDocx(): Promise<Uint8Array> {
  // One file, as a year's log is published: every entry in the one document (assembled as one month).
  const cases = syntheticCases(600, 10, '2023-12').map((c, i) => ({ ...c, ref: String(6_000_000 + i) }));
  const org = { name: 'Bench Council', contactEmail: 'foi@bench.example' } as Parameters<typeof assembleLogMonth>[0]['organisation'];
  const log = assembleLogMonth({ organisation: org, cases, month: '2023-12' });
  return logDocx({ ...log, entries: log.entries });
}

/**
 * Past logs in (issue 14): the example month and a 600-entry year, imported through `desk import-log`
 * (wall clock, with node's start, the workspace's opening and the untrusted worker) and in-process.
 */
export async function benchLogImport(cliPath = 'dist/cli.js'): Promise<LogImportFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'desk-bench-logimport-'));
  try {
    const figures: LogImportFigure[] = [];
    const year = join(dir, 'year.docx');
    writeFileSync(year, await yearDocx());
    const cli = (db: string, file: string, extra: string[] = []) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, [cliPath, 'import-log', '--db', db, file, ...extra], { encoding: 'utf8' });
      const ms = performance.now() - t0;
      if (r.status !== 0) throw new Error(`desk import-log failed: ${r.stderr}`);
      return { ms, out: r.stdout };
    };
    const month = cli(join(dir, 'month.sqlite'), EXAMPLE, ['--month', '2024-06']);
    figures.push({ name: 'import-log: the example month via desk import-log (wall, with start)', value: month.ms, unit: 'ms', detail: { target: '< 1000 ms', entries: 4 } });
    const yearRun = cli(join(dir, 'year.sqlite'), year, ['--month', '2023-12']);
    figures.push({ name: 'import-log: a 600-entry year as DOCX via desk import-log (wall, with start)', value: yearRun.ms, unit: 'ms', detail: { target: '< 10000 ms', imported: /Imported (\d+)/.exec(yearRun.out)?.[1] } });

    const service = new DeskService(join(dir, 'inproc.sqlite'), { create: true });
    try {
      const t0 = performance.now();
      await service.importLog({ name: 'published-log-month.txt', base64: readFileSync(EXAMPLE).toString('base64'), month: '2024-06', regime: 'foia' });
      figures.push({ name: 'import-log: the example month in-process', value: performance.now() - t0, unit: 'ms', detail: { target: '< 1000 ms' } });
      const t1 = performance.now();
      const r = await service.importLog({ name: 'year.docx', base64: readFileSync(year).toString('base64'), month: '2022-12', regime: 'foia', references: [] });
      figures.push({ name: 'import-log: a 600-entry year as DOCX in-process', value: performance.now() - t1, unit: 'ms', detail: { target: '< 10000 ms', imported: r.imported.length } });
    } finally {
      service.close();
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
