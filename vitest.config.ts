import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code; integration tests (real SQLite, real exports) live in electron/.
// e2e/ belongs to Playwright and is never collected here.
export default defineConfig({
  test: {
    include: ['core/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
