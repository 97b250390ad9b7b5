import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { test, expect, expectAccessible } from './support/fixtures';

test('compile a month of three cases, preview it, and export it as Word and PDF', async ({ app, workspace }, testInfo) => {
  const bundle = JSON.parse(readFileSync('fixtures/iopc-month.bundle.json', 'utf8'));
  bundle.cases[0].sent = '2024-06-03'; // bring the May case into June: three entries
  await workspace.service.importBundle({ bundle, replace: false });
  await app.reload();

  await app.getByRole('button', { name: 'Disclosure log' }).click();
  await app.getByLabel('Month').fill('2024-06');
  const entries = app.getByRole('list', { name: 'Entries in publication order' }).getByRole('listitem');
  await expect(entries).toHaveCount(3);
  const preview = app.getByRole('document', { name: /Preview of the disclosure log for June 2024/ });
  await expect(preview.getByRole('heading', { level: 1 })).toContainText('June 2024');
  await expect(preview.getByRole('link', { name: 'Senior Project Managers' })).toBeVisible();

  // Move the last entry to the top: the preview follows.
  const lastRef = (await entries.nth(2).locator('.case-ref').textContent())!;
  await app.getByRole('button', { name: `Move ${lastRef} up` }).click();
  await app.getByRole('button', { name: `Move ${lastRef} up` }).click();
  await expect(entries.first()).toContainText(lastRef);
  await expectAccessible(app, 'the disclosure log month view');

  const [docx] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export Word (DOCX)' }).click()]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const docxPath = testInfo.outputPath('log.docx');
  await docx.saveAs(docxPath);
  const text = (await mammoth.extractRawText({ path: docxPath })).value;
  for (const ref of ['5024007', '5024113', '5024150']) expect(text).toContain(ref);
  expect(text.indexOf(lastRef)).toBeLessThan(text.indexOf(lastRef === '5024007' ? '5024113' : '5024007'));
  expect(text).not.toContain('Jordan Example');

  const [pdf] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const pdfPath = testInfo.outputPath('log.pdf');
  await pdf.saveAs(pdfPath);
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Tagged:\s+yes/);
  expect(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).toContain('Senior Project Managers');
});
