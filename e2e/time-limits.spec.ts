import { test, expect, expectAccessible } from './support/fixtures';

// A maintained school's FOIA request: the 20 school days skip the summer closure the officer enters in
// Settings (SI 2004/3364 reg 3), and a fee pause (FOIA s10(2)) recorded on the case moves the date on.
test('a school\'s closure days and a fee pause move the deadline', async ({ app, workspace }) => {
  await workspace.service.createCase({ ref: 'SCH-1', title: 'School trips', regime: 'foia', received: '2024-07-01', requester: { name: '', email: '', address: '' }, requestText: '' });
  await app.reload();

  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByLabel(/Maintained school or academy/).check();
  await app.getByRole('button', { name: 'Add closure days' }).click();
  await app.getByLabel('Closure name').fill('Summer holiday');
  await app.getByLabel('First day').fill('2024-07-22');
  await app.getByLabel('Last day').fill('2024-09-03');
  await expectAccessible(app, 'the time limit settings');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Settings saved.')).toBeVisible();

  await app.getByRole('button', { name: /SCH-1/ }).click();
  // Tue 2 to Fri 19 July: 13 school days (12 July is a bank holiday in Northern Ireland); closed to
  // Tue 3 September; the 20th school day is Thursday 12 September.
  await expect(app.getByTestId('due-date')).toHaveText('Thursday 12 September 2024');
  await expect(app.getByTestId('time-limit-basis')).toContainText('20 school days');

  await app.getByText('Clarification, fees and extensions').click();
  // The fee's arrival first: an awaited fee would pause the clock up to today (years after 2024), which
  // the deadline sets aside as a slip, so the open pause is tested in core and in ClockPanel's tests.
  await app.getByLabel('Fee received').fill('2024-07-10');
  await app.getByLabel('Fee received').press('Enter');
  await expect(app.getByTestId('due-date')).toHaveText('Thursday 12 September 2024');
  await app.getByLabel('Fees notice given').fill('2024-07-08');
  await app.getByLabel('Fees notice given').press('Enter');
  // Mon 8 to Wed 10 July do not count: three school days later, Tuesday 17 September.
  await expect(app.getByTestId('fee-pause')).toContainText('(fee received)');
  await expect(app.getByTestId('due-date')).toHaveText('Tuesday 17 September 2024');
  await expectAccessible(app, 'the case screen with a fee pause');
});
