import type { Page } from '@playwright/test';
import pg from 'pg';
import { DeskService } from '../../electron/services/deskService';
import { openTeamDesk } from '../../electron/services/openTeamDesk';
import { initTeamWorkspace } from '../../electron/services/pg/pgTeam';
import { startTempCluster, type TempCluster } from '../../electron/services/pg/testing/tempCluster';
import { bridgeDesk } from './deskBridge';
import { expect, test } from './fixtures';

/**
 * Two officers' windows on one team workspace (issue 15): a real PostgreSQL cluster for the spec's
 * worker (electron/services/pg/testing/tempCluster.ts), a fresh database for each test set up as
 * `desk team init` does, two login roles (jo, an officer; sam, a reviewer), and for each a browser
 * page bridged to their own DeskService from openTeamDesk, connected as that role: what the app's
 * service host opens for each officer's copy of the app.
 */
export interface TeamWindow {
  /** The login role, which is also the name "Mine" and the history use. */
  role: 'jo' | 'sam';
  service: DeskService;
  page: Page;
  /** Errors the page logged (CSP violations among them); each test ends with none. */
  errors: string[];
}

export interface TeamWorkspace {
  /** The connection string as the owner (postgres), for checks behind the app's back. */
  ownerUrl: string;
  /** jo: in desk_officer. */
  jo: TeamWindow;
  /** sam: in desk_reviewer. */
  sam: TeamWindow;
}

let made = 0;

export const teamTest = test.extend<{ team: TeamWorkspace }, { teamCluster: TempCluster }>({
  teamCluster: [
    async ({}, use) => {
      const cluster = await startTempCluster('team_e2e');
      await use(cluster);
      cluster.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],

  team: async ({ teamCluster, page, rendererUrl }, use) => {
    const database = `team_${process.pid}_${++made}`;
    const admin = new pg.Client({ connectionString: teamCluster.url });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${database}`);
    } finally {
      await admin.end();
    }
    const ownerUrl = teamCluster.url.replace(/\/[^/]+$/, `/${database}`);
    await initTeamWorkspace(ownerUrl);
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      // Roles belong to the whole server, so a second test on this cluster finds them made.
      await owner.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jo') THEN CREATE ROLE jo LOGIN IN ROLE desk_officer; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sam') THEN CREATE ROLE sam LOGIN IN ROLE desk_reviewer; END IF;
      END $$`);
    } finally {
      await owner.end();
    }
    const as = (role: string) => ownerUrl.replace(/\/\/[^@/]+@/, `//${role}@`);

    const windows: TeamWindow[] = [];
    const openWindow = async (role: 'jo' | 'sam', on: Page): Promise<TeamWindow> => {
      const service = await openTeamDesk(as(role));
      const window: TeamWindow = { role, service, page: on, errors: [] };
      windows.push(window);
      on.on('console', (msg) => {
        if (msg.type() === 'error') window.errors.push(msg.text());
      });
      on.on('pageerror', (err) => window.errors.push(err.message));
      await bridgeDesk(on, () => service);
      await on.goto(rendererUrl);
      return window;
    };
    try {
      const jo = await openWindow('jo', page);
      const sam = await openWindow('sam', await page.context().newPage());
      await use({ ownerUrl, jo, sam });
      for (const w of windows) expect(w.errors, `${w.role}'s page logged errors`).toEqual([]);
    } finally {
      // The pages first: their long polls (waitForChanges) end with them, then the pools close.
      for (const w of windows) if (w.page !== page) await w.page.close();
      for (const w of windows) await w.service.dispose();
    }
  },
});

export { expect };
