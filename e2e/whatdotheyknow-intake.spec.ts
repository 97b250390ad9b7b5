import { readFileSync } from 'node:fs';
import { test, expect, expectAccessible } from './support/fixtures';

// Issue 14, intake from WhatDoTheyKnow: a request pasted with its footer, its asks run together in one
// paragraph and the authority's earlier reply quoted under it. The footer goes, the reply address becomes
// the requester's email, the channel is WhatDoTheyKnow, the split finds the three asks and nothing from the
// quoted reply, and the letter greets the pseudonym as "Dear requester".
const REQUEST = readFileSync('core/intake/corpus/65-wdtk-police-bracketed-inline-with-quoted-reply.txt', 'utf8');
const ADDRESS = 'foi+request-811207-0fa4d3e9@whatdotheyknow.com';

test('a WhatDoTheyKnow request pasted into the new case form', async ({ app, workspace }) => {
  await app.getByRole('button', { name: 'New case' }).click();
  await app.getByLabel('Reference').fill('WDTK-2024-07');
  await app.getByLabel('Title', { exact: true }).fill('Vehicle pursuits');
  // The name WhatDoTheyKnow shows: a pseudonym written like a name.
  await app.getByLabel('Name', { exact: true }).fill('Concerned Resident');
  await app.getByLabel('Request', { exact: true }).fill(REQUEST);

  const request = app.getByLabel('Request', { exact: true });
  await expect(request).toHaveValue(/^Dear Northvale Constabulary,/);
  await expect(request).not.toHaveValue(/Please use this email address|Disclaimer|wrong address|FOI officer|-{10}/);
  // The earlier correspondence stays as context.
  await expect(request).toHaveValue(/On Mon, 3 Jun 2024 at 10:15, Freedom of Information <foi@northvale\.police\.uk> wrote:/);
  await expect(app.getByLabel('Email', { exact: true })).toHaveValue(ADDRESS);
  await expect(app.getByLabel('Channel')).toHaveValue('whatdotheyknow');
  await expect(app.getByLabel('Channel').locator('option:checked')).toHaveText('WhatDoTheyKnow');
  await expect(app.getByRole('status').filter({ hasText: 'Sent through WhatDoTheyKnow' })).toContainText(ADDRESS);
  await expectAccessible(app, 'the new case form with a WhatDoTheyKnow request pasted');

  await app.getByRole('button', { name: 'Create case' }).click();
  await expect(app.getByRole('heading', { name: 'Vehicle pursuits', level: 1 })).toBeVisible();
  await expect(app.getByLabel('Channel')).toHaveValue('whatdotheyknow');

  await app.getByRole('button', { name: 'Split into questions' }).click();
  await app.getByRole('button', { name: 'Done correcting' }).click();
  for (const n of [1, 2, 3]) await expect(app.getByRole('button', { name: `Answer question ${n}` })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Answer question 4' })).toHaveCount(0);

  const [summary] = await workspace.service.listCases({ filter: 'all', search: '' });
  const c = await workspace.service.getCase({ id: summary!.id });
  expect(c.channel).toBe('whatdotheyknow');
  expect(c.requester.email).toBe(ADDRESS);
  expect(c.questions.map((q) => `${q.number} ${q.text}`)).toEqual([
    '1 How many vehicle pursuits did officers start?',
    '2 How many of those pursuits ended in a collision?',
    '3 How many officers were trained as tactical pursuit drivers on 31 December 2023?',
  ]);
  const split = c.questions.map((q) => q.text).join('\n');
  expect(split).not.toMatch(/whatdotheyknow|Disclaimer|2022|We can confirm/i);

  const letter = app.getByRole('region', { name: 'Letter' });
  await expect(letter.getByLabel('Salutation')).toHaveValue('Dear requester');
  await expectAccessible(app, 'the case screen of a WhatDoTheyKnow request');

  // The channel can be corrected on the case screen, and is saved; the name is then greeted as written.
  await app.getByLabel('Channel').selectOption('email');
  await expect.poll(async () => (await workspace.service.getCase({ id: c.id })).channel ?? 'email').toBe('email');
  await expect(letter.getByLabel('Salutation')).toHaveValue('Dear Concerned Resident');
});
