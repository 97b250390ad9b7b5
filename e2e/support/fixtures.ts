import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DeskService } from '../../electron/services/deskService';
import { bridgeDesk } from './deskBridge';
import { serveDirectory } from './staticServer';

export interface Workspace {
  path: string;
  service: DeskService;
  /** Close the service and open a new one on the same file: what a restart of the app does. */
  restart(): DeskService;
}

interface Fixtures {
  workspace: Workspace;
  /** A page with window.desk bridged to `workspace`, opened on the app. */
  app: Page;
  /** Messages the page logged as errors (CSP violations among them); each test ends with none. */
  pageErrors: string[];
}

export const test = base.extend<Fixtures, { rendererUrl: string }>({
  rendererUrl: [
    async ({}, use) => {
      const dir = resolve('dist/renderer');
      if (!existsSync(join(dir, 'index.html'))) throw new Error('dist/renderer is not built: run "npm run build" first.');
      const server = await serveDirectory(dir);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  workspace: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'desk-e2e-'));
    const path = join(dir, 'workspace.sqlite');
    const ws: Workspace = {
      path,
      service: new DeskService(path),
      restart() {
        ws.service.close();
        ws.service = new DeskService(path);
        return ws.service;
      },
    };
    await use(ws);
    ws.service.close();
    rmSync(dir, { recursive: true, force: true });
  },

  pageErrors: async ({}, use) => {
    await use([]);
  },

  app: async ({ page, workspace, rendererUrl, pageErrors }, use) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await bridgeDesk(page, () => workspace.service);
    await page.goto(rendererUrl);
    await use(page);
    expect(pageErrors, 'the page logged errors').toEqual([]);
  },
});

/** Fails on any serious or critical axe-core violation on the screen as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `accessibility of ${label}`,
  ).toEqual([]);
}

export { expect };
