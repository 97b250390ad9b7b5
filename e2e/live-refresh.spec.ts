import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './support/fixtures';
import { DeskService } from '../electron/services/deskService';
import { paragraphDoc as para, seedAnsweredCase } from './support/seedAnsweredCase';

// Live refresh (issue 15): another window on the same workspace file (its own DeskService and SQLite
// connection, as a second window or the CLI has) changes a case; within a second this window's list
// and the open case show it, and a polite line says so, while the answer the officer is typing in
// keeps every word and its focus.

const seedCase = (service: DeskService) =>
  seedAnsweredCase(service, 'FOI-2024-101', [
    { text: 'How many street lights?', answer: 'We hold a count.' },
    { text: 'What do they cost to run?', answer: 'The running cost is' },
    { text: 'Who maintains them?', answer: 'A contractor.' },
  ]);

const preview = (page: Page, n: number) => page.getByRole('group', { name: `Answer to question ${n} (press Enter to edit)` });
const editor = (page: Page, n: number) => page.getByRole('textbox', { name: `Answer to question ${n}` });

/** Milliseconds from now until the page shows what `shown` looks for, checked every frame (expect's own polling is too coarse to time). */
async function msUntil(page: Page, shown: () => boolean): Promise<number> {
  const started = Date.now();
  await page.waitForFunction(shown, null, { polling: 'raf', timeout: 10_000 });
  return Date.now() - started;
}

test('the list and the open case follow another window within a second, and the officer keeps their typing', async ({ app, workspace }) => {
  const caseId = await seedCase(workspace.service);
  const other = new DeskService(workspace.path);
  try {
    await app.reload();
    await app.getByRole('button', { name: /FOI-2024-101/ }).click();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Street lighting');

    // The officer is writing answer 2: these words are theirs, not yet in the store.
    await preview(app, 2).click();
    await editor(app, 2).press('Control+End');
    await app.keyboard.type(' £1.2 million a year');

    // Another window retitles the case and rewrites answer 1.
    const a1 = (await other.getCase({ id: caseId })).answers.find((a) => a.id === 'a1')!;
    await other.updateCase({ id: caseId, patch: { title: 'Street lighting and lamp posts' } });
    await other.saveAnswer({ caseId, answer: { ...a1, doc: para('There are 4,210 street lights.') } });
    const heading = await msUntil(app, () => document.querySelector('#case-title')?.textContent === 'Street lighting and lamp posts');
    const answerShown = await msUntil(app, () => document.querySelector('[data-answer-id="a1"]')?.textContent?.includes('There are 4,210 street lights.') ?? false);
    const listShown = await msUntil(app, () => [...document.querySelectorAll('.case-item')].some((b) => b.textContent?.includes('Street lighting and lamp posts')));
    // Timed one after another from the change: their sum is when all three were on screen.
    console.log(`live refresh, SQLite, another window: heading ${heading} ms, then answer +${answerShown} ms, then list +${listShown} ms`);
    expect(heading + answerShown + listShown).toBeLessThan(1000);
    await expect(app.getByRole('status').filter({ hasText: 'Updated:' })).toHaveText('Updated: case FOI-2024-101 was changed elsewhere.');

    // The officer's answer kept its words and the focus, and they carry on typing.
    await expect(editor(app, 2)).toBeFocused();
    await expect(editor(app, 2)).toContainText('The running cost is £1.2 million a year');
    await app.keyboard.type(', by the 2023 accounts.');
    await expect(app.locator('[data-answer-id="a2"]').getByRole('status')).toHaveText('All changes saved');
    await expectAccessible(app, 'the case screen after another window changed it');

    // Both sides' words are stored: nothing was written over.
    const stored = await other.getCase({ id: caseId });
    expect(JSON.stringify(stored.answers.find((a) => a.id === 'a2')!.doc)).toContain('The running cost is £1.2 million a year, by the 2023 accounts.');
    expect(JSON.stringify(stored.answers.find((a) => a.id === 'a1')!.doc)).toContain('There are 4,210 street lights.');

    // A case made in the other window joins the list, with a note, and the focus stays put.
    await other.createCase({ ref: 'FOI-2024-102', title: 'Bus lanes', regime: 'foia', received: '2024-05-21', requester: { name: '', email: '', address: '' }, requestText: '' });
    const newCase = await msUntil(app, () => [...document.querySelectorAll('.case-item')].some((b) => b.textContent?.includes('FOI-2024-102')));
    console.log(`live refresh, SQLite, another window: new case listed in ${newCase} ms`);
    expect(newCase).toBeLessThan(1000);
    await expect(app.getByRole('status').filter({ hasText: 'Updated:' })).toHaveText('Updated: case FOI-2024-102 was changed elsewhere.');
    await expect(editor(app, 2)).toBeFocused();
    await expectAccessible(app, 'the case list after another window added a case');
  } finally {
    other.close();
  }
});

test("the window's own saves refresh nothing and say nothing", async ({ app, workspace }) => {
  await seedCase(workspace.service);
  await app.reload();
  await app.getByRole('button', { name: /FOI-2024-101/ }).click();
  await preview(app, 1).click();
  await editor(app, 1).press('Control+End');
  await app.keyboard.type(' Of them, 12 are new.');
  await expect(app.locator('[data-answer-id="a1"]').getByRole('status')).toHaveText('All changes saved');
  // Longer than a poll and a refresh: no note arrives for the officer's own save.
  await app.waitForTimeout(1200);
  await expect(app.getByRole('status').filter({ hasText: 'Updated:' })).toHaveCount(0);
});

test('an answer the officer is writing is never replaced: the other side\'s save meets theirs as a conflict', async ({ app, workspace }) => {
  const caseId = await seedCase(workspace.service);
  const other = new DeskService(workspace.path);
  try {
    await app.reload();
    await app.getByRole('button', { name: /FOI-2024-101/ }).click();
    await preview(app, 3).click();
    await editor(app, 3).press('Control+End');
    await app.keyboard.type(' Under a contract to 2027.');
    await expect(app.locator('[data-answer-id="a3"]').getByRole('status')).toHaveText('All changes saved');

    // The other window rewrites the same answer, and the case's title with it.
    const a3 = (await other.getCase({ id: caseId })).answers.find((a) => a.id === 'a3')!;
    await other.saveAnswer({ caseId, answer: { ...a3, doc: para('The council maintains them.') } });
    await other.updateCase({ id: caseId, patch: { title: 'Street lighting maintenance' } });
    await expect(app.getByRole('heading', { level: 1 })).toHaveText('Street lighting maintenance');
    // The answer being written keeps the officer's words, not the other side's.
    await expect(editor(app, 3)).toContainText('A contractor. Under a contract to 2027.');
    await expect(editor(app, 3)).not.toContainText('The council maintains them.');

    // Their next save is checked against the version they started from: a conflict, shown side by side.
    await app.keyboard.type(' Renewed yearly.');
    const conflict = app.locator('[data-answer-id="a3"]').getByRole('alert');
    await expect(conflict.getByRole('heading', { name: /Someone else saved this answer/ })).toBeVisible();
    await expect(conflict.getByTestId('conflict-mine')).toContainText('Renewed yearly.');
    await expect(conflict.getByTestId('conflict-theirs')).toContainText('The council maintains them.');
    // Nothing was written over the other side's words.
    expect(JSON.stringify((await other.getCase({ id: caseId })).answers.find((a) => a.id === 'a3')!.doc)).toContain('The council maintains them.');
    await expectAccessible(app, 'a conflict after another window saved the answer being written');
  } finally {
    other.close();
  }
});
