import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createRendererHandler, resolveRendererPath } from './rendererProtocol';

let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'desk-protocol-'));
  rendererDir = path.join(root, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Desk</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(root, 'secret.txt'), 'outside');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createRendererHandler(rendererDir)(new Request(url, { method }));

describe('resolveRendererPath', () => {
  it('maps / to index.html and keeps nested paths inside', () => {
    expect(resolveRendererPath(rendererDir, '/')).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveRendererPath(rendererDir, '/assets/app.js')).toBe(path.join(rendererDir, 'assets', 'app.js'));
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2E%2E/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
  ])('refuses %s', (pathname) => {
    expect(resolveRendererPath(rendererDir, pathname)).toBeNull();
  });
});

describe('createRendererHandler', () => {
  it('serves files with their MIME type and the CSP on every response', async () => {
    const html = await get('app://desk/index.html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await html.text()).toContain('<title>Desk</title>');
    expect((await get('app://desk/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://desk/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const missing = await get('app://desk/assets/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('falls back to index.html for extensionless routes only', async () => {
    expect(await (await get('app://desk/cases/123')).text()).toContain('<title>Desk</title>');
    expect((await get('app://desk/missing.png')).status).toBe(404);
  });

  it('never serves outside the renderer folder, another host, or a write', async () => {
    // The URL parser already folds %2e%2e segments; an encoded slash survives it and is refused here.
    expect(await (await get('app://desk/%2e%2e/secret.txt')).text()).not.toContain('outside');
    expect((await get('app://desk/..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://desk/assets/..%2f..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://desk/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const head = await get('app://desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
