import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './support/fixtures';

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

test('a refusal under s31(1)(a) without a public interest test is flagged beside the answer, and the flag goes once the test is added', async ({ app, workspace }) => {
  const s = workspace.service;
  const c = await s.createCase({ ref: 'CHK-1', title: 'Telephony supplier', regime: 'foia', received: '2024-05-01', requester: { name: 'Pat Doe', email: 'pat@example.org', address: '' }, requestText: '1. Who supplies your telephony?' });
  await s.updateCase({ id: c.id, patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'Who supplies your telephony?', heading: false }] } });
  await s.saveAnswer({ caseId: c.id, answer: { id: 'a1', covers: ['q1'], doc: para('This is exempt under section 31(1)(a) of the FOIA because naming the supplier would be likely to help an attacker plan a phishing campaign against us.'), disposition: 'exempt', exemptions: ['s31(1)(a)'], redirectTo: '' } });
  await app.reload();
  await app.getByRole('button', { name: /CHK-1/ }).click();

  const answer = app.getByRole('region', { name: 'Answer to question 1' });
  const piFinding = answer.locator('.finding[data-rule="public-interest-test-missing"]');
  await expect(piFinding).toBeVisible();
  await expect(piFinding).toContainText('Error');
  await expectAccessible(app, 'a case with check findings');

  // Add the public interest test in the answer itself.
  await answer.getByRole('group').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.press('Enter');
  await app.keyboard.type(
    'In favour of disclosure, there is a public interest in transparency about how public money is spent on contracts. ' +
      'In favour of maintaining the exemption, there is a strong public interest in protecting our systems from attack. ' +
      'We have concluded that the public interest in maintaining the exemption outweighs the public interest in disclosure.',
  );
  await expect(piFinding).toHaveCount(0);
});

test('exporting a month whose entry carries the requester\'s email is blocked and names the entry', async ({ app, workspace }) => {
  const bundle = JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8'));
  bundle.cases[1].answers[0].html = '<p>We wrote to sam@example.net about this on 3 June.</p>';
  await workspace.service.importBundle({ bundle, replace: false });
  await app.reload();
  await app.getByRole('button', { name: 'Disclosure log' }).click();
  await app.getByLabel('Month').fill('2024-06');
  await expect(app.getByRole('list', { name: 'Entries in publication order' }).getByRole('listitem')).toHaveCount(2);
  await app.getByRole('button', { name: 'Export PDF' }).click();
  const dialog = app.getByRole('dialog', { name: /Before the June 2024 log is published/ });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('5024113');
  await expect(dialog).toContainText('sam@example.net');
  await expectAccessible(app, 'the publication checks dialog');
  await dialog.getByRole('button', { name: 'Go back and fix' }).click();
  await expect(dialog).toHaveCount(0);
});
