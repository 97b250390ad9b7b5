import { test, expect, expectAccessible } from './support/fixtures';
import type { Workspace } from './support/fixtures';

async function caseWithQuestions(workspace: Workspace) {
  const c = await workspace.service.createCase({ ref: 'FOI-2025-031', title: 'Speed cameras', regime: 'foia', received: '2025-03-14', requester: { name: 'Sam Roe', email: 'sam@example.org', address: '' }, requestText: '' });
  await workspace.service.updateCase({
    id: c.id,
    patch: {
      questions: [
        { id: 'q1', number: '1', label: '1.', text: 'Where are the mobile speed cameras deployed each week?', heading: false },
        { id: 'q2', number: '2', label: '2.', text: 'How many fines were issued in 2024?', heading: false },
      ],
    },
  });
  return c;
}

test('Ctrl+K, "31 1 a", Enter, fill, Insert: the clause is in the answer, cited, and still there after a restart', async ({ app, workspace }) => {
  const c = await caseWithQuestions(workspace);
  await workspace.service.saveOrganisation({ name: 'Northshire Police', shortName: 'NP', contactEmail: 'foi@northshire.example', defaultRegime: 'foia', address: '', reviewAddress: 'review@northshire.example', website: '', costTier: 'other', allowedEmails: [] });
  await app.reload();
  await app.getByRole('button', { name: /FOI-2025-031/ }).click();
  await app.getByRole('button', { name: 'Answer question 1' }).click();
  const answer = app.getByRole('region', { name: 'Answer to question 1' });
  await expect(answer.getByRole('textbox')).toBeFocused();

  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Insert a clause' });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('combobox')).toBeFocused();
  await app.keyboard.type('31 1 a');
  const first = palette.getByRole('option').first();
  await expect(first).toContainText('s31(1)(a)');
  await expect(first).toContainText('Law enforcement: prevention or detection of crime');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(palette.getByRole('combobox')).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await expectAccessible(app, 'the clause palette');
  await app.keyboard.press('Enter');

  const form = app.getByRole('dialog', { name: /Law enforcement: prevention or detection of crime/ });
  await expect(form).toBeVisible();
  await expect(palette).toBeHidden();
  await form.getByLabel('What the information is and why it bears on preventing or detecting crime').fill('The locations show where and when enforcement takes place.');
  await form.getByLabel(/How likely is the harm/).selectOption('would be likely to');
  await form.getByLabel(/The harm that disclosure would cause/).fill('Drivers could avoid enforcement by planning routes around the cameras.');
  await form.getByLabel('Public interest factors in favour of disclosure, specific to this request').fill('Transparency about how road safety enforcement is carried out.');
  // One public interest field left empty: it stays marked in the answer.
  await expect(form.getByRole('region', { name: 'Wording' })).toContainText('would be likely to prejudice');
  await expect(form.locator('mark.clause-gap')).toHaveText(['[factors against]']);
  await expectAccessible(app, 'the clause fill form');
  await form.getByRole('button', { name: 'Insert' }).click();

  await expect(form).toBeHidden();
  await expect(answer).toContainText('We are withholding this information under section 31(1)(a) of the Freedom of Information Act 2000');
  await expect(answer).toContainText('Drivers could avoid enforcement by planning routes around the cameras.');
  await expect(answer).toContainText('We consider that disclosure would be likely to prejudice the prevention or detection of crime.');
  await expect(answer.locator('mark.clause-gap')).toHaveText(['[factors against]']);
  await expect(answer.getByText('Cited: s31(1)(a)')).toBeVisible();
  await expect(answer.getByLabel('Outcome')).toHaveValue('exempt');
  // The officer keeps typing after the clause.
  await app.keyboard.type('We have released the number of cameras.');
  await expect(answer.getByRole('status')).toHaveText('All changes saved');

  workspace.restart();
  await app.reload();
  await app.getByRole('button', { name: /FOI-2025-031/ }).click();
  const reloaded = app.getByRole('region', { name: 'Answer to question 1' });
  await expect(reloaded).toContainText('Drivers could avoid enforcement by planning routes around the cameras.');
  await expect(reloaded).toContainText('We have released the number of cameras.');
  await expect(reloaded.getByText('Cited: s31(1)(a)')).toBeVisible();
  const saved = (await workspace.service.getCase({ id: c.id })).answers[0]!;
  expect(saved.exemptions).toEqual(['s31(1)(a)']);
  expect(saved.disposition).toBe('exempt');
  const node = saved.doc.content?.find((n) => n.type === 'clause');
  expect(node?.attrs).toMatchObject({
    clauseId: 'foia-s31-1-a',
    version: 1,
    kind: 'exemption',
    section: 's31(1)(a)',
    values: { likelihood: 'would be likely to', reason: 'The locations show where and when enforcement takes place.' },
    missing: ['factors_against'],
  });

  // Reopen the clause from the answer: its values come back in the form; fill the gap.
  await reloaded.locator('.answer-preview').click();
  await reloaded.getByRole('button', { name: /Edit the values of clause/ }).click();
  const again = app.getByRole('dialog', { name: /Law enforcement/ });
  await expect(again.getByLabel(/How likely is the harm/)).toHaveValue('would be likely to');
  await again.getByLabel('Public interest factors in favour of maintaining the exemption, specific to this request').fill('Enforcement works best when drivers cannot predict it.');
  await again.getByRole('button', { name: 'Update' }).click();
  await expect(reloaded.locator('mark.clause-gap')).toHaveCount(0);
  await expect(reloaded).toContainText('Enforcement works best when drivers cannot predict it.');
});

test('"/" at the start of an empty paragraph opens the palette; a clause with nothing to fill goes straight in', async ({ app, workspace }) => {
  await caseWithQuestions(workspace);
  await workspace.service.saveOrganisation({ name: 'Northshire Police', shortName: '', contactEmail: '', defaultRegime: 'foia', address: '', reviewAddress: '', website: '', costTier: 'other', allowedEmails: [] });
  await app.reload();
  await app.getByRole('button', { name: /FOI-2025-031/ }).click();
  await app.getByRole('button', { name: 'Answer question 2' }).click();
  await app.keyboard.type('/');
  const palette = app.getByRole('dialog', { name: 'Insert a clause' });
  await expect(palette).toBeVisible();
  await app.keyboard.type('police forces');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowUp');
  await expect(palette.getByRole('option').first()).toContainText('Redirect: ask each police force');
  await app.keyboard.press('Enter');
  const answer = app.getByRole('region', { name: 'Answer to question 2' });
  await expect(answer).toContainText('held by individual police forces rather than by Northshire Police');
  await expect(answer.getByRole('textbox', { name: 'Answer to question 2' })).toBeFocused();
  // A slash typed inside text is just a slash.
  await app.keyboard.type('Either/or');
  await expect(palette).toBeHidden();
  await expect(answer).toContainText('Either/or');
  // Escape goes back to the answer without inserting.
  await app.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(answer.getByRole('textbox', { name: 'Answer to question 2' })).toBeFocused();
  // A redirect clause makes the answer a redirect (core/clauses/redirectInDoc).
  await expect(answer.getByLabel('Outcome')).toHaveValue('redirected');
});

test('the clause library panel: browse by kind, preview filled for the case, insert, write an own clause', async ({ app, workspace }) => {
  await caseWithQuestions(workspace);
  await workspace.service.saveOrganisation({ name: 'Northshire Police', shortName: '', contactEmail: '', defaultRegime: 'foia', address: '', reviewAddress: '', website: '', costTier: 'central', allowedEmails: [] });
  await app.reload();
  await app.getByRole('button', { name: /FOI-2025-031/ }).click();
  await app.getByRole('button', { name: 'Answer question 1' }).click();
  await app.keyboard.type('Our answer: ');

  await app.keyboard.press('Control+Shift+L');
  const panel = app.getByRole('region', { name: 'Clause library' });
  await expect(panel).toBeVisible();
  await panel.getByLabel('Kind').selectOption('cost');
  await panel.getByRole('button', { name: /s12\(1\)/ }).first().click();
  const detail = panel.getByRole('region', { name: /^Clause / });
  await expect(detail).toContainText('£600');
  await expectAccessible(app, 'the clause library panel');

  await panel.getByLabel('Kind').selectOption('redirect');
  await panel.getByRole('button', { name: 'Redirect: ask each police force' }).click();
  await expect(detail).toContainText('rather than by Northshire Police');
  await detail.getByRole('button', { name: 'Insert' }).click();
  await expect(app.getByRole('region', { name: 'Answer to question 1' })).toContainText('held by individual police forces');

  // An own clause: a mistake is shown with its line, then fixed and saved.
  await panel.getByRole('button', { name: 'New clause' }).click();
  const file = panel.getByLabel('Clause file (Markdown)');
  const text = await file.inputValue();
  await file.fill(text.replace('kind: standard', 'kind: standrad'));
  await expect(panel.getByText(/Line 4: "kind" must be one of/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Save clause' })).toBeDisabled();
  await file.fill(text.replace('our-new-clause', 'our-camera-vans').replace('A title officers will recognise', 'Camera van locations'));
  await panel.getByRole('button', { name: 'Save clause' }).click();
  await expect(panel.getByRole('status').first()).toContainText('Saved Camera van locations (version 1)');
  expect((await workspace.service.getClause({ id: 'our-camera-vans' })).source).toBe('local');

  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(app.getByRole('heading', { name: 'Request as received' })).toBeVisible();
});

test('organisation settings fill {{org.*}} in clauses', async ({ app, workspace }) => {
  await app.reload();
  await app.getByRole('button', { name: 'Settings' }).click();
  await app.getByLabel('Name', { exact: true }).fill('Westmoor County Council');
  await app.getByLabel('Internal review address').fill('reviews@westmoor.example');
  await app.getByLabel(/Part I of Schedule 1/).check();
  await expectAccessible(app, 'organisation settings');
  await app.getByRole('button', { name: 'Save settings' }).click();
  await expect(app.getByText('Settings saved.')).toBeVisible();
  const org = (await workspace.service.getWorkspace()).organisation;
  expect(org).toMatchObject({ name: 'Westmoor County Council', reviewAddress: 'reviews@westmoor.example', costTier: 'central' });
  expect((await workspace.service.fillClause({ id: 'foia-s12-1', values: {} })).text).toContain('£600');
});
