// Lint, run by `npm test` (and `npm run lint`). Two jobs:
//  1. the recommended (not type-checked) rules of ESLint and typescript-eslint, and React's rules of hooks;
//  2. the layering of DESIGN.md as lint rules: each folder names the packages and folders it may import
//     (desk/allowed-imports), and product code may not import devDependencies (desk/no-dev-dependencies).
//     Both rules see static imports, re-exports, `import('x')` and `require('x')`.
// The rules themselves live in scripts/lint/; scripts/lint/importRules.test.ts proves each one fires.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import desk from './scripts/lint/plugin.mjs';

/** Tests and the helpers only tests use: held to the layer's folders, but may use the test tooling. */
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/test-support/**', '**/testing/**'];
const SOURCE = ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'];

/** The editor's schema is shared by core (exporters, checks) and the renderer (editing). */
const TIPTAP = ['@tiptap/core', '@tiptap/pm', '@tiptap/starter-kit', '@tiptap/extension-table'];
const TEST_TOOLS = ['vitest', 'fast-check'];

/** One block per layer: which packages, Node built-ins and project folders its product files may use. */
const layer = (name, files, allowed, testsMayAlso = {}) => [
  { files, ignores: TESTS, rules: { 'desk/allowed-imports': ['error', { layer: name, ...allowed }] } },
  {
    files: files.filter((f) => f.endsWith('/**')).flatMap((f) => TESTS.map((t) => f.slice(0, -2) + t)),
    rules: {
      'desk/allowed-imports': [
        'error',
        {
          layer: `${name} (tests)`,
          ...allowed,
          packages: testsMayAlso.packages === 'any' ? 'any' : [...allowed.packages, ...TEST_TOOLS, ...(testsMayAlso.packages ?? [])],
          forbid: ['electron'].filter((p) => !allowed.packages.includes(p)),
          nodeBuiltins: testsMayAlso.nodeBuiltins ?? allowed.nodeBuiltins,
          folders: [...allowed.folders, ...(testsMayAlso.folders ?? [])],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/', '.bench/', 'docs/'] },
  { files: SOURCE, extends: [js.configs.recommended, tseslint.configs.recommended] },
  {
    files: SOURCE,
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'react-hooks': reactHooks, desk },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // Unused names: `_`-prefixed ones are deliberate (a parameter a signature needs, a destructured rest).
      // Off: this code matches control characters on purpose (Word's vertical tab and form feed in pastes,
      // CSS and XML escaping), and the rule cannot tell that from a mistake.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  { files: ['renderer/**', 'e2e/**'], languageOptions: { globals: { ...globals.browser } } },
  {
    // Playwright's fixtures are not React: their `use` callback is not a hook, and a fixture that needs
    // no other fixture must still destructure an empty first argument (Playwright reads its parameters).
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off', 'no-empty-pattern': 'off' },
  },

  // --- The layers (DESIGN.md "The shape") -------------------------------------------------------
  // virtual:uk-bank-holidays: the table of bank holidays each build writes (scripts/bankHolidayTableBuild.mjs),
  // read by core/deadlines/builtUkBankHolidays.ts, which the builds put in place of the calendar.
  ...layer('core/', ['core/**'], { packages: ['zod', 'date-holidays', ...TIPTAP, 'virtual:uk-bank-holidays'], nodeBuiltins: false, folders: ['core'] }, {
    // Tests beside the domain read the sample requests and clause files from disk.
    nodeBuiltins: true,
    folders: ['fixtures', 'templates', 'examples'],
  }),
  ...layer('renderer/', ['renderer/**'], { packages: ['react', 'react-dom', 'zod', '@tiptap/react', ...TIPTAP], nodeBuiltins: false, folders: ['renderer', 'core'] }, {
    packages: ['@testing-library/react', '@testing-library/user-event', '@testing-library/dom', '@tiptap/html'],
    // Component tests run the real DeskService behind the window's own client (renderer/testing/realDesk.ts),
    // as e2e does: the product's renderer code stays held to core/ and window.desk.
    nodeBuiltins: true,
    folders: ['electron/services'],
  }),
  ...layer(
    'electron/services',
    ['electron/services/**'],
    {
      // pdfjs-dist: the past-log import reads PDFs with it, inside the untrusted worker (./logImport).
      packages: ['better-sqlite3', 'pg', 'docx', 'playwright-core', 'mammoth', 'jszip', '@kenjiuno/msgreader', 'postal-mime', '@tiptap/html', 'happy-dom', 'zod', 'date-holidays', 'pdfjs-dist', ...TIPTAP],
      nodeBuiltins: true,
      folders: ['electron/services', 'core', 'templates', 'assets'],
    },
    // Integration tests read exports back with whatever is installed (jszip, mammoth, cfb...).
    { packages: 'any', folders: ['fixtures', 'e2e/support'] },
  ),
  ...layer('electron/shell', ['electron/shell/**'], { packages: ['electron'], nodeBuiltins: true, folders: ['electron/shell', 'electron/services', 'core', 'assets'] }, {
    // The shell's tests check what the build script ships (the bundled preload).
    folders: ['scripts'],
  }),
  ...layer('the CLI', ['electron/cli/**', 'electron/cli.ts'], { packages: [], nodeBuiltins: true, folders: ['electron/cli', 'electron/cli.ts', 'electron/services', 'core'] }, {
    packages: 'any',
    folders: ['fixtures', 'templates'],
  }),
  {
    // Tooling and browser tests may use anything installed, but never Electron itself: they run in Node.
    files: ['e2e/**', 'scripts/**', '*.config.*'],
    rules: { 'desk/allowed-imports': ['error', { layer: 'tooling', packages: 'any', forbid: ['electron'], nodeBuiltins: true, folders: 'any' }] },
  },
  {
    // What ships: the installer carries dependencies only. 'electron' is the exception: electron-builder
    // requires it in devDependencies, and the Electron runtime provides it to electron/shell.
    files: ['core/**', 'renderer/**', 'electron/**'],
    ignores: TESTS,
    rules: { 'desk/no-dev-dependencies': ['error', { except: ['electron'] }] },
  },
);
