// `npm test`: every check CI relies on, in order, ending with one line "N passed, N failed".
// Each stage runs even if an earlier one failed (so one run shows everything), except that e2e
// needs a successful build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const failures = [];
const started = Date.now();

function run(label, command, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`--- ${label}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return ok;
}

/** A stage that is one check (typecheck, lint, build) counts as one test. */
function stage(label, command, args) {
  const ok = run(label, command, args);
  if (ok) results.passed++;
  else {
    results.failed++;
    failures.push(label);
  }
  return ok;
}

/** A test runner stage: count its own tests from its JSON report. */
function suite(label, command, args, reportPath, count) {
  rmSync(reportPath, { force: true });
  const ok = run(label, command, args);
  if (!existsSync(reportPath)) {
    results.failed++;
    failures.push(`${label} (no report)`);
    return;
  }
  const { passed, failed } = count(JSON.parse(readFileSync(reportPath, 'utf8')));
  results.passed += passed;
  results.failed += failed;
  if (failed > 0 || !ok) failures.push(label);
  if (!ok && failed === 0) {
    results.failed++;
  }
}

mkdirSync('test-results', { recursive: true });
stage('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
// Lint: the recommended rules, React's rules of hooks, and the folder import rules of DESIGN.md
// (eslint.config.mjs). Warnings fail too, so nothing piles up unread.
stage('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
// The Electron security checklist as static checks over electron/shell; each false positive is
// suppressed with its reason and proving test in scripts/electronegativity/suppressions.mjs.
stage('electronegativity (electron/shell)', 'node', ['scripts/electronegativity/run.mjs', 'electron/shell']);
// The build comes before vitest: the CLI tests run the built dist/cli.js as a user would.
const built = stage('build', 'npm', ['run', '--silent', 'build']);
suite('unit and integration (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json'], 'test-results/vitest.json', (r) => ({
  passed: r.numPassedTests,
  failed: r.numFailedTests,
}));
if (built) {
  suite('end to end (Playwright, Chromium)', 'npx', ['playwright', 'test'], 'test-results/e2e-results.json', (r) => {
    // A test that passed only on its retry counts as passed, but is said, so it is never hidden.
    if (r.stats.flaky > 0) console.log(`${r.stats.flaky} end-to-end test(s) passed only on retry (flaky): see the list above.`);
    return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
  });
} else {
  results.failed++;
  failures.push('end to end (skipped: the build failed)');
}

console.log(`\nTook ${((Date.now() - started) / 1000).toFixed(0)} s.${failures.length ? ` Failed: ${failures.join('; ')}.` : ''}`);
console.log(`${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed === 0 ? 0 : 1);
