// The worker's entry when the app runs from source (vitest, `node --import tsx`, Playwright's e2e):
// a worker thread does not inherit the parent's TypeScript loader, so tsx compiles the real entry.
// The built app never loads this file: it starts dist/…/untrustedWorker.mjs instead.
// eslint-disable-next-line desk/allowed-imports, desk/no-dev-dependencies -- dev-only entry: the built app never loads it
import { tsImport } from 'tsx/esm/api';

await tsImport('./untrustedWorker.ts', import.meta.url);
