import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const TABLE_ID = 'virtual:uk-bank-holidays';
const CALENDAR = path.resolve('core/deadlines/ukBankHolidays.ts');
const WINDOW_CALENDAR = path.resolve('renderer/src/calendar/ukBankHolidays.ts');

/**
 * The window counts working days from a table of the UK's bank holidays written here, at build time,
 * by the same calendar the service uses (core/deadlines/bankHolidayTable.ts): date-holidays, with its
 * every-country rules and calendars (1.3 MB), stays out of the check rules the first case opened loads.
 */
function bankHolidayTable(): Plugin {
  return {
    name: 'desk-uk-bank-holiday-table',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === TABLE_ID) return `\0${TABLE_ID}`;
      if (!importer || importer === WINDOW_CALENDAR || !/ukBankHolidays(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === CALENDAR ? WINDOW_CALENDAR : null;
    },
    async load(id) {
      return id === `\0${TABLE_ID}` ? `export default ${JSON.stringify(await tabulateWithTheServicesCalendar())};` : null;
    },
  };
}

/** Runs core's calendar in a Node of its own, bundled by esbuild (as the CLI is), so this config loads no TypeScript of the project. */
async function tabulateWithTheServicesCalendar(): Promise<unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), 'desk-bank-holidays-'));
  try {
    const file = path.join(dir, 'table.mjs');
    await esbuild({
      stdin: {
        contents: [
          "import { tabulateBankHolidays } from './core/deadlines/bankHolidayTable';",
          "import { RENDERER_BANK_HOLIDAY_YEARS as years } from './core/deadlines/rendererBankHolidayYears';",
          "import { ukBankHolidays } from './core/deadlines/ukBankHolidays';",
          'process.stdout.write(JSON.stringify(tabulateBankHolidays(years.from, years.to, ukBankHolidays)));',
        ].join('\n'),
        resolveDir: path.resolve('.'),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: file,
      logLevel: 'warning',
    });
    return JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })) as unknown;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The renderer is served from app://desk in Electron and from 127.0.0.1 in e2e, so every asset
// path is relative. No dev server is part of the product: tests run the built files.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [bankHolidayTable(), react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // Loaded from disk, not the network, so a large chunk is fine; but the first load is kept small: the
    // screens (and with them the editor and the check rules) are split out by the dynamic import()s in
    // src/App.tsx and load after the case list has painted.
    chunkSizeWarningLimit: 3000,
  },
});
