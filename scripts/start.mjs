// `npm start`: builds everything, then runs the app in Electron.
//   node scripts/start.mjs [--no-build]
// Electron's program is downloaded on first use by node_modules/electron. Where that cannot
// happen (no network), this prints one paragraph saying what to do and exits 1, within 60 s.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron } from './build-electron.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAIN = path.join(ROOT, 'dist', 'electron', 'main.mjs');
const RESOLVE_TIMEOUT_MS = 60_000;
const require = createRequire(import.meta.url);

/** Runs a command with our stdio; resolves with its exit code. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(err.message);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function buildAll() {
  const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const code = await run(process.execPath, [viteBin, 'build']);
  if (code !== 0) {
    console.error('The renderer build (vite build) failed; see above.');
    process.exit(code);
  }
  await buildElectron();
}

function killTree(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    else process.kill(-child.pid, 'SIGKILL'); // the whole group: index.js's download runs in a grandchild
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * `require('electron')` returns the program's path, downloading it first if missing. It blocks
 * (spawnSync) while downloading, so it runs in a child process we can stop after 60 s.
 * Resolves with { path } or { reason }.
 */
function resolveElectron() {
  const MARK = '@@electron-path@@';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', `process.stdout.write(${JSON.stringify(MARK)} + require('electron'))`], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child);
    }, RESOLVE_TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ reason: err.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const at = stdout.lastIndexOf(MARK);
      const found = at >= 0 ? stdout.slice(at + MARK.length).trim() : '';
      if (!timedOut && code === 0 && found && existsSync(found)) return resolve({ path: found });
      if (timedOut) return resolve({ reason: `the download did not finish within ${RESOLVE_TIMEOUT_MS / 1000} seconds` });
      if (found) return resolve({ reason: `there is no program at ${found}` });
      resolve({ reason: firstErrorLine(stderr) });
    });
  });
}

/** The most telling line of a failed download, e.g. "RequestError: getaddrinfo ENOTFOUND github.com". */
function firstErrorLine(stderr) {
  const lines = stderr.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const cause = lines.find((l) => /^\w*Error\b/.test(l) && !/Electron failed to install correctly/.test(l));
  return cause ?? lines.find((l) => /error/i.test(l)) ?? 'the download failed';
}

function explainMissingElectron(reason) {
  let version = '45';
  try {
    version = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    // keep the major version
  }
  const paragraph =
    `Disclosure Desk cannot start here: Electron's program (the desktop runtime, version ${version}) could not be found or downloaded into node_modules/electron (${reason}). ` +
    `To fix it, on a machine with internet access run \`npx install-electron\`, or delete node_modules/electron and run \`npm ci\`; ` +
    `or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron ${version} and run \`npm start\` again. ` +
    `Everything else works without Electron: the command-line tool (\`node dist/cli.js\`) and the tests (\`npm test\`).`;
  console.error(`\n${paragraph}\n`);
}

/** `electron .` when package.json's "main" is our bundle (so the app gets its name and version), else the file itself. */
function appArgument() {
  try {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    if (pkg.main && path.resolve(ROOT, pkg.main) === MAIN) return '.';
  } catch {
    // fall through
  }
  return MAIN;
}

async function main() {
  if (!process.argv.includes('--no-build')) await buildAll();
  if (!existsSync(MAIN)) {
    console.error(`${path.relative(ROOT, MAIN)} is missing: run without --no-build.`);
    process.exit(1);
  }
  const electron = await resolveElectron();
  if (!electron.path) {
    explainMissingElectron(electron.reason);
    process.exit(1);
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
  const child = spawn(electron.path, [appArgument()], { cwd: ROOT, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => {
    explainMissingElectron(err.message);
    process.exit(1);
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
