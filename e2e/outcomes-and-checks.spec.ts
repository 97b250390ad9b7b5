import { test, expect, expectAccessible } from './support/fixtures';
import type { Page } from '@playwright/test';

// Outcomes, counts and checks that tell the truth while an officer drafts (issue 11): an empty answer
// is not "Answered", a redirect clause makes the answer a redirect and the checks ask whether we hold
// the information, the case moves to In progress by itself, and the checks help rather than shout.

const REQUEST = `Dear FOI team,

1. How many speed cameras does the council operate?
2. How many fixed penalty notices did Kent Police issue from them in 2023?
3. How much did the cameras cost to maintain in 2023?

Thank you,
Sam`;

/** The whole case screen (its main column scrolls, so a page screenshot would cut it): a tall window, then back. */
async function screenshot(app: Page, name: string) {
  const size = app.viewportSize();
  await app.setViewportSize({ width: 1280, height: 2400 });
  await app.locator('main').evaluate((m) => m.scrollTo(0, 0));
  await app.screenshot({ path: test.info().outputPath(`${name}.png`) });
  if (size) await app.setViewportSize(size);
}

async function newCase(app: Page) {
  await app.getByRole('button', { name: 'New case' }).click();
  await expect(app.getByRole('heading', { name: 'New case' })).toBeVisible();
  await app.getByLabel('Reference').fill('FOI-2025-411');
  await app.getByLabel('Title').fill('Speed cameras');
  await app.getByLabel('Request', { exact: true }).fill(REQUEST);
  await app.getByRole('button', { name: 'Create case' }).click();
  await expect(app.getByRole('heading', { name: 'Speed cameras' })).toBeVisible();
}

test('an officer drafts: outcomes and counts follow the answers, a redirect says what it must, checks help', async ({ app, workspace }) => {
  await newCase(app);
  const sidebarItem = app.getByRole('button', { name: /FOI-2025-411/ });
  const outcome = app.locator('.case-ref-line');
  const status = app.getByLabel('Status', { exact: true });
  const summary = app.locator('.checks-summary > button');

  await app.getByRole('button', { name: 'Split into questions' }).click();
  await app.getByRole('button', { name: 'Done correcting' }).click();

  // Before drafting: one summary line, not a red box under each question.
  await expect(summary).toHaveText('Checks: 3 questions to answer');
  await expect(app.locator('.question-list .finding')).toHaveCount(0);
  await expect(status).toHaveValue('new');
  await expect(sidebarItem).toContainText('New');
  await expect(outcome).toContainText('Not yet decided');
  await expectAccessible(app, 'the case screen before drafting');
  await screenshot(app, 'case-before-drafting');

  // The first words: In progress at once, Granted in full, 1 of 3 answered in the list.
  await app.getByRole('button', { name: 'Answer question 1' }).click();
  const answer1 = app.getByRole('region', { name: 'Answer to question 1' });
  await expect(answer1.getByRole('textbox')).toBeFocused();
  await app.keyboard.type('We operate 14 fixed cameras.');
  await expect(status).toHaveValue('drafting');
  await expect(status.locator('option:checked')).toHaveText('In progress');
  await expect(outcome).toContainText('Granted in full');
  await expect(summary).toHaveText('Checks: 2 questions to answer');
  await expect(sidebarItem).toContainText('In progress');
  await expect(sidebarItem).toContainText('1/3 answered');

  // Deleting the words: the answer is no longer an answer, anywhere, at once.
  await app.keyboard.press('Control+a');
  await app.keyboard.press('Backspace');
  await expect(outcome).toContainText('Not yet decided');
  await expect(summary).toHaveText('Checks: 3 questions to answer');
  await expect(sidebarItem).toContainText('0/3 answered');
  // Status stays: drafting has started.
  await expect(status).toHaveValue('drafting');

  // Question 2: the police redirect, choosing the force.
  await app.getByRole('button', { name: 'Answer question 2' }).click();
  const answer2 = app.getByRole('region', { name: 'Answer to question 2' });
  await expect(answer2.getByRole('textbox')).toBeFocused();
  // Question 1 was started and left empty: now, and only now, it says so under it.
  await expect(app.locator(`li[data-question-id] .finding[data-rule="unanswered-question"]`)).toHaveCount(1);
  await expect(answer1.getByText('Not yet answered')).toBeVisible();

  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Insert a clause' });
  await expect(palette).toBeVisible();
  await app.keyboard.type('ask a police force');
  await expect(palette.getByRole('option').first()).toContainText('Redirect: ask a police force');
  await app.keyboard.press('Enter');
  const form = app.getByRole('dialog', { name: /Redirect: ask a police force/ });
  await expect(form).toBeVisible();
  await form.getByLabel('Which police force').selectOption('Kent Police');
  await form.getByRole('button', { name: 'Insert' }).click();
  await expect(form).toBeHidden();
  await expect(answer2).toContainText('This information may be held by Kent Police');
  await expect(answer2.getByLabel('Outcome')).toHaveValue('redirected');
  await expect(answer2.getByLabel('Redirected to')).toHaveValue('Kent Police');
  await expect(outcome).toContainText('Redirected');
  // A redirect alone does not say whether we hold the information (FOIA s1(1)(a)).
  const holding = answer2.locator('.finding[data-rule="redirect-holding-unstated"]');
  await expect(holding).toContainText('Section 1(1)(a) of FOIA');
  await expect(holding).toContainText('points the requester to Kent Police');

  // Question 3: the internal review clause, with no review address in Settings yet.
  await app.getByRole('button', { name: 'Answer question 3' }).click();
  const answer3 = app.getByRole('region', { name: 'Answer to question 3' });
  await expect(answer3.getByRole('textbox')).toBeFocused();
  await app.keyboard.type('Maintenance cost £41,200 in 2023.');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await app.keyboard.type('right to an internal review');
  await expect(palette.getByRole('option').first()).toContainText('Your right to an internal review (FOIA)');
  await app.keyboard.press('Enter');
  const reviewForm = app.getByRole('dialog', { name: /Your right to an internal review/ });
  await expect(reviewForm).toBeVisible();
  await reviewForm.getByRole('button', { name: 'Insert' }).click();
  await expect(reviewForm).toBeHidden();
  const gap = answer3.locator('.finding[data-rule="unfilled-variable"]');
  await expect(gap).toContainText('Fill in the review address in Settings');
  await expect(gap).toContainText('"Your right to an internal review (FOIA)"');
  await expect(gap).not.toContainText('org.');
  await expect(gap).not.toContainText('closing-foia-internal-review');
  await expectAccessible(app, 'the case screen while drafting');
  await screenshot(app, 'case-while-drafting');

  // Messages in the officer's language, everywhere on the screen: no ids, keys or missing numbers.
  const allMessages = (await app.locator('.finding-message').allTextContents()).join('\n');
  expect(allMessages).not.toMatch(/\bquestion \?|\(at question|org\.[a-z]|case\.[a-z]|\b(?:foia|eir|foisa|eisr|closing|redirect)-[a-z0-9-]+\b/);

  // Every "Go to" in the summary moves focus somewhere.
  await summary.click();
  const list = app.locator('#checks-list');
  const goTos = list.getByRole('button', { name: /^Go to/ });
  const count = await goTos.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const button = goTos.nth(i);
    await button.focus();
    await button.click();
    await expect(button).not.toBeFocused();
    expect(await app.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
  }

  // The settings fix opens Settings with the review address focused; closing goes back to the case.
  await gap.getByRole('button', { name: 'Fill in the review address' }).click();
  await expect(app.getByRole('heading', { name: 'Organisation settings' })).toBeVisible();
  await expect(app.getByLabel('Internal review address')).toBeFocused();
  await expectAccessible(app, 'settings opened at a field');
  await app.getByRole('button', { name: 'Close' }).click();
  await expect(app.getByRole('heading', { name: 'Speed cameras' })).toBeVisible();

  // What was stored agrees with the screen.
  const [stored] = await workspace.service.listCases({ filter: 'all', search: '' });
  expect(stored).toMatchObject({ status: 'drafting', questionCount: 3, answeredCount: 2 });
  const c = await workspace.service.getCase({ id: stored!.id });
  expect(c.answers.find((a) => a.disposition === 'redirected')?.redirectTo).toBe('Kent Police');
});

test('a redirect marked Answered is put right in one click', async ({ app, workspace }) => {
  const c = await workspace.service.createCase({ ref: 'FOI-2025-412', title: 'Arrests', regime: 'foia', received: '2025-03-03', requester: { name: '', email: '', address: '' }, requestText: '' });
  await workspace.service.updateCase({ id: c.id, patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'How many arrests?', heading: false }] } });
  const clause = { type: 'clause', attrs: { clauseId: 'redirect-police-force', version: 1, title: 'Redirect: ask a police force', kind: 'redirect', section: '', values: { force: 'Essex Police' }, text: 'This information may be held by Essex Police.', missing: [] } };
  // Saved by an older version (or the CLI): a redirect left marked Answered.
  await workspace.service.saveAnswer({ caseId: c.id, answer: { id: 'a1', covers: ['q1'], doc: { type: 'doc', content: [clause] }, disposition: 'answered', exemptions: [], redirectTo: '' } });
  await app.reload();
  await app.getByRole('button', { name: /FOI-2025-412/ }).click();
  const answer = app.getByRole('region', { name: 'Answer to question 1' });
  const finding = answer.locator('.finding[data-rule="redirect-disposition"]');
  await expect(finding).toContainText('marked Answered');
  await finding.getByRole('button', { name: 'Mark as Redirected' }).click();
  await expect(answer.locator('.disposition-text')).toHaveText('Redirected');
  await expect(answer).toContainText('to Essex Police');
  await expect(answer.locator('.finding[data-rule="redirect-disposition"]')).toHaveCount(0);
  await expect(answer.getByRole('status')).toHaveCount(0);
  await expect.poll(async () => (await workspace.service.getCase({ id: c.id })).answers[0]).toMatchObject({ disposition: 'redirected', redirectTo: 'Essex Police' });
  await expectAccessible(app, 'a redirect put right');
});
