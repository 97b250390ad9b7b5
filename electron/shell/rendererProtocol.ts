import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST } from './appOrigin';

/**
 * Serves the built renderer (dist/renderer) for the app:// scheme. Plain Node and Fetch types, no
 * 'electron' import, so it is unit-tested in Node; ./main.ts hands it to protocol.handle.
 */

// Electron security checklist #7, "Define a Content Security Policy": sent as a header on every
// response (a header, unlike a <meta>, also covers the error pages and cannot be edited out of
// the HTML). Only our own scripts run; inline styles are allowed because the editor sets them.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `rendererDir`, or null if it would leave that folder.
 * Resolve first, then check: percent-encoded dots and slashes (or backslashes on Windows) are
 * decoded before resolving, so no spelling of "../" can escape.
 */
export function resolveRendererPath(rendererDir: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const target = path.resolve(root, '.' + (decoded === '/' || decoded === '' ? '/index.html' : decoded));
  const relative = path.relative(root, target);
  if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return null;
  return target;
}

function respond(status: number, body: Uint8Array | string | null, contentType: string): Response {
  return new Response(body as BodyInit | null, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * A protocol handler for app://desk/…. Only GET and HEAD. A missing path without a file
 * extension gets index.html, so reloading on an in-app route still opens the app.
 */
export function createRendererHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed', 'text/plain; charset=utf-8');
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    const file = resolveRendererPath(rendererDir, url.pathname);
    if (!file) return respond(403, 'Forbidden', 'text/plain; charset=utf-8');

    const candidates = path.extname(file) === '' ? [file, path.join(rendererDir, 'index.html')] : [file];
    for (const candidate of candidates) {
      try {
        const bytes = await readFile(candidate);
        return respond(200, request.method === 'HEAD' ? null : new Uint8Array(bytes), mimeTypeFor(candidate));
      } catch (err) {
        if (!isMissing(err)) return respond(500, 'The file could not be read', 'text/plain; charset=utf-8');
      }
    }
    return respond(404, 'Not found', 'text/plain; charset=utf-8');
  };
}
