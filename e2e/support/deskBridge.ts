import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { dispatch } from '../../core/api/dispatch';
import type { DeskService } from '../../electron/services/deskService';

let clientScript: string | null = null;

/**
 * The page-side half of the bridge: the same createDeskClient the preload uses, bundled for the
 * page, calling the binding instead of IPC.
 */
function bridgeClientScript(): string {
  clientScript ??= buildSync({
    stdin: {
      contents: `import { createDeskClient } from './core/api/client';
        window.desk = createDeskClient(async (method, input) =>
          JSON.parse(await window.__deskInvoke(method, input === undefined ? null : JSON.stringify(input))));`,
      resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
  }).outputFiles[0]!.text;
  return clientScript;
}

/**
 * Binds `window.desk` in the page to a real DeskService through the one dispatch, so every e2e test
 * exercises the real validation, store and exporters. `current()` lets a test swap the service to
 * simulate a restart on the same file.
 * Calls cross as JSON text: Playwright's own encoding of a large object (a 200-answer case) takes
 * hundreds of milliseconds, where Electron's structured clone takes a few; a string costs neither.
 */
export async function bridgeDesk(page: Page, current: () => DeskService): Promise<void> {
  await page.exposeBinding('__deskInvoke', async (_source, method: unknown, inputJson: unknown) =>
    JSON.stringify(await dispatch(current(), method, typeof inputJson === 'string' ? JSON.parse(inputJson) : undefined)),
  );
  await page.addInitScript({ content: bridgeClientScript() });
}
