// Bundles the Node side with esbuild:
//   electron/shell/main.ts    -> dist/electron/main.mjs     (Electron main process, ESM)
//   electron/shell/preload.ts -> dist/electron/preload.cjs  (sandboxed preload: one small file, requires only 'electron', no zod)
//   electron/services/host/serviceHostEntry.ts -> dist/electron/serviceHost.mjs (the store's utility
//                                process: DeskService and SQLite, off the main process)
//   electron/cli.ts           -> dist/cli.js                (the `desk` command, ESM, executable)
//                                + dist/cli/*.js               (its commands, split out: each loaded when it runs)
//   electron/services/untrusted/untrustedWorker.ts -> dist/electron/untrustedWorker.mjs and
//                                dist/untrustedWorker.mjs     (the worker that parses files from outside,
//                                beside each bundle that starts it: see untrusted/workerScript.ts)
// Usage: `node scripts/build-electron.mjs`, or `import { buildElectron } from './build-electron.mjs'`.
import { build } from 'esbuild';
import { chmod, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TABLE_ID, tabulateUkBankHolidays } from './bankHolidayTableBuild.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Electron 45 runs Node 22 and Chromium 140; the CLI must run on the Node 20 of our CI machines. */
const ELECTRON_NODE = 'node22';
const CLI_NODE = 'node20';

/**
 * @param {{ root?: string, logLevel?: import('esbuild').LogLevel }} [options]
 * @returns {Promise<{ main: string, preload: string, serviceHost: string, cli: string, mainWorker: string, cliWorker: string }>} the files written
 */
export async function buildElectron({ root = ROOT, logLevel = 'warning' } = {}) {
  const at = (p) => path.join(root, p);
  const out = {
    main: at('dist/electron/main.mjs'),
    preload: at('dist/electron/preload.cjs'),
    serviceHost: at('dist/electron/serviceHost.mjs'),
    cli: at('dist/cli.js'),
    mainWorker: at('dist/electron/untrustedWorker.mjs'),
    cliWorker: at('dist/untrustedWorker.mjs'),
  };
  const common = { absWorkingDir: root, bundle: true, platform: 'node', logLevel, legalComments: 'none' };

  // electron/cli.ts may already start with "#!"; esbuild keeps it, and a banner would add a second.
  const cliEntry = at('electron/cli.ts');
  const hasHashbang = (await readFile(cliEntry, 'utf8')).startsWith('#!');
  // `desk --version` prints this, baked in so the installed command needs no package.json.
  const { version } = JSON.parse(await readFile(at('package.json'), 'utf8'));
  // The chunks' names carry a hash: clear the last build's, so none is left behind.
  await rm(at('dist/cli'), { recursive: true, force: true });

  // The CLI and the service host count working days from the table, as the window does.
  const holidays = bankHolidayTable(root, tabulateUkBankHolidays(root));

  await Promise.all([
    // Main: node_modules stay external (better-sqlite3 is native and rebuilt for Electron by
    // electron-builder; the rest ship in node_modules), 'electron' is provided by the runtime.
    // ESM like the CLI: a CJS bundle would require() the packages' CJS builds while esbuild
    // assumes Node's ESM interop (default = module.exports), breaking `import StarterKit from …`.
    build({ ...common, entryPoints: [at('electron/shell/main.ts')], outfile: out.main, format: 'esm', target: ELECTRON_NODE, packages: 'external' }),
    buildPreload({ root, outfile: out.preload, logLevel }),
    // The service host: everything that touches the workspace, started by main with
    // utilityProcess.fork (electron/shell/serviceHostProcess.ts). Plain Node, like the CLI.
    build({ ...common, entryPoints: [at('electron/services/host/serviceHostEntry.ts')], outfile: out.serviceHost, format: 'esm', target: ELECTRON_NODE, packages: 'external', plugins: [holidays] }),
    // CLI: split, so that each command's code (and the packages it imports at its top level: docx,
    // better-sqlite3, playwright-core…) loads only when that command runs (electron/cli/commandTable.ts);
    // one bundle would hoist every package's import to the top and load them all for `desk --help`.
    build({
      ...common,
      entryPoints: { cli: cliEntry },
      outdir: at('dist'),
      splitting: true,
      chunkNames: 'cli/[name]-[hash]',
      format: 'esm',
      target: CLI_NODE,
      packages: 'external',
      define: { __DESK_VERSION__: JSON.stringify(version) },
      plugins: [holidays],
      ...(hasHashbang ? {} : { banner: { js: '#!/usr/bin/env node' } }),
    }),
    // The untrusted-file worker, once per host: it is found beside the bundle that starts it.
    ...[[out.mainWorker, ELECTRON_NODE], [out.cliWorker, CLI_NODE]].map(([outfile, target]) =>
      build({ ...common, entryPoints: [at('electron/services/untrusted/untrustedWorker.ts')], outfile, format: 'esm', target, packages: 'external' }),
    ),
  ]);

  await chmod(out.cli, 0o755);
  return out;
}

/**
 * core/deadlines/ukBankHolidays.ts (date-holidays: about 95 ms to load, on every command and every
 * start of the service host) replaced by core/deadlines/builtUkBankHolidays.ts, which reads the table
 * written here for every year a date may have; the same swap as the window's (vite.config.ts).
 * @param {string} root
 * @param {Promise<unknown>} table
 * @returns {import('esbuild').Plugin}
 */
function bankHolidayTable(root, table) {
  const calendar = path.join(root, 'core/deadlines/ukBankHolidays.ts');
  const built = path.join(root, 'core/deadlines/builtUkBankHolidays.ts');
  return {
    name: 'desk-uk-bank-holiday-table',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${TABLE_ID}$`) }, () => ({ path: TABLE_ID, namespace: 'desk-bank-holidays' }));
      b.onLoad({ filter: /.*/, namespace: 'desk-bank-holidays' }, async () => ({ contents: `export default ${JSON.stringify(await table)};`, loader: 'js' }));
      b.onResolve({ filter: /ukBankHolidays(\.ts)?$/ }, async (args) => {
        if (args.importer === built || args.pluginData === 'desk-bank-holidays') return null;
        const resolved = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'desk-bank-holidays' });
        return resolved.path === calendar ? { path: built } : null;
      });
    },
  };
}

/**
 * Preload: a sandboxed preload can require nothing but 'electron' (and a few polyfilled builtins),
 * so what it uses of core/api (a list of method names) is bundled in; minified because it is
 * parsed on every load. Exported so a test can build it alone (electron/shell/preloadBundle.test.ts).
 * @param {{ root?: string, outfile: string, logLevel?: import('esbuild').LogLevel }} options
 */
export async function buildPreload({ root = ROOT, outfile, logLevel = 'warning' }) {
  const result = await build({
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    logLevel,
    legalComments: 'none',
    entryPoints: [path.join(root, 'electron/shell/preload.ts')],
    outfile,
    format: 'cjs',
    target: ELECTRON_NODE,
    external: ['electron'],
    metafile: true,
    minify: true,
  });
  const preloadImports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  const strays = [...new Set(preloadImports)].filter((p) => p !== 'electron');
  if (strays.length > 0) {
    throw new Error(`The preload must require only 'electron' (it runs sandboxed), but it requires: ${strays.join(', ')}`);
  }
  return { outfile, inputs: Object.keys(result.metafile.inputs) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildElectron({ logLevel: 'info' }).then(
    (out) => console.log(`Built ${Object.values(out).map((f) => path.relative(ROOT, f)).join(', ')}`),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
