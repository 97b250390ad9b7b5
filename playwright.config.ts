import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium';

// Debian's Chromium, never a downloaded browser. The renderer is served from 127.0.0.1 by a
// worker fixture (e2e/support/fixtures.ts), because file:// blocks module scripts.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  // One retry, reported as "flaky" (scripts/test.mjs counts it, and the list shows it): on these 2-core
  // machines a test now and then fails with "Target page, context or browser has been closed" at its
  // start or end, after another test's PDF export; the cause (the service's in-process print browser
  // shutting down under Playwright's own instrumentation) is open in the issue 13 note. A test that
  // fails twice still fails.
  retries: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  // The scale test measures long tasks in the page, which a second browser running beside it on a
  // 2-core machine stretches past its 100 ms bar at random; it runs alone, after the flows.
  projects: [
    { name: 'flows', testIgnore: /scale\.spec\.ts$/ },
    { name: 'timing', testMatch: /scale\.spec\.ts$/, dependencies: ['flows'] },
  ],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
