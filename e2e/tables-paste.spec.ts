import { test, expect, expectAccessible } from './support/fixtures';
import type { Workspace } from './support/fixtures';
import type { RichNode } from '../core/model';

// Tables built and changed from the toolbar alone, and Word's list paragraphs pasted as real lists.

async function openAnswer(workspace: Workspace, app: import('@playwright/test').Page) {
  const c = await workspace.service.createCase({ ref: 'FOI-2025-088', title: 'Fleet', regime: 'foia', received: '2025-03-14', requester: { name: 'Sam Roe', email: 'sam@example.org', address: '' }, requestText: '' });
  await workspace.service.updateCase({ id: c.id, patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'How many vehicles are in the fleet, by year?', heading: false }] } });
  await app.reload();
  await app.getByRole('button', { name: /FOI-2025-088/ }).click();
  await app.getByRole('button', { name: 'Answer question 1' }).click();
  const answer = app.getByRole('region', { name: 'Answer to question 1' });
  await expect(answer.getByRole('textbox')).toBeFocused();
  return { c, answer };
}

const shapeOf = (doc: RichNode | undefined) => {
  const table = doc?.content?.find((n) => n.type === 'table');
  return table ? (table.content ?? []).map((row) => (row.content ?? []).map((cell) => (cell.type === 'tableHeader' ? 'H' : 'c')).join('')) : null;
};

test('insert a table, add and delete rows and columns, toggle the header row, delete the table', async ({ app, workspace }) => {
  const { c, answer } = await openAnswer(workspace, app);
  await app.keyboard.type('The fleet by year:');
  const toolbar = answer.getByRole('toolbar', { name: 'Formatting' });
  await toolbar.getByRole('button', { name: 'Insert table' }).click();
  const tools = toolbar.getByRole('group', { name: 'Table' });
  await expect(tools).toBeVisible();
  await expect(tools.getByRole('button', { name: 'Header row' })).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.type('Year');
  await app.keyboard.press('Tab');
  await app.keyboard.type('Vehicles');
  await app.keyboard.press('Tab');
  await app.keyboard.type('2023');
  await app.keyboard.press('Tab');
  await app.keyboard.type('41');

  await tools.getByRole('button', { name: 'Add row below' }).click();
  await app.keyboard.press('Tab');
  await app.keyboard.type('2024');
  await tools.getByRole('button', { name: 'Add row above' }).click();
  await tools.getByRole('button', { name: 'Add column after' }).click();
  await tools.getByRole('button', { name: 'Add column before' }).click();
  await expect(answer.locator('table tr')).toHaveCount(4);
  await expect(answer.locator('table tr').first().locator('th')).toHaveCount(4);
  await answer.screenshot({ path: 'test-results/screens/table-toolbar.png' });
  await expectAccessible(app, 'an answer with a table and its tools');

  // The empty column put before the first, and the empty row put above 2024, go again.
  await answer.locator('table tr').nth(1).locator('td').first().click();
  await tools.getByRole('button', { name: 'Delete column' }).click();
  await answer.locator('table tr').nth(2).locator('td').first().click();
  await tools.getByRole('button', { name: 'Delete row' }).click();
  await expect(answer.locator('table tr')).toHaveText(['YearVehicles', '202341', '2024']);
  await expect(answer.locator('table tr')).toHaveCount(3);
  await expect(answer.locator('table tr').first().locator('th')).toHaveCount(3);

  // Keyboard: Alt+F10 from the cell reaches the table's tools; Escape goes back to the answer.
  await answer.locator('table td').first().click();
  await app.keyboard.press('Alt+F10');
  await expect(tools.getByRole('button', { name: 'Add row above' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(answer.getByRole('textbox')).toBeFocused();

  await tools.getByRole('button', { name: 'Header row' }).click();
  await expect(tools.getByRole('button', { name: 'Header row' })).toHaveAttribute('aria-pressed', 'false');
  await expect(answer.locator('table th')).toHaveCount(0);
  await tools.getByRole('button', { name: 'Header row' }).click();
  await expect(answer.locator('table tr').first().locator('th')).toHaveCount(3);
  await expect(answer.getByRole('status')).toHaveText('All changes saved');
  const saved = (await workspace.service.getCase({ id: c.id })).answers[0]!;
  expect(shapeOf(saved.doc)).toEqual(['HHH', 'ccc', 'ccc']);
  for (const words of ['Year', 'Vehicles', '2023', '41', '2024']) expect(JSON.stringify(saved.doc)).toContain(`"${words}"`);

  await tools.getByRole('button', { name: 'Delete table' }).click();
  await expect(answer.locator('table')).toHaveCount(0);
  await expect(toolbar.getByRole('group', { name: 'Table' })).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Insert table' })).toBeVisible();
  await expect(answer.getByRole('status')).toHaveText('All changes saved');
  expect(shapeOf((await workspace.service.getCase({ id: c.id })).answers[0]!.doc)).toBeNull();
});

// As Word for Windows puts a bulleted and a numbered list on the clipboard (hand-written copy).
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta name=ProgId content=Word.Document><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]--></head><body lang=EN-GB><!--StartFragment-->
<p class=MsoNormal>The fleet comprises:<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Marked cars<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Unmarked vans<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Bought in 2023<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Leased<o:p></o:p></p>
<!--EndFragment--></body></html>`;

test('a list pasted from Word becomes real list items, without the bullets and the empty paragraphs', async ({ app, workspace }) => {
  const { c, answer } = await openAnswer(workspace, app);
  await answer.getByRole('textbox').evaluate((el, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'The fleet comprises:\n\n· Marked cars\n· Unmarked vans\n\n1. Bought in 2023\n2. Leased');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, WORD_CLIPBOARD);

  await expect(answer.locator('.answer-editor ul > li')).toHaveText(['Marked cars', 'Unmarked vans']);
  await expect(answer.locator('.answer-editor ol > li')).toHaveText(['Bought in 2023', 'Leased']);
  await expect(answer.locator('.answer-editor')).not.toContainText('·');
  await expect(answer.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bulleted list' })).toBeVisible();
  await expectAccessible(app, 'an answer with a pasted Word list');
  await expect(answer.getByRole('status')).toHaveText('All changes saved');

  const doc = (await workspace.service.getCase({ id: c.id })).answers[0]!.doc;
  const blocks = (doc.content ?? []).filter((n) => !(n.type === 'paragraph' && !n.content));
  expect(blocks.map((n) => n.type)).toEqual(['paragraph', 'bulletList', 'orderedList']);
});
