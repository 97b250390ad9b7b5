import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code; integration tests (real SQLite, real exports) live in electron/.
// e2e/ belongs to Playwright and is never collected here. One project per layer, so each runs alone:
//   npx vitest run --project core      (or services, cli, shell, renderer, scripts)
// Timings are not asserted here: `npm run bench` measures them.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'core', include: ['core/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'services', include: ['electron/services/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'cli', include: ['electron/cli/**/*.test.ts', 'electron/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'shell', include: ['electron/shell/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.{ts,tsx}'],
          // The components run in happy-dom (no browser to start): enough DOM for React and Testing Library.
          environment: 'happy-dom',
          setupFiles: ['renderer/testing/setupComponentTests.ts'],
        },
      },
      { extends: true, test: { name: 'scripts', include: ['scripts/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
