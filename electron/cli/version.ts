import { readFileSync } from 'node:fs';

/** Set by scripts/build-electron.mjs from package.json, so the installed command needs no package.json. */
declare const __DESK_VERSION__: string | undefined;

/** The version `desk --version` prints: baked into dist/cli.js, or read from package.json when run from source. */
export function deskVersion(): string {
  if (typeof __DESK_VERSION__ === 'string') return __DESK_VERSION__;
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
