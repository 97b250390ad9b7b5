import { test, expect } from './support/fixtures';
import { openWorkspaceDb } from '../electron/services/workspaceDb';
import { writeGeneratedCases } from '../scripts/generateWorkspace';

// Issue 13: at the size of a real office the window keeps painting. The list is paged and searched in
// SQL, so typing, opening a case and typing an answer never block the page for long.
test('on a 5,000-case workspace: search, open a case and type an answer with no long task over 100 ms', async ({ app, workspace }) => {
  test.setTimeout(120_000);
  workspace.service.close();
  const db = openWorkspaceDb(workspace.path);
  writeGeneratedCases(db, { cases: 5_000 });
  db.close();
  workspace.restart();

  await app.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
  await app.reload();
  // One page of the list, not 5,000 rows, and more on asking.
  await app.getByRole('combobox', { name: 'Show' }).selectOption('all');
  await expect(app.getByRole('list', { name: '100+ cases' })).toBeVisible();
  await app.getByRole('button', { name: 'Show more cases' }).click();
  await expect(app.getByRole('list', { name: '200+ cases' })).toBeVisible();
  // Loading code is not what this test measures: the page's first parse, and the case screen's own
  // chunk, which loads on the first case opened (one task of 100-150 ms on these machines: see the
  // issue 13 note). So one case is opened first, then the clock starts.
  await app.getByRole('list', { name: '200+ cases' }).getByRole('button').first().click();
  await expect(app.getByRole('heading', { name: 'Questions and answers' })).toBeVisible();
  await app.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));

  await app.getByLabel('Search cases').pressSequentially('gritting', { delay: 40 });
  const first = app.getByRole('list', { name: /cases?$/ }).getByRole('button').first();
  await expect(first).toContainText(/gritting/i);
  await first.click();
  await expect(app.getByRole('heading', { name: /gritting/i })).toBeVisible();

  const answerButton = app.getByRole('button', { name: /^Answer question \d+$/ }).first();
  if (await answerButton.count()) await answerButton.click();
  else await app.getByRole('region', { name: /^Answer to question/ }).first().locator('[contenteditable="true"]').click();
  await app.keyboard.type(' The routes are on our website.', { delay: 20 });
  await expect(app.getByText('All changes saved').first()).toBeVisible();

  const longTasks = await app.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  expect(longTasks.filter((ms) => ms > 100), `long tasks: ${longTasks.map(Math.round).join(', ')} ms`).toEqual([]);
});
