// A stage of `npm test`: Doyensec's electronegativity (the Electron security checklist as static checks)
// over electron/shell, the only code that touches Electron. It parses our TypeScript itself. Fails on
// a finding not in ./suppressions.mjs (each with its reason), on a suppression that matches nothing any
// more, and on a file the tool could not parse (a check it silently skipped would prove nothing).
//
// Offline: the check that compares the Electron version with the latest releases
// (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) needs the internet, so it is left out here; docs/security.md
// says how to run it, with `npm audit`, before a release. The tool also tries for one second to fetch
// updated translations and says "Could not retrieve updated translations" when it cannot: harmless.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SUPPRESSIONS } from './suppressions.mjs';

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity/dist/runner.js');
// Read as a file: tooling never loads the 'electron' package (eslint.config.mjs).
const electronVersion = JSON.parse(readFileSync(new URL('../../node_modules/electron/package.json', import.meta.url), 'utf8')).version;

const input = path.resolve(process.argv[2] ?? 'electron/shell');
const { errors, issues, atomicChecks } = await run(
  {
    input,
    isRelative: true,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: electronVersion,
    severitySet: 'informational',
    confidenceSet: 'tentative',
  },
  false,
);

const problems = [];
for (const e of errors.filter((e) => !e.tolerable)) problems.push(`could not parse ${path.relative(process.cwd(), e.file)}: ${e.message}`);
if (atomicChecks < 10) problems.push(`only ${atomicChecks} checks loaded: the tool is not working as expected`);

const used = new Set();
for (const issue of issues) {
  const file = String(issue.file);
  const i = SUPPRESSIONS.findIndex((s) => s.check === issue.id && s.file === file && (s.sample === undefined || String(issue.sample ?? '').includes(s.sample)));
  if (i >= 0) {
    used.add(i);
    console.log(`suppressed  ${issue.id} ${file}:${issue.location.line} (reason and proof: scripts/electronegativity/suppressions.mjs)`);
  } else {
    problems.push(`${issue.id} ${file}:${issue.location.line}:${issue.location.column} ${issue.description}: fix it, or add it to scripts/electronegativity/suppressions.mjs with the reason and the test that proves it`);
  }
}
SUPPRESSIONS.forEach((s, i) => {
  if (!used.has(i)) problems.push(`suppression ${s.check} ${s.file} matches nothing any more: remove it from scripts/electronegativity/suppressions.mjs`);
});

console.log(`electronegativity ${require('@doyensec/electronegativity/package.json').version}, Electron ${electronVersion}: ${atomicChecks} checks, ${issues.length} findings, ${used.size} suppressed with a reason.`);
if (problems.length) {
  for (const p of problems) console.error(`FAIL ${p}`);
  process.exit(1);
}
