import { test, expect, expectAccessible } from './support/fixtures';

const REQUEST = `Dear FOI team,

Please provide the following:
1. How many contact centre agents do you employ?
2. Do agents work from home?
3. Which telephony system do you use?
4. When does the contract end?

Kind regards,
Pat`;

test('paste a request, split it, answer three questions (one answer covering two), mark one not held, reload', async ({ app, workspace }) => {
  await workspace.service.createCase({ ref: 'FOI-2024-001', title: 'Contact centre', regime: 'foia', received: '2024-05-01', requester: { name: 'Pat Doe', email: 'pat@example.org', address: '' }, requestText: '' });
  await app.reload();
  await app.getByRole('button', { name: /FOI-2024-001/ }).click();

  await app.getByLabel('Request text').fill(REQUEST);
  await app.getByRole('button', { name: 'Split into questions' }).click();
  // The split is shown for correction first: four questions, greeting and sign-off left out.
  await expect(app.getByRole('list', { name: 'Correct the split' }).getByRole('listitem')).toHaveCount(4);
  await expectAccessible(app, 'correcting the split');
  await app.getByRole('button', { name: 'Done correcting' }).click();

  // Question 1: a plain answer.
  await app.getByRole('button', { name: 'Answer question 1' }).click();
  await app.keyboard.type('We employ 12 advisers and 2 managers.');

  // Questions 3 and 4 answered together.
  await app.getByLabel('Select question 3 to answer with others').check();
  await app.getByLabel('Select question 4 to answer with others').check();
  await app.getByRole('button', { name: 'Answer 3–4 together' }).click();
  await expect(app.getByText('In relation to questions 3–4')).toBeVisible();
  await app.keyboard.type('We use Webex; the contract ends in April 2025.');

  // Question 2: not held.
  await app.getByRole('button', { name: 'Answer question 2' }).click();
  await app.keyboard.type('We do not record where agents work.');
  await app.getByRole('region', { name: 'Answer to question 2' }).getByLabel('Outcome').selectOption('not-held');
  await expect(app.getByRole('region', { name: 'Answer to question 2' }).getByRole('status')).toHaveText('All changes saved');
  await expectAccessible(app, 'drafting answers');

  // Restart on the same file and reload: everything is there.
  workspace.restart();
  await app.reload();
  await app.getByRole('button', { name: /FOI-2024-001/ }).click();
  await expect(app.getByRole('region', { name: 'Answer to question 1' })).toContainText('We employ 12 advisers and 2 managers.');
  await expect(app.getByRole('region', { name: 'Answer to questions 3–4' })).toContainText('We use Webex; the contract ends in April 2025.');
  await expect(app.getByRole('region', { name: 'Answer to question 2' })).toContainText('Information not held');
  const [summary] = await workspace.service.listCases({ filter: 'all', search: '' });
  expect(summary).toMatchObject({ questionCount: 4, answeredCount: 4 });
});
