import { test, expect, expectAccessible } from './support/fixtures';

// Issue 11: "Split again" used to give every question a new id, so every answer pointed at nothing and
// vanished from the screen, even when the same questions came back.
const request = (q2: string, withTelephony = true) => `Dear FOI team,

Please provide the following:
1. How many contact centre agents do you employ?
2. ${q2}
${withTelephony ? '3. Which telephony system do you use?\n4. When does the contract end?' : '3. When does the contract end?'}

Kind regards,
Pat`;

test('split again keeps each answer on its question, shows and attaches what it cannot place, and undoes', async ({ app, workspace }) => {
  const s = workspace.service;
  const c = await s.createCase({ ref: 'FOI-2024-011', title: 'Contact centre', regime: 'foia', received: '2024-05-01', requester: { name: 'Pat Doe', email: 'pat@example.org', address: '' }, requestText: '' });
  await app.reload();
  await app.getByRole('button', { name: /FOI-2024-011/ }).click();

  // Paste, split, answer three of the four questions.
  const requestText = app.getByLabel('Request text');
  await requestText.fill(request('Do agents work from home?'));
  await app.getByRole('button', { name: 'Split into questions' }).click();
  await app.getByRole('button', { name: 'Done correcting' }).click();
  const answers = { 1: 'We employ 12 advisers.', 2: 'We do not record where agents work.', 3: 'We use Webex.' };
  for (const [n, text] of Object.entries(answers)) {
    await app.getByRole('button', { name: `Answer question ${n}` }).click();
    await app.keyboard.type(text);
  }
  await expect(app.getByRole('region', { name: 'Answer to question 3' }).getByRole('status')).toHaveText('All changes saved');

  // The request text is corrected a little, and split again: every answer stays under its question.
  await requestText.fill(request('Do your agents work from home at all?'));
  const splitAgain = app.getByRole('button', { name: 'Split again' });
  await splitAgain.click();
  const notice = app.getByRole('region', { name: 'The request was split again' });
  await expect(notice).toContainText('Kept 3 answers on their questions.');
  await expect(notice).toBeFocused();
  await expect(splitAgain).not.toBeFocused();
  for (const [n, text] of Object.entries(answers)) await expect(app.getByRole('region', { name: `Answer to question ${n}` })).toContainText(text);
  await expect(app.locator('.q-text', { hasText: 'Do your agents work from home at all?' })).toBeVisible();

  // Question 3 is taken out of the request: its answer is shown, not hidden, and can be attached.
  await requestText.fill(request('Do your agents work from home at all?', false));
  await splitAgain.click();
  await expect(notice).toContainText('Kept 2 answers on their questions; 1 answer could not be matched.');
  await expect(notice).toBeFocused();
  const unlinked = app.getByRole('region', { name: 'Answers not linked to a question' });
  await expect(unlinked).toContainText('We use Webex.');
  await expect(unlinked).toContainText('Before the split it answered question 3: “Which telephony system do you use?”');
  await expect(app.getByRole('region', { name: 'Answer to question 3' })).toHaveCount(0);
  await expectAccessible(app, 'the case screen after a split that could not place an answer');
  await app.screenshot({ path: test.info().outputPath('resplit-unmatched.png'), fullPage: true });

  // "Go to" from the checks reaches the unlinked answer.
  await app.getByRole('button', { name: /^Checks: / }).click();
  const dangling = app.locator('#checks-list .finding[data-rule="dangling-answer"]');
  await expect(dangling).toHaveCount(1);
  await dangling.getByRole('button', { name: 'Go to' }).click();
  // Focus lands in that answer (its preview, which opens the editor on focus), scrolled into view.
  await expect(unlinked.locator('[data-answer-id] :focus')).toHaveCount(1);
  await expect(unlinked.locator('[data-answer-id] :focus')).toBeInViewport();

  // Undo split: the questions and answers exactly as before, in the store too.
  const before = await s.getCase({ id: c.id });
  await notice.getByRole('button', { name: 'Undo split' }).click();
  await expect(notice).toHaveCount(0);
  await expect(unlinked).toHaveCount(0);
  await expect(app.getByRole('region', { name: 'Answer to question 3' })).toContainText('We use Webex.');
  const undone = await s.getCase({ id: c.id });
  expect(undone.questions.map((q) => [q.number, q.text])).toEqual([
    ['1', 'How many contact centre agents do you employ?'],
    ['2', 'Do your agents work from home at all?'],
    ['3', 'Which telephony system do you use?'],
    ['4', 'When does the contract end?'],
  ]);
  expect(undone.answers.map((a) => a.covers.map((id) => undone.questions.find((q) => q.id === id)?.number))).toEqual([['1'], ['2'], ['3']]);
  expect(before.answers.find((a) => a.covers.length === 0)).toBeTruthy();
  await expect(app.getByRole('button', { name: 'Split again' })).not.toBeFocused();

  // Split without question 3 again, and this time attach the answer to the new question 3 by hand.
  await splitAgain.click();
  await expect(notice).toContainText('1 answer could not be matched');
  await unlinked.getByLabel(/Attach to question/).selectOption({ label: '3 When does the contract end?' });
  await expect(unlinked).toHaveCount(0);
  await expect(app.getByRole('region', { name: 'Answer to question 3' })).toContainText('We use Webex.');
  await expect(notice).toContainText('Kept 3 answers on their questions.');
  await expectAccessible(app, 'the case screen after attaching the answer');

  // Reopened from the store, the answers are where the officer left them.
  workspace.restart();
  await app.reload();
  await app.getByRole('button', { name: /FOI-2024-011/ }).click();
  await expect(app.getByRole('region', { name: 'Answer to question 1' })).toContainText('We employ 12 advisers.');
  await expect(app.getByRole('region', { name: 'Answer to question 3' })).toContainText('We use Webex.');
  await expect(app.getByRole('region', { name: 'Answers not linked to a question' })).toHaveCount(0);
});
