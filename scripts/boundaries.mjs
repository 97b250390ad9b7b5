// The import rules of DESIGN.md, checked on every `npm test`:
//   core/      pure: no electron, no react, no node:* (tests beside the code may read fixtures)
//   renderer/  only core/ and browser packages: no electron, no node:*, no electron/ folder
//   'electron' is imported by electron/shell only.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs)$/;
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|[\s;])import\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/gm;

export function importsOf(text) {
  const out = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  for (const m of code.matchAll(IMPORT)) out.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return out;
}

function isNodeBuiltin(spec) {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]);
}

/** Problems for one file, given its path relative to the project root (posix separators). */
export function checkFile(relPath, text) {
  const problems = [];
  const area = relPath.split('/')[0];
  const isTest = /\.test\.tsx?$/.test(relPath);
  const inShell = relPath.startsWith('electron/shell/');
  for (const spec of importsOf(text)) {
    const target = spec.startsWith('.') ? relative('.', resolve(dirname(relPath), spec)).split(sep).join('/') : null;
    const say = (why) => problems.push(`${relPath}: imports "${spec}": ${why}`);
    if ((spec === 'electron' || spec.startsWith('electron/')) && !inShell) say("only electron/shell may import 'electron'");
    if (area === 'core') {
      if (/^react(-dom)?(\/|$)/.test(spec) || spec.startsWith('@tiptap/react')) say('core/ is pure: no React');
      if (isNodeBuiltin(spec) && !isTest) say('core/ is pure: no Node built-ins');
      if (target && !target.startsWith('core/')) say('core/ may import only core/');
    }
    if (area === 'renderer') {
      if (isNodeBuiltin(spec)) say('renderer/ runs in the page: no Node built-ins');
      if (target && !(target.startsWith('renderer/') || target.startsWith('core/'))) say('renderer/ may import only renderer/ and core/ (talk to the rest through window.desk)');
    }
    if (relPath.startsWith('electron/services/') && target && (target.startsWith('renderer/') || target.startsWith('electron/shell/'))) {
      say('electron/services is plain Node: no renderer, no shell');
    }
  }
  return problems;
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else if (SOURCE.test(name)) yield full;
  }
}

export function checkProject(root = '.') {
  const problems = [];
  let files = 0;
  // scripts/ is build tooling (the launcher must find Electron's binary), so only the product's folders are held to the rules.
  for (const area of ['core', 'renderer', 'electron', 'e2e']) {
    let entries;
    try {
      entries = [...walk(join(root, area))];
    } catch {
      continue;
    }
    for (const file of entries) {
      files++;
      problems.push(...checkFile(relative(root, file).split(sep).join('/'), readFileSync(file, 'utf8')));
    }
  }
  return { files, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const { files, problems } = checkProject();
  if (problems.length) {
    console.error(`Import boundaries: ${problems.length} problem(s) in ${files} files`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(`Import boundaries: ${files} files, no problems`);
}
