import { test, expect, expectAccessible } from './support/fixtures';
import type { Workspace } from './support/fixtures';

// Own clauses the way Word's Quick Parts work: select words in an answer, save them as a clause
// with a blank, and use it in another answer, filling the blank.

async function caseWithTwoQuestions(workspace: Workspace) {
  const c = await workspace.service.createCase({ ref: 'FOI-2025-077', title: 'Camera vans', regime: 'foia', received: '2025-03-14', requester: { name: 'Sam Roe', email: 'sam@example.org', address: '' }, requestText: '' });
  await workspace.service.updateCase({
    id: c.id,
    patch: {
      questions: [
        { id: 'q1', number: '1', label: '1.', text: 'Where do the camera vans go in Northshire?', heading: false },
        { id: 'q2', number: '2', label: '2.', text: 'And in the neighbouring force area?', heading: false },
      ],
    },
  });
  await workspace.service.saveOrganisation({ name: 'Northshire Police', shortName: 'NP', contactEmail: 'foi@northshire.example', defaultRegime: 'foia', address: '', reviewAddress: 'review@northshire.example', website: '', costTier: 'other', allowedEmails: [] });
  return c;
}

test('select words, Save as clause with a blank, insert it in another answer and fill the blank', async ({ app, workspace }) => {
  const c = await caseWithTwoQuestions(workspace);
  await app.reload();
  await app.getByRole('button', { name: /FOI-2025-077/ }).click();
  await app.getByRole('button', { name: 'Answer question 1' }).click();
  const first = app.getByRole('region', { name: 'Answer to question 1' });
  await expect(first.getByRole('textbox')).toBeFocused();
  await app.keyboard.type('Northshire Police publishes its camera van sites each week on its website.');

  // Nothing selected: the button says what to do instead of opening an empty dialog.
  await first.getByRole('button', { name: 'Save as clause' }).click();
  await expect(app.locator('.clause-notice').getByText('Select the words in the answer to save as a clause first.')).toBeVisible();
  await expect(app.getByRole('dialog')).toHaveCount(0);

  await app.keyboard.press('Control+a');
  await first.getByRole('button', { name: 'Save as clause' }).click();
  const dialog = app.getByRole('dialog', { name: 'Save as clause' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  const wording = dialog.getByLabel('Wording');
  await expect(wording).toHaveValue('Northshire Police publishes its camera van sites each week on its website.');

  await dialog.getByLabel('Title').fill('Camera van sites are published');
  await expect(dialog.getByLabel('Kind')).toHaveValue('standard');
  await expect(dialog.getByRole('checkbox', { name: 'FOIA' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'EIR' }).check();

  // Select "Northshire Police" in the wording, then make it a blank with its question.
  await wording.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 'Northshire Police'.length));
  await dialog.getByRole('button', { name: 'Make this a blank' }).click();
  const prompt = dialog.getByLabel('Question for “Northshire Police”');
  await expect(prompt).toBeFocused();
  await prompt.fill('The name of the police force');
  await expectAccessible(app, 'the Save as clause dialog with a blank being made');
  await app.keyboard.press('Enter');
  await expect(wording).toHaveValue('{{name_of_the_police_force}} publishes its camera van sites each week on its website.');
  await expect(dialog.getByRole('region', { name: 'Preview' }).locator('mark.clause-gap')).toHaveText(['[name of the police force]']);
  await expect(dialog.getByLabel('Question for [name of the police force]')).toHaveValue('The name of the police force');
  await dialog.screenshot({ path: 'test-results/screens/save-as-clause-dialog.png' });
  await dialog.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await dialog.screenshot({ path: 'test-results/screens/save-as-clause-dialog-blanks.png' });
  await expectAccessible(app, 'the Save as clause dialog');

  await dialog.getByRole('button', { name: 'Save clause' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('Saved “Camera van sites are published” to your clauses: insert it with Ctrl+K.')).toBeVisible();
  await expect(first.getByRole('textbox')).toBeFocused();
  const stored = await workspace.service.getClause({ id: 'camera-van-sites-are-published' });
  expect(stored).toMatchObject({ source: 'local', kind: 'standard', regimes: ['foia', 'eir'], variables: [{ name: 'name_of_the_police_force', prompt: 'The name of the police force', type: 'text' }] });
  // The Markdown file stays the storage.
  expect(stored.text).toContain('{{name_of_the_police_force}} publishes its camera van sites');

  // In the other answer: Ctrl+K finds it at once, and it asks for the blank.
  await app.getByRole('button', { name: 'Answer question 2' }).click();
  const second = app.getByRole('region', { name: 'Answer to question 2' });
  await expect(second.getByRole('textbox')).toBeFocused();
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Insert a clause' });
  await app.keyboard.type('camera van sites');
  await expect(palette.getByRole('option').first()).toContainText('Camera van sites are published');
  await expect(palette.getByRole('option').first().locator('.tag')).toHaveText('own');
  await app.keyboard.press('Enter');
  const form = app.getByRole('dialog', { name: /Camera van sites are published/ });
  await form.getByLabel('The name of the police force').fill('Westmoor Police');
  await form.getByRole('button', { name: 'Insert' }).click();
  await expect(second).toContainText('Westmoor Police publishes its camera van sites each week on its website.');
  await expect(second.getByRole('status')).toHaveText('All changes saved');
  const saved = (await workspace.service.getCase({ id: c.id })).answers.find((a) => a.covers.includes('q2'));
  const node = saved?.doc.content?.find((n) => n.type === 'clause');
  expect(node?.attrs).toMatchObject({ clauseId: 'camera-van-sites-are-published', values: { name_of_the_police_force: 'Westmoor Police' }, missing: [] });
});

test('the clause form edits an own clause without Markdown, and Edit as Markdown shows the same clause', async ({ app, workspace }) => {
  await caseWithTwoQuestions(workspace);
  await workspace.service.saveClause({
    text: ['---', 'id: our-van-sites', 'title: "Van sites"', 'kind: standard', 'regimes: [foia]', 'version: 1', 'variables: []', '---', '', 'Sites are published weekly by Northshire Police.', ''].join('\n'),
  });
  await app.reload();
  await app.getByRole('button', { name: /FOI-2025-077/ }).click();
  await app.getByRole('button', { name: 'Clause library' }).click();
  const panel = app.getByRole('region', { name: 'Clause library' });
  await panel.getByLabel('Find').fill('van sites');
  await panel.getByRole('button', { name: /Van sites/ }).click();
  await panel.getByRole('button', { name: 'Edit', exact: true }).click();

  const form = panel.getByRole('form', { name: 'Edit Van sites' });
  await expect(form.getByLabel('Title')).toHaveValue('Van sites');
  await form.getByLabel('Title').fill('Van sites are published weekly');
  await form.getByRole('checkbox', { name: 'FOISA' }).check();
  await form.getByLabel('Wording').evaluate((el: HTMLTextAreaElement) => {
    const at = el.value.indexOf('Northshire Police');
    el.focus();
    el.setSelectionRange(at, at + 'Northshire Police'.length);
  });
  await app.keyboard.press('Alt+b');
  await form.getByLabel('Question for “Northshire Police”').fill('Which force publishes them');
  await form.getByRole('button', { name: 'Add blank' }).click();
  await expectAccessible(app, 'the clause form in the library panel');

  await form.getByRole('button', { name: 'Edit as Markdown' }).click();
  const file = panel.getByLabel('Clause file (Markdown)');
  await expect(file).toHaveValue(/title: "Van sites are published weekly"/);
  await expect(file).toHaveValue(/regimes: \[foia, foisa\]/);
  await expect(file).toHaveValue(/ {2}- name: force_publishes_them\n {4}prompt: "Which force publishes them"\n {4}type: text/);
  await expect(panel.getByText('No problems found.')).toBeVisible();
  await panel.getByRole('button', { name: 'Save clause' }).click();
  await expect(panel.getByRole('status').first()).toContainText('Saved Van sites are published weekly (version 2)');
  const stored = await workspace.service.getClause({ id: 'our-van-sites' });
  expect(stored).toMatchObject({ version: 2, regimes: ['foia', 'foisa'], body: 'Sites are published weekly by {{force_publishes_them}}.' });
});
