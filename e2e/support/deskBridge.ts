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
          invoke: async (method, input) => {
            if (!isDeskMethodName(method)) return { ok: false, error: { code: 'invalid-input', message: 'Unknown request "' + String(method) + '".' } };
            const answer = await window.__deskInvoke(method, input === undefined ? null : JSON.stringify(input));
            if (typeof answer === 'string') return JSON.parse(answer);
            const pieces = [];
            for (let i = 0; i < answer.pieces; i++) pieces.push(await window.__deskPiece(answer.id, i));
            return JSON.parse(pieces.join(''));
          },
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
 * Longer answers (a month's export is megabytes of base64) cross in pieces of this many characters.
 * Playwright hands a binding's answer to the page as one DevTools message, and decoding a 3 MB one
 * held the page for 100-500 ms: a cost of this bridge, not of the app, whose IPC copies the string in
 * a few milliseconds. Pieces keep the bridge out of the long tasks the scale test measures (issue 13).
 */
const PIECE = 128 * 1024;

/** Cut where no character's two halves (an emoji's surrogate pair) would part: each piece is valid text. */
function piecesOf(json: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(json.length, start + PIECE);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(json.slice(start, end));
    start = end;
  }
  return pieces;
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
  const waiting = new Map<number, string[]>();
  let lastId = 0;
  await page.exposeBinding('__deskInvoke', async (source, method: unknown, inputJson: unknown) => {
    const json = JSON.stringify(
      await dispatch(current(), method, typeof inputJson === 'string' ? JSON.parse(inputJson) : undefined, {
        calls,
        // As the app's main process sends progress to the window that asked.
        onProgress: (progress) => void source.page.evaluate((p) => (window as unknown as { __deskProgress?: (p: unknown) => void }).__deskProgress?.(p), progress).catch(() => {}),
      }),
    );
    if (json.length <= PIECE) return json;
    const id = ++lastId;
    const pieces = piecesOf(json);
    waiting.set(id, pieces);
    return { id, pieces: pieces.length };
  });
  await page.exposeBinding('__deskPiece', (_source, id: number, index: number) => {
    const pieces = waiting.get(id) ?? [];
    if (index === pieces.length - 1) waiting.delete(id);
    return pieces[index] ?? '';
  });
  await page.addInitScript({ content: bridgeClientScript() });
}
