// Bundles the Node side with esbuild:
//   electron/shell/main.ts    -> dist/electron/main.mjs     (Electron main process, ESM)
//   electron/shell/preload.ts -> dist/electron/preload.cjs  (sandboxed preload: one file, requires only 'electron')
//   electron/cli.ts           -> dist/cli.js                (the `desk` command, ESM, executable)
// Usage: `node scripts/build-electron.mjs`, or `import { buildElectron } from './build-electron.mjs'`.
import { build } from 'esbuild';
import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Electron 45 runs Node 22 and Chromium 140; the CLI must run on the Node 20 of our CI machines. */
const ELECTRON_NODE = 'node22';
const CLI_NODE = 'node20';

/**
 * @param {{ root?: string, logLevel?: import('esbuild').LogLevel }} [options]
 * @returns {Promise<{ main: string, preload: string, cli: string }>} the files written
 */
export async function buildElectron({ root = ROOT, logLevel = 'warning' } = {}) {
  const at = (p) => path.join(root, p);
  const out = { main: at('dist/electron/main.mjs'), preload: at('dist/electron/preload.cjs'), cli: at('dist/cli.js') };
  const common = { absWorkingDir: root, bundle: true, platform: 'node', logLevel, legalComments: 'none' };

  // electron/cli.ts may already start with "#!"; esbuild keeps it, and a banner would add a second.
  const cliEntry = at('electron/cli.ts');
  const hasHashbang = (await readFile(cliEntry, 'utf8')).startsWith('#!');

  const [, preloadResult] = await Promise.all([
    // Main: node_modules stay external (better-sqlite3 is native and rebuilt for Electron by
    // electron-builder; the rest ship in node_modules), 'electron' is provided by the runtime.
    // ESM like the CLI: a CJS bundle would require() the packages' CJS builds while esbuild
    // assumes Node's ESM interop (default = module.exports), breaking `import StarterKit from …`.
    build({ ...common, entryPoints: [at('electron/shell/main.ts')], outfile: out.main, format: 'esm', target: ELECTRON_NODE, packages: 'external' }),
    // Preload: a sandboxed preload can require nothing but 'electron' (and a few polyfilled
    // builtins), so core/api and zod are bundled in; minified because it is parsed on every load.
    build({ ...common, entryPoints: [at('electron/shell/preload.ts')], outfile: out.preload, format: 'cjs', target: ELECTRON_NODE, external: ['electron'], metafile: true, minify: true }),
    build({
      ...common,
      entryPoints: [cliEntry],
      outfile: out.cli,
      format: 'esm',
      target: CLI_NODE,
      packages: 'external',
      ...(hasHashbang ? {} : { banner: { js: '#!/usr/bin/env node' } }),
    }),
  ]);

  const preloadImports = Object.values(preloadResult.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  const strays = [...new Set(preloadImports)].filter((p) => p !== 'electron');
  if (strays.length > 0) {
    throw new Error(`The preload must require only 'electron' (it runs sandboxed), but it requires: ${strays.join(', ')}`);
  }

  await chmod(out.cli, 0o755);
  return out;
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
