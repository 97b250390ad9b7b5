import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { TABLE_ID, tabulateUkBankHolidays } from './scripts/bankHolidayTableBuild.mjs';

const CALENDAR = path.resolve('core/deadlines/ukBankHolidays.ts');
const BUILT_CALENDAR = path.resolve('core/deadlines/builtUkBankHolidays.ts');

/**
 * The window counts working days from a table of the UK's bank holidays written at build time by the
 * service's own calendar (scripts/bankHolidayTableBuild.mjs): date-holidays, with its every-country
 * rules and calendars (1.3 MB), stays out of the check rules the first case opened loads.
 */
function bankHolidayTable(): Plugin {
  return {
    name: 'desk-uk-bank-holiday-table',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === TABLE_ID) return `\0${TABLE_ID}`;
      if (!importer || importer === BUILT_CALENDAR || !/ukBankHolidays(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === CALENDAR ? BUILT_CALENDAR : null;
    },
    async load(id) {
      return id === `\0${TABLE_ID}` ? `export default ${JSON.stringify(await tabulateUkBankHolidays(path.resolve('.')))};` : null;
    },
  };
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
