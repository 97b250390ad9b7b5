import { test, expect, expectAccessible } from './support/fixtures';

test('an email dropped on the new case form becomes a case with its date, requester and attachments', async ({ app, workspace }) => {
  await app.getByRole('button', { name: 'New case' }).click();
  await app.getByLabel('Start from an email or document').setInputFiles('electron/services/intake/fixtures/request.eml');
  // Sent at 23:45 GMT on Sunday 30 March 2025: already Monday 31 March in the UK (BST). Twenty working
  // days later, skipping Good Friday and Easter Monday, is Wednesday 30 April.
  await expect(app.getByLabel('Date received')).toHaveValue('31 March 2025');
  await expect(app.getByLabel('Name', { exact: true })).toHaveValue('Imogen Thwaite');
  await expect(app.getByLabel('Email', { exact: true })).toHaveValue('imogen.thwaite@example.org');
  await expect(app.getByLabel('Request', { exact: true })).toHaveValue(/residents' parking permits/);
  await expectAccessible(app, 'the new case form filled from an email');
  await app.getByLabel('Reference').fill('FOI-EML-1');
  await app.getByRole('button', { name: 'Create case' }).click();
  await expect(app.getByRole('heading', { name: /parking permits/i })).toBeVisible();
  await expect(app.getByTestId('due-date')).toHaveText('Wednesday 30 April 2025');

  const [summary] = await workspace.service.listCases({ filter: 'all', search: '' });
  const c = await workspace.service.getCase({ id: summary!.id });
  expect(c.received).toBe('2025-03-31');
  expect(c.requester).toMatchObject({ name: 'Imogen Thwaite', email: 'imogen.thwaite@example.org' });
  expect(c.attachments.length).toBeGreaterThan(0);
});

test('a file that is not an email is refused with a next step and the form is kept', async ({ app }) => {
  await app.getByRole('button', { name: 'New case' }).click();
  await app.getByLabel('Reference').fill('KEEP-ME');
  await app.getByLabel('Start from an email or document').setInputFiles({ name: 'broken.msg', mimeType: 'application/vnd.ms-outlook', buffer: Buffer.from('not an outlook message') });
  await expect(app.getByRole('alert')).toContainText('broken.msg');
  await expect(app.getByLabel('Reference')).toHaveValue('KEEP-ME');
});
