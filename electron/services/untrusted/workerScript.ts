import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DeskError } from '../../../core/api/errors';

/**
 * Where the worker's code is. From source this module is a .ts file and the worker is compiled on
 * the fly. In a build this module sits inside a bundle: dist/electron/main.mjs, dist/cli.js, or one
 * of the CLI's chunks in dist/cli/. The build writes untrustedWorker.mjs to dist/electron/ and
 * dist/, so it is beside the bundle or one folder up.
 */
export function untrustedWorkerScript(moduleUrl: string = import.meta.url): URL {
  if (/\.[cm]?tsx?$/.test(new URL(moduleUrl).pathname)) return new URL('./untrustedWorkerDev.mjs', moduleUrl);
  const candidates = [new URL('./untrustedWorker.mjs', moduleUrl), new URL('../untrustedWorker.mjs', moduleUrl)];
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!found) throw new DeskError('internal', `The file reader is missing from this build (looked for ${candidates.map((u) => fileURLToPath(u)).join(' and ')}). Rebuild with npm run build.`);
  return found;
}
