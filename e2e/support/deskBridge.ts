import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { CallRegistry } from '../../core/api/calls';
import { dispatch } from '../../core/api/dispatch';
import type { DeskService } from '../../electron/services/deskService';

let clientScript: string | null = null;

/**
 * The page-side half of the bridge: the same names-only `window.deskBridge` the preload exposes
 * (results and errors as data, a progress feed), calling the binding instead of IPC. The renderer
 * builds its client on it exactly as in the app.
 */
function bridgeClientScript(): string {
  clientScript ??= buildSync({
    stdin: {
      contents: `import { isDeskMethodName } from './core/api/methodNames';
        const listeners = new Set();
        window.__deskProgress = (progress) => listeners.forEach((listener) => listener(progress));
        window.deskBridge = Object.freeze({
          invoke: async (method, input) => isDeskMethodName(method)
            ? JSON.parse(await window.__deskInvoke(method, input === undefined ? null : JSON.stringify(input)))
            : { ok: false, error: { code: 'invalid-input', message: 'Unknown request "' + String(method) + '".' } },
          onProgress: (listener) => { listeners.add(listener); return () => listeners.delete(listener); },
        });`,
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
  const calls = new CallRegistry();
  await page.exposeBinding('__deskInvoke', async (source, method: unknown, inputJson: unknown) =>
    JSON.stringify(
      await dispatch(current(), method, typeof inputJson === 'string' ? JSON.parse(inputJson) : undefined, {
        calls,
        // As the app's main process sends progress to the window that asked.
        onProgress: (progress) => void source.page.evaluate((p) => (window as unknown as { __deskProgress?: (p: unknown) => void }).__deskProgress?.(p), progress).catch(() => {}),
      }),
    ),
  );
  await page.addInitScript({ content: bridgeClientScript() });
}
