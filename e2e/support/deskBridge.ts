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
        window.desk = createDeskClient((method, input) => window.__deskInvoke(method, input));`,
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
 */
export async function bridgeDesk(page: Page, current: () => DeskService): Promise<void> {
  await page.exposeBinding('__deskInvoke', (_source, method: unknown, input: unknown) => dispatch(current(), method, input));
  await page.addInitScript({ content: bridgeClientScript() });
}
