// The UK's bank holidays as a table, written at build time by the service's own calendar
// (core/deadlines/ukBankHolidays.ts: date-holidays with our corrections) for every year a date may
// have, so what runs counts working days without loading date-holidays' every-country rules (about
// 95 ms of every CLI command and of the service host's start; 1.3 MB of the window's check rules).
// Used by vite.config.ts (the window) and scripts/build-electron.mjs (the CLI and the service host).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export const TABLE_ID = 'virtual:uk-bank-holidays';

/**
 * Runs core's calendar in a Node of its own, bundled by esbuild (as the CLI is), so neither build
 * config loads the project's TypeScript itself.
 * @param {string} root the project's folder
 * @returns {Promise<unknown>} the table (core/deadlines/bankHolidayTable.ts's BankHolidayTable)
 */
export async function tabulateUkBankHolidays(root) {
  const dir = mkdtempSync(path.join(tmpdir(), 'desk-bank-holidays-'));
  try {
    const file = path.join(dir, 'table.mjs');
    await build({
      stdin: {
        contents: [
          "import { tabulateBankHolidays } from './core/deadlines/bankHolidayTable';",
          "import { BANK_HOLIDAY_TABLE_YEARS as years } from './core/deadlines/bankHolidayTableYears';",
          "import { ukBankHolidays } from './core/deadlines/ukBankHolidays';",
          'process.stdout.write(JSON.stringify(tabulateBankHolidays(years.from, years.to, ukBankHolidays)));',
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      absWorkingDir: root,
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: file,
      logLevel: 'warning',
    });
    return JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
