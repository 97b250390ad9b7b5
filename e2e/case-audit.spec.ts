import { test, expect, expectAccessible } from './support/fixtures';

// Issue 15's "who changed what", on the case screen. The app's own workspace is on this computer
// (SQLite): the panel lists what it keeps (owners, answers' versions) and says that a team workspace
// records every change; the PostgreSQL trail itself is tested in electron/services/pg/auditTrail.pg.test.ts.

test("the case's changes are shown on request, by keyboard, with UK times, and the screen stays accessible", async ({ app, workspace }) => {
  const service = workspace.service;
  const c = await service.createCase({ ref: 'FOI-2024-090', title: 'Grass cutting', regime: 'foia', received: '2024-05-20', requester: { name: 'A Requester', email: '', address: '' }, requestText: '1. How often?' });
  await service.assignCase({ id: c.id, owner: 'jo.officer' });

  await app.reload();
  await app.getByRole('button', { name: /FOI-2024-090/ }).first().click();
  await expect(app.getByRole('heading', { name: 'Grass cutting' })).toBeVisible();
  const show = app.getByRole('button', { name: 'Show the changes' });
  await show.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Hide the changes' })).toHaveAttribute('aria-expanded', 'true');
  const line = app.locator('.case-audit-list li', { hasText: 'Owner set to jo.officer' });
  await expect(line).toBeVisible();
  await expect(line.locator('time')).toHaveText(/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}, \d\d:\d\d$/);
  await expect(app.getByText(/This workspace is on this computer only/)).toBeVisible();
  await expectAccessible(app, "the case screen with who changed what shown");
});
