import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, type Workspace } from './support/fixtures';
import type { Answer } from '../core/model';

// Issue 11, the gaps after the first pass: every edit of a sent case asks why (and the service refuses
// one without a reason), the checks summary's own fix buttons work, a blank in the letter's closing
// section is reported, and an undo of a split is never overwritten by a late autosave.

const para = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function seedSentCase(workspace: Workspace): Promise<string> {
  const s = workspace.service;
  await s.saveOrganisation({ ...(await s.getWorkspace()).organisation, name: 'Exampleshire County Council', contactEmail: 'foi@exampleshire.gov.uk', reviewAddress: 'FOI Team, County Hall, Exampletown EX1 1AA' });
  const c = await s.createCase({ ref: 'FOI-2024-077', title: 'Telephony', regime: 'foia', received: '2024-05-20', requester: { name: 'Jo Bloggs', email: 'jo@example.org', address: '' }, requestText: '1. How many calls did you receive?' });
  await s.updateCase({ id: c.id, patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'How many calls did you receive?', heading: false }] } });
  const answer: Answer = { id: 'a1', covers: ['q1'], doc: para('We received 120 calls.'), disposition: 'answered', exemptions: [], redirectTo: '' };
  await s.saveAnswer({ caseId: c.id, answer });
  await s.updateCase({ id: c.id, patch: { status: 'sent', sent: '2024-06-03' } });
  return c.id;
}

async function openCase(app: Page, ref: string, title: string) {
  await app.reload();
  // A sent case is under "All cases", not the open ones the list shows first.
  await app.getByLabel('Show').selectOption('all');
  await app.getByRole('button', { name: new RegExp(ref) }).first().click();
  await expect(app.getByRole('heading', { name: title, level: 1 })).toBeVisible();
}

test('Sent means sent on the whole case screen: request, letter, status and dates ask why; the service refuses a change without a reason', async ({ app, workspace }) => {
  const id = await seedSentCase(workspace);
  const sentHtml = (await workspace.service.getSentCopy({ caseId: id, kind: 'html' })).base64;

  // The service itself: a change with no reason recorded is refused in words, and nothing changes.
  await expect(workspace.service.updateCase({ id, patch: { requestText: 'Changed behind the window' } })).rejects.toThrow(/^Case FOI-2024-077 was sent on 3 June 2024\. A change to a sent case needs a reason/);
  await expect(workspace.service.saveAnswer({ caseId: id, answer: { id: 'a1', covers: ['q1'], doc: para('Changed.'), disposition: 'answered', exemptions: [], redirectTo: '' } })).rejects.toThrow(/needs a reason/);

  await openCase(app, 'FOI-2024-077', 'Telephony');
  const warning = app.getByRole('dialog', { name: 'Change a sent case?' });

  // Typing in the request text asks first; Cancel leaves the text as it was, here and in the store.
  const requestText = app.getByLabel('Request text');
  await requestText.click();
  await app.keyboard.type('X');
  await expect(warning).toBeVisible();
  await expectAccessible(app, 'the sent-case warning from the request text');
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toBeHidden();
  await expect(requestText).toHaveValue('1. How many calls did you receive?');

  // The letter's salutation: the same question.
  const salutation = app.getByLabel('Salutation');
  await salutation.click();
  await app.keyboard.press('End');
  await app.keyboard.type('!');
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(salutation).toHaveValue('Dear Jo Bloggs');

  // A date: cancelled, the field shows the stored date again.
  const sent = app.getByLabel('Date sent');
  await sent.fill('04/06/2024');
  await sent.press('Enter');
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(sent).toHaveValue('3 June 2024');

  // Splitting again asks too.
  await app.getByRole('button', { name: 'Split again' }).click();
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Cancel' }).click();
  expect(await workspace.service.getCase({ id })).toMatchObject({ requestText: '1. How many calls did you receive?', sent: '2024-06-03', status: 'sent' });
  expect((await workspace.service.getSentRecord({ caseId: id })).edits).toEqual([]);

  // Taking the case back out of sent: asked, a reason recorded, then the change is made.
  await app.getByLabel('Status').selectOption('in-review');
  await expect(warning).toBeVisible();
  await warning.getByLabel('Why are you changing it? (required)').fill('The count of calls was wrong; sending a corrected response.');
  await warning.getByRole('button', { name: 'Record reason and edit' }).click();
  await expect(warning).toBeHidden();
  await expect(app.getByLabel('Status')).toHaveValue('in-review');
  await expect.poll(async () => (await workspace.service.getCase({ id })).status).toBe('in-review');
  expect((await workspace.service.getSentRecord({ caseId: id })).edits).toEqual([expect.objectContaining({ reason: 'The count of calls was wrong; sending a corrected response.' })]);

  // No longer sent: edited as usual, no question asked, and the copy of what went out is unchanged.
  await requestText.click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(' Thank you.');
  await expect(warning).toBeHidden();
  await expect.poll(async () => (await workspace.service.getCase({ id })).requestText).toBe('1. How many calls did you receive? Thank you.');
  expect((await workspace.service.getSentCopy({ caseId: id, kind: 'html' })).base64).toBe(sentHtml);
  await expectAccessible(app, 'a sent case taken back out of sent');
});

test('the checks summary carries out a fix that changes an answer, as the answer itself does', async ({ app, workspace }) => {
  const c = await workspace.service.createCase({ ref: 'FOI-2025-413', title: 'Arrests', regime: 'foia', received: '2025-03-03', requester: { name: '', email: '', address: '' }, requestText: '' });
  await workspace.service.updateCase({ id: c.id, patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'How many arrests?', heading: false }] } });
  const clause = { type: 'clause', attrs: { clauseId: 'redirect-police-force', version: 1, title: 'Redirect: ask a police force', kind: 'redirect', section: '', values: { force: 'Essex Police' }, text: 'This information may be held by Essex Police.', missing: [] } };
  await workspace.service.saveAnswer({ caseId: c.id, answer: { id: 'a1', covers: ['q1'], doc: { type: 'doc', content: [clause] }, disposition: 'answered', exemptions: [], redirectTo: '' } });
  await openCase(app, 'FOI-2025-413', 'Arrests');

  await app.locator('.checks-summary > button').click();
  const list = app.locator('#checks-list');
  const finding = list.locator('.finding[data-rule="redirect-disposition"]');
  await expect(finding.getByRole('button', { name: 'Mark as Redirected' })).toBeVisible();
  await expectAccessible(app, 'the checks summary with a fix');
  await finding.getByRole('button', { name: 'Mark as Redirected' }).click();
  const answer = app.getByRole('region', { name: 'Answer to question 1' });
  await expect(answer.locator('.disposition-text')).toHaveText('Redirected');
  await expect(answer).toContainText('to Essex Police');
  await expect.poll(async () => (await workspace.service.getCase({ id: c.id })).answers[0]).toMatchObject({ disposition: 'redirected', redirectTo: 'Essex Police' });
  await expect(list.locator('.finding[data-rule="redirect-disposition"]')).toHaveCount(0);
});

test("a blank in the letter's closing section is reported at the send checks, with the Settings fix", async ({ app, workspace }) => {
  const s = workspace.service;
  await s.saveOrganisation({ ...(await s.getWorkspace()).organisation, name: 'Exampleshire County Council', contactEmail: 'foi@exampleshire.gov.uk', reviewAddress: '' });
  const c = await s.createCase({ ref: 'FOI-2024-078', title: 'Parking', regime: 'foia', received: '2024-05-20', requester: { name: 'Jo Bloggs', email: 'jo@example.org', address: '' }, requestText: '1. How many permits?' });
  await s.updateCase({ id: c.id, patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'How many permits?', heading: false }] } });
  await s.saveAnswer({ caseId: c.id, answer: { id: 'a1', covers: ['q1'], doc: para('We issued 300 permits.'), disposition: 'answered', exemptions: [], redirectTo: '' } });
  await openCase(app, 'FOI-2024-078', 'Parking');

  // The closing section follows its default, the library's review clause, which needs the review address.
  await app.getByRole('button', { name: 'Letter (Word)' }).click();
  const gate = app.getByRole('dialog', { name: 'Before this response goes out' });
  await expect(gate).toBeVisible();
  const gap = gate.getByRole('listitem').filter({ hasText: 'Fill in the review address' });
  await expect(gap).toContainText('Fill in the review address in Settings: the closing section needs it');
  await expect(gap).not.toContainText('org.');
  await expect(gap).not.toContainText('question ?');
  await expectAccessible(app, 'the send checks naming the closing section');
  await gap.getByRole('button', { name: 'Fill in the review address' }).click();
  await expect(app.getByRole('heading', { name: 'Organisation settings' })).toBeVisible();
  await expect(app.getByLabel('Internal review address')).toBeFocused();
});

test('Undo split straight after typing in an unlinked answer keeps the undo: the late autosave does not unlink it again', async ({ app, workspace }) => {
  const s = workspace.service;
  const text = (withTelephony: boolean) => `Please provide:\n1. How many agents do you employ?\n${withTelephony ? '2. Which telephony system do you use?\n3. When does the contract end?' : '2. When does the contract end?'}\n`;
  const c = await s.createCase({ ref: 'FOI-2024-079', title: 'Contact centre', regime: 'foia', received: '2024-05-01', requester: { name: 'Pat Doe', email: 'pat@example.org', address: '' }, requestText: text(true) });
  await openCase(app, 'FOI-2024-079', 'Contact centre');
  await app.getByRole('button', { name: 'Split into questions' }).click();
  await app.getByRole('button', { name: 'Done correcting' }).click();
  await app.getByRole('button', { name: 'Answer question 2' }).click();
  await app.keyboard.type('We use Webex.');
  await expect(app.getByRole('region', { name: 'Answer to question 2' }).getByRole('status')).toHaveText('All changes saved');

  // Question 2 taken out: its answer is unlinked.
  await app.getByLabel('Request text').fill(text(false));
  await app.getByRole('button', { name: 'Split again' }).click();
  const unlinked = app.getByRole('region', { name: 'Answers not linked to a question' });
  await expect(unlinked).toContainText('We use Webex.');

  // Typed in, then Undo split at once, well inside the autosave's half second.
  await unlinked.getByRole('group', { name: /press Enter to edit/ }).click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(' Since 2021.');
  await app.getByRole('region', { name: 'The request was split again' }).getByRole('button', { name: 'Undo split' }).click();
  await expect(unlinked).toBeHidden();
  const answer2 = app.getByRole('region', { name: 'Answer to question 2' });
  await expect(answer2).toContainText('We use Webex. Since 2021.');

  // Long after any autosave would have landed, the store still has the answer under question 2, with the words typed.
  await app.waitForTimeout(1200);
  const stored = await s.getCase({ id: c.id });
  const q2 = stored.questions.find((q) => q.number === '2')!;
  expect(q2.text).toBe('Which telephony system do you use?');
  const kept = stored.answers.find((a) => JSON.stringify(a.doc).includes('Webex'))!;
  expect(kept.covers).toEqual([q2.id]);
  expect(JSON.stringify(kept.doc)).toContain('Since 2021.');
  await expectAccessible(app, 'the case after an undone split');
});
