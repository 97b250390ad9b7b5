import { mkdirSync } from 'node:fs';
import { test, expect, expectAccessible } from './support/fixtures';

// Issue 11: an officer typed a sent date into the case screen; every keystroke was saved, the year went
// through 0002, 0020…, the service refused it ("patch.sent: …"), the field reset and the sent date was
// wiped. Dates are now read the UK way when the officer is done, whatever the browser's locale: this
// browser says it is American, and 03/06/2024 must still be 3 June.
test.use({ locale: 'en-US' });

const noRequester = { name: '', email: '', address: '' };

test('a sent date typed key by key is saved once and whole; a wrong one is named in words at the field', async ({ app, workspace }) => {
  const c = await workspace.service.createCase({ ref: 'DATES-1', title: 'Fleet vehicles', regime: 'foia', received: '2024-05-20', requester: noRequester, requestText: '' });
  await workspace.service.updateCase({ id: c.id, patch: { sent: '2024-06-14' } });
  const stored = async () => await workspace.service.getCase({ id: c.id });
  await app.reload();
  await app.getByRole('button', { name: /DATES-1/ }).click();

  const sent = app.getByLabel('Date sent');
  await expect(sent).toHaveValue('14 June 2024');
  await sent.click();
  await sent.press('Control+a');
  await sent.press('Backspace');
  // What the officer did: one key at a time. After each, the workspace still holds the date sent.
  for (const key of '03/06/2024') {
    await sent.press(key);
    expect((await stored()).sent, `after typing "${key}"`).toBe('2024-06-14');
  }
  await sent.press('Enter');
  await expect.poll(async () => (await stored()).sent).toBe('2024-06-03');
  await expect(sent).toHaveValue('3 June 2024');

  // An impossible date: said at the field, in words, and nothing saved.
  await sent.fill('31/02/2024');
  await sent.press('Tab');
  await expect(sent).toHaveAttribute('aria-invalid', 'true');
  await expect(sent).toHaveAccessibleDescription(/^31\/02\/2024 is not a date/);
  await expect(app.getByText('31/02/2024 is not a date')).toBeVisible();
  await expect(app.locator('body')).not.toContainText('patch.');
  expect((await stored()).sent).toBe('2024-06-03');
  await expectAccessible(app, 'the case screen with a date it cannot read');
  // Escape puts the stored date back.
  await sent.press('Escape');
  await expect(sent).toHaveValue('3 June 2024');
  await expect(sent).not.toHaveAttribute('aria-invalid', 'true');

  // A year the clock cannot count is refused in words too, never half saved.
  await sent.fill('3/6/0024');
  await sent.press('Enter');
  await expect(app.getByText(/only years from 1900 to 2199/)).toBeVisible();
  expect((await stored()).sent).toBe('2024-06-03');
  await sent.press('Escape');

  // Short years and month names, in the clock's own dates.
  await app.getByText('Clarification, fees and extensions').click();
  await app.getByLabel('Clarification requested').fill('3/6/24');
  await app.getByLabel('Clarification requested').press('Enter');
  await expect.poll(async () => (await stored()).clock.clarificationRequested).toBe('2024-06-03');
  await app.getByLabel('Clarification received').fill('10 Jun 2024');
  await app.getByLabel('Clarification received').press('Tab');
  await expect.poll(async () => (await stored()).clock.clarificationReceived).toBe('2024-06-10');
  await expect(app.getByLabel('Clarification received')).toHaveValue('10 June 2024');
  await app.getByLabel('Fees notice given').fill('3 June 2024');
  await app.getByLabel('Fees notice given').press('Enter');
  await expect.poll(async () => (await stored()).clock.feeNoticeGiven).toBe('2024-06-03');

  // The calendar beside "Date sent", by keyboard alone: open it, a day on, Enter.
  const sentCalendar = app.locator('.date-field').filter({ has: app.getByLabel('Date sent') }).getByRole('button', { name: 'Choose from a calendar' });
  await sentCalendar.focus();
  await app.keyboard.press('Enter');
  const calendar = app.getByRole('dialog', { name: 'Choose a date: June 2024' });
  await expect(calendar).toBeVisible();
  await expect(calendar.getByRole('button', { name: 'Monday 3 June 2024, chosen' })).toBeFocused();
  await expectAccessible(app, 'the case screen with a calendar open');
  mkdirSync('test-results/screens', { recursive: true });
  await app.locator('.clock-panel').screenshot({ path: 'test-results/screens/clock-panel-calendar.png' });
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Enter');
  await expect.poll(async () => (await stored()).sent).toBe('2024-06-04');
  await expect(calendar).toBeHidden();
  await expect(sentCalendar).toBeFocused();
  await expect(sent).toHaveValue('4 June 2024');

  await app.getByLabel('Fee received').fill('31/02/2024');
  await app.getByLabel('Fee received').press('Tab');
  await expect(app.getByLabel('Fee received')).toHaveAccessibleDescription(/^31\/02\/2024 is not a date/);
  await app.locator('.clock-panel').screenshot({ path: 'test-results/screens/clock-panel-dates.png' });
  expect((await stored()).clock.feeReceived ?? null).toBeNull();
});

test('the New case form reads the received date the UK way and will not create a case from a wrong one', async ({ app, workspace }) => {
  await app.keyboard.press('Control+n');
  await expect(app.getByRole('heading', { name: 'New case' })).toBeVisible();
  await app.getByLabel('Reference').fill('DATES-2');
  await app.getByLabel('Title').fill('Speed cameras');
  const received = app.getByLabel('Date received');
  await received.fill('');
  await received.pressSequentially('3/6/24');
  await received.press('Tab');
  await expect(received).toHaveValue('3 June 2024');

  await received.fill('31/02/2024');
  await app.getByRole('button', { name: 'Create case' }).click();
  await expect(received).toHaveAttribute('aria-invalid', 'true');
  await expect(app.getByText('31/02/2024 is not a date')).toBeVisible();
  await expect(app.getByRole('heading', { name: 'New case' })).toBeVisible();
  expect((await workspace.service.findCaseByRef({ ref: 'DATES-2' })).id).toBeNull();
  await expectAccessible(app, 'the new case form with a date it cannot read');

  await received.fill('03/06/2024');
  await app.getByRole('button', { name: 'Create case' }).click();
  await expect(app.getByRole('heading', { name: 'Speed cameras' })).toBeVisible();
  const id = (await workspace.service.findCaseByRef({ ref: 'DATES-2' })).id;
  expect(id).not.toBeNull();
  expect((await workspace.service.getCase({ id: id! })).received).toBe('2024-06-03');
});
