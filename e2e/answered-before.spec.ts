import { writeFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { test, expect, expectAccessible } from './support/fixtures';
import type { Workspace } from './support/fixtures';

// Reuse (issue 14): an earlier case's answer is offered beside a new case's question, inserted with its
// clause intact, and printed in the new letter; global search finds it with the words in context.

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
const CLAUSE_TEXT = 'We are withholding the value of the contract under section 43(2) of the Freedom of Information Act 2000.';
const clause = {
  type: 'clause',
  attrs: { clauseId: 'foia-s43-2', version: 1, title: 'Commercial interests', kind: 'exemption', section: 's43(2)', values: { information: 'the value of the contract' }, text: CLAUSE_TEXT, missing: [] },
};

async function earlierCase(workspace: Workspace) {
  const svc = workspace.service;
  const c = await svc.createCase({ ref: '5023911', title: 'Telephony contract', regime: 'foia', received: '2024-02-20', requester: { name: 'Ann Other', email: 'ann@example.org', address: '' }, requestText: '' });
  await svc.updateCase({
    id: c.id,
    patch: {
      questions: [
        { id: 'e1', number: '1', label: '1.', text: 'Which telephony system does your organisation use in its contact centre?', heading: false },
        { id: 'e2', number: '2', label: '2.', text: 'What is the annual value of the telephony contract?', heading: false },
      ],
    },
  });
  await svc.replaceAnswers({
    caseId: c.id,
    answers: [
      { id: 'ea1', covers: ['e1'], doc: { type: 'doc', content: [para('We use Mitel MiContact Center in our contact centre.'), clause] }, disposition: 'partly-answered', exemptions: ['s43(2)'], redirectTo: '' },
      { id: 'ea2', covers: ['e2'], doc: { type: 'doc', content: [para('The annual value is £48,000.')] }, disposition: 'answered', exemptions: [], redirectTo: '' },
    ],
    removed: [],
  });
  await svc.updateCase({ id: c.id, patch: { status: 'sent', sent: '2024-03-14' } });
  return c.id;
}

test('an earlier answer is offered, inserted with its clause, exported; global search finds it in context', async ({ app, workspace }, testInfo) => {
  const earlierId = await earlierCase(workspace);
  const svc = workspace.service;
  const now = await svc.createCase({ ref: '5024150', title: 'Contact centre telephony', regime: 'foia', received: '2024-06-03', requester: { name: 'Sam Roe', email: 'sam@example.org', address: '' }, requestText: '' });
  await svc.updateCase({
    id: now.id,
    patch: {
      questions: [
        { id: 'n1', number: '1', label: '1.', text: 'Which telephony system does your organization use in its contact center?', heading: false },
        { id: 'n2', number: '2', label: '2.', text: 'What is the annual value of the telephony contract?', heading: false },
      ],
    },
  });
  await app.reload();
  await app.getByRole('button', { name: /5024150/ }).click();

  // Both questions were asked before word for word (spellings aside): marked in the list, and the
  // request is recognised as a repeat of 5023911.
  await expect(app.locator('[data-question-id="n1"] .answered-before-mark')).toHaveText('Answered 14 March 2024 in 5023911');
  const banner = app.getByRole('region', { name: 'Earlier request like this one' });
  await expect(banner).toContainText('Looks like 5023911 of 14 March 2024: 2 of 2 questions match.');

  // On question 1: the panel offers the earlier answer with its date, reference and outcome.
  await app.getByRole('button', { name: 'Answer question 1' }).click();
  const panel = app.getByRole('complementary', { name: 'Answered before' });
  const offer = panel.getByRole('listitem').first();
  await expect(offer).toContainText('5023911, question 1 · 14 March 2024 · Partly answered (s43(2))');
  await expect(offer).toContainText('almost word for word');
  await expect(offer).toContainText('We use Mitel MiContact Center in our contact centre.');
  await expectAccessible(app, 'the case screen with the Answered before panel');
  await app.screenshot({ path: testInfo.outputPath('answered-before-panel.png'), fullPage: false });

  await offer.getByRole('button', { name: 'Insert this answer' }).click();
  const answer = app.getByRole('region', { name: 'Answer to question 1' });
  await expect(answer).toContainText('We use Mitel MiContact Center in our contact centre.');
  await expect(answer).toContainText(CLAUSE_TEXT);
  await expect(answer.getByText('Cited: s43(2)')).toBeVisible();
  await expect(answer.getByText('All changes saved')).toBeVisible();
  const saved = (await svc.getCase({ id: now.id })).answers.find((a) => a.covers.includes('n1'))!;
  // The clause node is intact: still linked to the library, its values as they were.
  expect(saved.doc.content?.find((n) => n.type === 'clause')?.attrs).toMatchObject({ clauseId: 'foia-s43-2', version: 1, values: { information: 'the value of the contract' } });

  // Drafting question 2 from the earlier case: its answer copied onto the matching question.
  await banner.getByRole('button', { name: 'Draft from 5023911' }).click();
  await expect(app.getByRole('region', { name: 'Answer to question 2' })).toContainText('The annual value is £48,000.');
  await expect(banner).toBeHidden();
  await expect.poll(async () => (await svc.getCase({ id: now.id })).answers.filter((a) => a.covers.includes('n2')).length).toBe(1);

  // The new letter, exported for real and read back, prints both earlier answers.
  const file = await svc.exportLetter({ id: now.id, format: 'docx', draft: false });
  const docxPath = testInfo.outputPath('letter.docx');
  writeFileSync(docxPath, Buffer.from(file.base64, 'base64'));
  const text = (await mammoth.extractRawText({ path: docxPath })).value.replace(/\s+/g, ' ');
  expect(text).toContain('We use Mitel MiContact Center in our contact centre.');
  expect(text).toContain(CLAUSE_TEXT);
  expect(text).toContain('The annual value is £48,000.');

  // Open: the earlier case, from the panel.
  await panel.getByRole('button', { name: 'Open 5023911' }).first().click();
  await expect(app.getByRole('heading', { level: 1, name: 'Telephony contract' })).toBeVisible();

  // Global search: a phrase, the words marked in context, opening the case it is in.
  await app.keyboard.press('Control+Shift+F');
  const search = app.getByRole('dialog', { name: 'Search everything' });
  await expect(search).toBeVisible();
  await search.getByLabel('Search cases, questions and answers').fill('"contact centre"');
  const results = search.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem')).toHaveCount(2);
  const earlierHit = results.getByRole('listitem').filter({ hasText: '5023911' });
  await expect(earlierHit.locator('mark').first()).toHaveText('contact centre');
  await expect(earlierHit).toContainText('Which telephony system does your organisation use in its contact centre?');
  await search.getByLabel('Outcome').selectOption('partly-answered');
  await expect(results.getByRole('listitem').filter({ hasText: '5023911' })).toHaveCount(1);
  await search.getByLabel('Outcome').selectOption('');
  await search.getByLabel('Section cited').fill('43');
  await expect(results.getByRole('listitem')).toHaveCount(2);
  await search.getByLabel('Section cited').fill('31');
  await expect(search.getByRole('status')).toHaveText('Nothing found.');
  await search.getByLabel('Section cited').fill('');
  await expect(results.getByRole('listitem')).toHaveCount(2);
  // Dates typed the UK way: from 1 June 2024 leaves the new case (received 3 June, not yet sent).
  await search.getByLabel('From', { exact: true }).fill('1/6/2024');
  await search.getByLabel('From', { exact: true }).press('Enter');
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results.getByRole('listitem')).toContainText('5024150');
  await expectAccessible(app, 'global search');
  await app.screenshot({ path: testInfo.outputPath('global-search.png'), fullPage: false });
  await results.getByRole('listitem').filter({ hasText: '5024150' }).getByRole('button').click();
  await expect(search).toBeHidden();
  await expect(app.getByRole('heading', { level: 1, name: 'Contact centre telephony' })).toBeVisible();
  expect(earlierId).toBeTruthy();
});
