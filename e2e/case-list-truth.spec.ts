import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible } from './support/fixtures';

/**
 * Axe over one part of the screen, with the same rules as expectAccessible: where the case screen is
 * open beside the list, the parts this spec is about (the list, the delete dialog) are checked alone.
 */
async function expectAccessibleIn(page: Page, selector: string, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `accessibility of ${label}`,
  ).toEqual([]);
}

// Issue 11: lists and search that tell the truth, a bin for deleted cases, and the log's order kept
// in the workspace. Each test does what the officer did, then checks what they should see.

const bundle = () => JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8'));
const sidebar = (app: Page) => app.getByRole('complementary', { name: 'Cases' });

test('a filter that hides every case says what it hides, and Show all shows them', async ({ app, workspace }) => {
  await workspace.service.importBundle({ bundle: bundle(), replace: false });
  await app.reload();
  const list = sidebar(app);
  await expect(list.getByText('No open cases.')).toBeVisible();
  await expect(list.getByText(/3 sent cases match/)).toBeVisible();
  await expectAccessible(app, 'the case list with the empty-filter message');
  // Looked at by a person (issue 11): kept where DESK_SCREENSHOT_DIR says, else with the test's output.
  const shot = await list.screenshot({ path: join(process.env['DESK_SCREENSHOT_DIR'] ?? test.info().outputPath(), 'case-list-empty-filter.png') });
  await test.info().attach('case list with the empty-filter message', { body: shot, contentType: 'image/png' });
  await list.getByRole('button', { name: 'Show all' }).click();
  await expect(app.getByLabel('Show')).toHaveValue('all');
  await expect(list.getByRole('list').getByRole('listitem')).toHaveCount(3);
});

test("search finds a sent case by the requester's email while the list shows open cases", async ({ app, workspace }) => {
  await workspace.service.importBundle({ bundle: bundle(), replace: false });
  await app.reload();
  const list = sidebar(app);
  await expect(app.getByLabel('Show')).toHaveValue('open');
  await app.getByLabel('Search cases').fill('riley.sample@example.org');
  await expect(list.getByText('Searching all cases, not only “Open”.')).toBeVisible();
  const found = list.getByRole('button', { name: /5024150/ });
  await expect(found).toBeVisible();
  await found.click();
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(app.locator('.case-ref-line')).toContainText('5024150');
  await expectAccessibleIn(app, '.sidebar', 'a search across every case');
});

test('delete a case: it goes to the bin and comes back with Restore', async ({ app, workspace }) => {
  await workspace.service.importBundle({ bundle: bundle(), replace: false });
  await app.reload();
  const list = sidebar(app);
  await app.getByLabel('Show').selectOption('all');
  await list.getByRole('button', { name: /5024113/ }).click();
  await expect(app.locator('.case-ref-line')).toContainText('5024113');

  // Keyboard only: the button, the dialog's safe default, then the deliberate choice.
  await app.getByRole('button', { name: 'Delete case…' }).focus();
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'Delete case 5024113?' });
  await expect(dialog).toContainText('restore it from the Bin in the case list for 30 days');
  await expect(dialog.getByRole('button', { name: 'Keep the case' })).toBeFocused();
  await expectAccessibleIn(app, '.dialog', 'the delete confirmation');
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('button', { name: 'Delete case…' })).toBeFocused();
  await app.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Move to the Bin' }).focus();
  await app.keyboard.press('Enter');

  await expect(app.getByRole('heading', { name: 'Your requests' })).toBeVisible();
  await expect(list.getByRole('button', { name: /5024113/ })).toHaveCount(0);
  await app.getByLabel('Search cases').fill('5024113');
  await expect(list.getByText('No case matches “5024113”.')).toBeVisible();
  await list.getByRole('button', { name: 'Open the bin' }).click();
  await expect(app.getByLabel('Show')).toHaveValue('bin');
  await expect(list.getByText('30 days left')).toBeVisible();
  await expectAccessible(app, 'the bin');
  await list.getByRole('button', { name: 'Restore 5024113' }).click();
  await expect(list.getByText('The bin is empty.')).toBeVisible();
  await list.getByRole('button', { name: 'Open 5024113' }).click();
  await expect(app.locator('.case-ref-line')).toContainText('5024113');
});

test('a case marked sent stays in reach when the Open filter no longer lists it', async ({ app, workspace }) => {
  const b = bundle();
  b.cases[1].sent = null;
  b.cases[1].status = 'in-review';
  await workspace.service.importBundle({ bundle: b, replace: false });
  await app.reload();
  const list = sidebar(app);
  await list.getByRole('button', { name: /5024113/ }).click();
  await expect(app.locator('.case-ref-line')).toContainText('5024113');
  await app.getByLabel('Status').selectOption('sent');
  const gate = app.getByRole('dialog', { name: 'Before this response goes out' });
  // The send checks may ask for reasons (the fixture is sent late today): give them, as an officer would.
  if (await gate.isVisible({ timeout: 2000 }).catch(() => false)) {
    for (const box of await gate.getByRole('textbox').all()) await box.fill('Agreed with the head of information rights.');
    await gate.getByRole('button', { name: /anyway/ }).click();
  }
  await expect(app.getByLabel('Status')).toHaveValue('sent');
  const kept = list.getByRole('region', { name: /Just sent: not in “Open”/ });
  await expect(kept).toBeVisible();
  await expect(list.getByText('No open cases.')).toBeVisible();
  await expectAccessibleIn(app, '.sidebar', 'the case list after sending');
  await app.getByRole('button', { name: 'Disclosure log' }).click();
  await kept.getByRole('button', { name: /5024113/ }).click();
  await expect(app.locator('.case-ref-line')).toContainText('5024113');
});

test("the log's order survives a reload with the page's storage cleared", async ({ app, workspace }) => {
  await workspace.service.importBundle({ bundle: bundle(), replace: false });
  await app.reload();
  const open = async () => {
    await app.getByRole('button', { name: 'Disclosure log' }).click();
    await app.getByLabel('Month').fill('2024-06');
    return app.getByRole('list', { name: 'Entries in publication order' }).getByRole('listitem');
  };
  let entries = await open();
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('5024113');
  await app.getByRole('button', { name: 'Move 5024150 up' }).click();
  await expect(entries.first()).toContainText('5024150');
  await app.evaluate(() => localStorage.clear());
  await app.reload();
  entries = await open();
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('5024150');
  await expectAccessible(app, 'the disclosure log in its saved order');
});
