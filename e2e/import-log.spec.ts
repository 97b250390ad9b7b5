import { fileURLToPath } from 'node:url';
import { test, expect, expectAccessible } from './support/fixtures';

// Past logs in (issue 14): a published log read through File › Import published log…, its preview and
// report checked, then imported as past cases that the list shows with a "Past log" badge.

const EXAMPLE = fileURLToPath(new URL('../../shared/examples/published-log-month.txt', import.meta.url));

test('a past log is previewed with its report, imported, and listed as past cases', async ({ app, workspace }, testInfo) => {
  await app.reload();
  // What File › Import published log… presses in the window.
  await app.keyboard.press('Control+Shift+P');
  const screen = app.getByRole('form', { name: 'Import a published log' });
  await expect(screen).toBeVisible();
  await screen.getByLabel('Month of the log').fill('2024-06');
  await screen.getByLabel('Log file').setInputFiles(EXAMPLE);

  const report = screen.getByRole('region', { name: 'What was found' });
  await expect(report).toContainText('4 entries for June 2024, to be recorded as sent on 30 June 2024.');
  await expect(report).toContainText('The contents list names 2 topics with no entry in the file (was it cut short?): Pursuit related deaths data; Staffordshire Police referrals.');
  await expect(report).toContainText('3 entries have no reference and were given one: LOG-2024-06-02, LOG-2024-06-03, LOG-2024-06-04.');

  const first = screen.getByRole('region', { name: 'IOPC Contact Centre and use of AI' });
  await expect(first.getByLabel('Reference')).toHaveValue('5024007');
  await expect(first).toContainText('How many contact centre agents do you have?');
  await expect(first).toContainText('We currently have a team of 12 Advisors and 2 Managers');
  await expect(first).toContainText('Answers 1.g, 2.a, 2.b, 2.c, 3.a, 3.b');
  const second = screen.getByRole('region', { name: 'IOPC telephony and cloud storage' });
  await expect(second).toContainText('Reference generated');
  // The officer knows this one's own reference.
  await second.getByLabel('Reference').fill('FOI-2024-0611');

  await expectAccessible(app, 'the import log preview');
  await app.screenshot({ path: testInfo.outputPath('import-log-preview.png'), fullPage: false });

  await screen.getByRole('button', { name: 'Import 4 entries' }).click();
  await expect(screen.getByRole('status').filter({ hasText: 'Imported 4 past cases' })).toContainText('Imported 4 past cases from published-log-month.txt.');

  // The list shows them with every case (they are sent), each with its badge; nothing is open work.
  const list = app.getByRole('complementary', { name: 'Cases' });
  for (const ref of ['5024007', 'FOI-2024-0611', 'LOG-2024-06-03', 'LOG-2024-06-04']) {
    await expect(list.getByRole('button', { name: new RegExp(ref) })).toContainText('Past log');
  }
  const stored = await workspace.service.listCases({ filter: 'all', search: '' });
  expect(stored.map((c) => [c.ref, c.status, c.historical])).toEqual(expect.arrayContaining([['FOI-2024-0611', 'sent', true]]));
  await expectAccessible(app, 'the case list with past cases');
});
