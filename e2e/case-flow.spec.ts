import { test, expect, expectAccessible } from './support/fixtures';

test('create a case, see its deadline, and find it all again after a restart', async ({ app, workspace }) => {
  await expect(app.getByRole('heading', { name: 'Your requests' })).toBeVisible();
  await expectAccessible(app, 'the empty workspace');

  await app.keyboard.press('Control+n');
  await expect(app.getByRole('heading', { name: 'New case' })).toBeVisible();
  await app.getByLabel('Reference').fill('5024007');
  await app.getByLabel('Regime').selectOption('foia');
  await app.getByLabel('Date received').fill('2024-12-20');
  await app.getByLabel('Title').fill('Contact centre and use of AI');
  await app.getByLabel('Name', { exact: true }).fill('Alex Requester');
  await app.getByLabel('Email', { exact: true }).fill('alex@example.org');
  await app.getByLabel('Request', { exact: true }).fill('1. Do you have a contact centre?\n2. How many agents do you employ?');
  await expectAccessible(app, 'the new case form');
  await app.getByRole('button', { name: 'Create case' }).click();

  await expect(app.getByRole('heading', { name: 'Contact centre and use of AI' })).toBeVisible();
  // Received Fri 20 Dec 2024 under FOIA: Christmas, Boxing Day and New Year's Day (and 2 Jan in Scotland) are skipped.
  await expect(app.getByTestId('due-date')).toHaveText('Thursday 23 January 2025');
  await expect(app.getByTestId('days-left')).toContainText('overdue');
  await expectAccessible(app, 'the case screen');

  // An edit to the request is autosaved without a Save button.
  await app.getByLabel('Request text').fill('1. Do you have a contact centre?\n2. How many agents do you employ?\n3. Who supplies it?');
  await expect(app.getByText('All changes saved')).toBeVisible();

  // Restart: a new service on the same file, a fresh page load.
  workspace.restart();
  await app.reload();
  await expect(app.getByRole('button', { name: /5024007/ })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Contact centre and use of AI' })).toBeVisible();
  await expect(app.getByTestId('due-date')).toHaveText('Thursday 23 January 2025');
  await expect(app.getByLabel('Request text')).toHaveValue(/3\. Who supplies it\?/);

  const stored = await workspace.service.getCase({ id: (await workspace.service.listCases({ filter: 'all', search: '' }))[0]!.id });
  expect(stored.requester).toEqual({ name: 'Alex Requester', email: 'alex@example.org', address: '' });
});

test('a duplicate reference is refused with a clear message and nothing is lost', async ({ app }) => {
  for (const attempt of [1, 2]) {
    await app.getByRole('button', { name: 'New case' }).click();
    await app.getByLabel('Reference').fill('FOI-100');
    await app.getByLabel('Title').fill(`Attempt ${attempt}`);
    await app.getByRole('button', { name: 'Create case' }).click();
    if (attempt === 1) await expect(app.getByRole('heading', { name: 'Attempt 1' })).toBeVisible();
  }
  await expect(app.getByRole('alert')).toContainText('A case with reference FOI-100 already exists');
  await expect(app.getByLabel('Title')).toHaveValue('Attempt 2');
});
