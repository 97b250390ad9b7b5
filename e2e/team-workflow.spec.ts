import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './support/fixtures';
import { bridgeDesk } from './support/deskBridge';
import { DeskService } from '../electron/services/deskService';
import { seedAnsweredCase, STREET_LIGHTS } from './support/seedAnsweredCase';

// Working together (issue 15): two windows on one workspace, each with its own DeskService on the same
// SQLite file and its own officer. What one does, the other sees after a refresh; a save that another
// officer overtook is shown side by side, never written over; a reviewer returns an answer with a comment.

async function seedCase(service: DeskService): Promise<void> {
  await seedAnsweredCase(service, 'FOI-2024-077', STREET_LIGHTS);
}

async function openCase(page: Page) {
  await page.getByRole('button', { name: /FOI-2024-077/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Street lighting' })).toBeVisible();
}

const answerBlock = (page: Page, n: number) => page.getByRole('region', { name: `Answer to question ${n}`, exact: true });
const preview = (page: Page, n: number) => page.getByRole('group', { name: `Answer to question ${n} (press Enter to edit)` });
const editor = (page: Page, n: number) => page.getByRole('textbox', { name: `Answer to question ${n}` });

async function typeAtEnd(page: Page, n: number, text: string) {
  await preview(page, n).click();
  await editor(page, n).press('Control+End');
  await page.keyboard.type(text);
}

test('two officers on one workspace: assign, a conflict shown side by side, an answer returned with a comment', async ({ app, workspace, rendererUrl }) => {
  await seedCase(workspace.service);
  const sam = new DeskService(workspace.path, { userName: 'Sam Smith' });
  const second = await app.context().newPage();
  try {
    await bridgeDesk(second, () => sam);
    await second.goto(rendererUrl);

    // Jo assigns the case to Sam; Sam's "Mine" lists it once the list is read again.
    await app.reload();
    await openCase(app);
    await app.getByLabel('Assign to').fill('Sam Smith');
    await app.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(app.getByTestId('case-owner')).toHaveText('Sam Smith');
    await second.reload();
    await second.getByLabel('Whose cases').selectOption('mine');
    await expect(second.getByRole('button', { name: /FOI-2024-077/ })).toBeVisible();
    await expectAccessible(second, 'the case list, filtered to Mine');

    // Both have the case open; Sam saves answer 1 first, then Jo's save of the same answer is refused.
    await openCase(second);
    // Jo is already in answer 1 when Sam saves it: live refresh (renderer/src/live) leaves the answer
    // being written alone, so Jo's next save meets Sam's as a conflict instead of taking it in.
    await preview(app, 1).click();
    await typeAtEnd(second, 1, ' There are 4,210.');
    await expect(answerBlock(second, 1).getByRole('status')).toHaveText('All changes saved');
    await editor(app, 1).press('Control+End');
    await app.keyboard.type(' We hold no count.');
    const conflict = answerBlock(app, 1).getByRole('alert');
    await expect(conflict.getByRole('heading', { name: /Someone else saved this answer/ })).toBeVisible();
    await expect(conflict.getByTestId('conflict-mine')).toContainText('We hold no count.');
    await expect(conflict.getByTestId('conflict-theirs')).toContainText('There are 4,210.');
    await expect(conflict.getByTestId('conflict-mine')).not.toContainText('4,210');
    await expectAccessible(app, 'an answer with a conflict shown side by side');
    // Sam's words are still the stored ones.
    expect(JSON.stringify((await sam.getCase({ id: (await sam.findCaseByRef({ ref: 'FOI-2024-077' })).id! })).answers[0]!.doc)).toContain('There are 4,210.');

    // Jo keeps theirs over it, knowingly: saved against the version now stored.
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect(answerBlock(app, 1).getByRole('status')).toHaveText('All changes saved');
    await expect(answerBlock(app, 1).getByRole('alert')).toHaveCount(0);

    // Sam, reviewing, returns answer 2 with a comment; Jo sees it on the answer after a refresh.
    await second.reload();
    await openCase(second);
    await second.getByRole('button', { name: 'Return with a comment…' }).click();
    await second.getByLabel('Answer', { exact: true }).selectOption({ label: 'Answer to question 2' });
    await second.getByLabel('Comment').fill('Give the yearly running cost in pounds.');
    await second.getByRole('button', { name: 'Return to the officer' }).click();
    await expect(second.getByText('Returned to the officer with your comment.')).toBeVisible();
    await expectAccessible(second, 'the case screen after returning an answer');

    await app.reload();
    await openCase(app);
    const note = answerBlock(app, 2).getByRole('complementary', { name: /Reviewer's comment from Sam Smith/ });
    await expect(note).toContainText('Give the yearly running cost in pounds.');
    await expectAccessible(app, 'an answer with a reviewer\'s comment');
    await note.getByRole('button', { name: 'Mark as dealt with' }).click();
    await expect(answerBlock(app, 2).getByRole('complementary')).toHaveCount(0);
  } finally {
    await second.close();
    sam.close();
  }
});
