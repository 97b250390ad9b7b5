import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { test, expect, expectAccessible } from './support/fixtures';

// Issue 14, Done when: import a past log, start a new case whose question resembles one of its
// questions; the earlier answer is offered, inserted, and exported in the new letter. All of it
// through the window: File › Import published log… (Ctrl+Shift+P), New case, the Answered before panel, Letter (Word).

const EXAMPLE = fileURLToPath(new URL('../../shared/examples/published-log-month.txt', import.meta.url));
// 5024007's question 1c in the example month, and the answer the log printed under it.
const EARLIER_ANSWER = 'We currently have a team of 12 Advisors and 2 Managers';

test("a past log's answer is offered for a new case's question, inserted and exported in the letter", async ({ app, workspace }, testInfo) => {
  // The office's details, as Settings holds them: the letter's closing section quotes them.
  const svc = workspace.service;
  await svc.saveOrganisation({ ...(await svc.getWorkspace()).organisation, name: 'Exampleshire County Council', contactEmail: 'foi@exampleshire.gov.uk', reviewAddress: 'FOI Team, County Hall, Exampletown EX1 1AA' });
  await app.reload();

  // The past log in: June 2024, four entries.
  await app.keyboard.press('Control+Shift+P');
  const importScreen = app.getByRole('form', { name: 'Import a published log' });
  await importScreen.getByLabel('Month of the log').fill('2024-06');
  await importScreen.getByLabel('Log file').setInputFiles(EXAMPLE);
  await expect(importScreen.getByRole('region', { name: 'What was found' })).toContainText('4 entries for June 2024');
  await importScreen.getByRole('button', { name: 'Import 4 entries' }).click();
  await expect(importScreen.getByRole('status').filter({ hasText: 'Imported 4 past cases' })).toBeVisible();

  // A new request, typed in as it arrived, split into its questions.
  await app.getByRole('button', { name: 'New case' }).click();
  await app.getByLabel('Reference').fill('FOI-2025-0142');
  await app.getByLabel('Regime').selectOption('foia');
  await app.getByLabel('Date received').fill('3 February 2025');
  await app.getByLabel('Title').fill('Contact centre staffing');
  await app.getByLabel('Name', { exact: true }).fill('Robin Vale');
  await app.getByLabel('Email', { exact: true }).fill('robin.vale@example.org');
  await app.getByLabel('Request', { exact: true }).fill('Dear FOI team,\n\n1. How many contact centre agents do you have?\n2. How many complaints about parking did you receive in 2024?\n\nThanks,\nRobin');
  await app.getByRole('button', { name: 'Create case' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Contact centre staffing' })).toBeVisible();
  await app.getByRole('button', { name: 'Split into questions' }).click();
  await expect(app.getByRole('list', { name: 'Correct the split' }).getByRole('listitem')).toHaveCount(2);
  await app.getByRole('button', { name: 'Done correcting' }).click();

  // On question 1, the past log's answer is offered, named as from that log, not as this office's case.
  await app.getByRole('button', { name: 'Answer question 1' }).click();
  const panel = app.getByRole('complementary', { name: 'Answered before' });
  const offer = panel.getByRole('listitem').filter({ hasText: '5024007' }).first();
  await expect(offer).toContainText('5024007, question 1.c · from the published log of June 2024 · Answered');
  await expect(offer).toContainText('How many contact centre agents do you have?');
  await expect(offer).toContainText(EARLIER_ANSWER);
  await expect(offer).not.toContainText('30 June 2024');
  await expectAccessible(app, 'the Answered before panel offering a past log answer');
  await app.screenshot({ path: testInfo.outputPath('answered-before-past-log.png'), fullPage: false });

  await offer.getByRole('button', { name: 'Insert this answer' }).click();
  await expect(panel.getByRole('status')).toHaveText('Inserted the answer from 5024007.');
  const answer = app.getByRole('region', { name: 'Answer to question 1' });
  await expect(answer).toContainText(EARLIER_ANSWER);
  await expect(answer.getByText('All changes saved')).toBeVisible();
  // Question 2 has no earlier answer: the officer writes one.
  await app.getByRole('button', { name: 'Answer question 2' }).click();
  await app.keyboard.type('We do not hold a record of complaints about parking.');
  const second = app.getByRole('region', { name: 'Answer to question 2' });
  await second.getByLabel('Outcome').selectOption('not-held');
  await expect(second.getByRole('status')).toHaveText('All changes saved');

  // The new letter, exported from the window as Word and read back, prints the earlier answer.
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Letter (Word)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/FOI-2025-0142.*\.docx$/);
  const docxPath = testInfo.outputPath('letter.docx');
  await download.saveAs(docxPath);
  const letter = (await mammoth.extractRawText({ path: docxPath })).value.replace(/\s+/g, ' ');
  expect(letter).toContain('How many contact centre agents do you have?');
  expect(letter).toContain(EARLIER_ANSWER);
  expect(letter.indexOf(EARLIER_ANSWER)).toBeGreaterThan(letter.indexOf('How many contact centre agents do you have?'));
  await expectAccessible(app, 'the case screen after the letter was exported');

  // Global search names it the same way: from the past log, not as this office's own case.
  await app.keyboard.press('Control+Shift+F');
  const search = app.getByRole('dialog', { name: 'Search everything' });
  await search.getByLabel('Search cases, questions and answers').fill('"contact centre agents"');
  const results = search.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('listitem').filter({ hasText: '5024007' })).toContainText('from the published log of June 2024 · question 1.c');
  await expect(results.getByRole('listitem').filter({ hasText: 'FOI-2025-0142' })).toContainText('3 February 2025');
  await expect(results.getByRole('listitem').filter({ hasText: 'FOI-2025-0142' })).not.toContainText('published log');
  await expectAccessible(app, 'global search with a past log result');
  await search.getByRole('button', { name: 'Close' }).click();

  // Stored as this case's own answer; the past case is unchanged and still historical.
  expect(letter).toContain('We do not hold a record of complaints about parking.');
  const [mine] = await svc.listCases({ filter: 'all', search: 'FOI-2025-0142' });
  const saved = await svc.getCase({ id: mine!.id });
  const first = saved.answers.find((a) => a.covers.includes(saved.questions[0]!.id));
  expect(first?.doc.content?.map((p) => p.content?.map((t) => t.text).join('')).join('\n')).toContain(EARLIER_ANSWER);
  const past = (await svc.listCases({ filter: 'all', search: '5024007' })).find((c) => c.ref === '5024007');
  expect(past?.historical).toBe(true);
});
