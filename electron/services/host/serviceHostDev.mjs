// The service host's entry when run from source (tests): a worker thread or a forked child does not
// inherit the parent's TypeScript loader, so tsx compiles the real entry. The built app starts
// dist/electron/serviceHost.mjs instead and never loads this file.
// eslint-disable-next-line desk/allowed-imports, desk/no-dev-dependencies -- dev-only entry: the built app never loads it
import { tsImport } from 'tsx/esm/api';

await tsImport('./serviceHostEntry.ts', import.meta.url);
