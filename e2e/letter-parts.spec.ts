import { execFileSync } from 'node:child_process';
import mammoth from 'mammoth';
import { test, expect, expectAccessible } from './support/fixtures';

// Issue 11: the letter has parts of its own (salutation, opening, closing section, sign-off), printed in
// the letter and never in the disclosure log; a pasted address becomes a link.

test('the letter has its own parts: in the letter, not in the log', async ({ app, workspace }, testInfo) => {
  const svc = workspace.service;
  await svc.saveOrganisation({ ...(await svc.getWorkspace()).organisation, name: 'Exampleshire County Council', contactEmail: 'foi@exampleshire.gov.uk', reviewAddress: 'FOI Team, County Hall, Exampletown EX1 1AA' });
  const c = await svc.createCase({ ref: 'TEL-1', title: 'Telephony', regime: 'foia', received: '2024-06-03', requester: { name: 'Ms Jo Bloggs', email: 'jo@example.com', address: '' }, requestText: '1. Who supplies your telephony?' });
  await svc.updateCase({ id: c.id, patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'Who supplies your telephony?', heading: false }] } });
  await svc.saveAnswer({ caseId: c.id, answer: { id: 'a1', covers: ['q1'], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We do not hold a list of suppliers.' }] }] }, disposition: 'not-held', exemptions: [], redirectTo: '' } });
  await app.reload();
  await app.getByRole('button', { name: /TEL-1/ }).click();
  await expect(app.getByRole('heading', { name: 'Telephony', level: 1 })).toBeVisible();

  // The officer sees the defaults: the title in sentence case, the requester greeted by title and surname.
  const letter = app.getByRole('region', { name: 'Letter' });
  await expect(letter.getByLabel('Salutation')).toHaveValue('Dear Ms Bloggs');
  await expect(letter.getByLabel('Opening')).toHaveValue(/^Thank you for your request of 3 June 2024 about telephony\./);
  const closing = letter.getByRole('textbox', { name: 'Closing section' });
  await expect(closing).toContainText('internal review');
  await expect(closing).toContainText('FOI Team, County Hall');
  await expect(closing).toContainText('Information Commissioner');
  await expectAccessible(app, 'the case screen with its Letter panel');

  // The sign-off is edited for this letter, saved without a Save button, and can go back to the default.
  await letter.getByLabel('Sign-off').fill('Yours sincerely\n\nPat Officer\nInformation Rights Team');
  await expect(letter.getByText('All changes saved')).toBeVisible();
  await expect.poll(async () => (await svc.getCase({ id: c.id })).letter?.signOff).toBe('Yours sincerely\n\nPat Officer\nInformation Rights Team');
  await expect(letter.getByRole('button', { name: 'Reset to default' }).nth(3)).toBeEnabled();

  // A web address pasted into an answer becomes a link whose text is the address.
  await app.locator('[data-answer-id="a1"] .answer-preview').click();
  const answer = app.locator('[data-answer-id="a1"] [contenteditable="true"]');
  await answer.press('End');
  await answer.evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/plain', ' Our suppliers are listed at https://www.exampleshire.gov.uk/telephony');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(answer.getByRole('link', { name: 'https://www.exampleshire.gov.uk/telephony' })).toHaveAttribute('href', 'https://www.exampleshire.gov.uk/telephony');
  await expect(app.locator('[data-answer-id="a1"]').getByText('All changes saved')).toBeVisible();

  // Emptying the closing section leaves a refusal without its rights: the checks offer the fix.
  await closing.click();
  await app.keyboard.press('Control+a');
  await app.keyboard.press('Delete');
  await expect.poll(async () => JSON.stringify((await svc.getCase({ id: c.id })).letter?.closing ?? null)).not.toContain('internal review');
  const summary = app.getByRole('button', { name: /^Checks: \d+ error/ });
  await expect(summary).toBeVisible();
  await summary.click();
  await app.getByRole('button', { name: 'Add the closing paragraphs' }).first().click();
  await expect(closing).toContainText('internal review');
  await expect(closing).toContainText('Information Commissioner');
  await expect.poll(async () => (await svc.getCase({ id: c.id })).letter?.closing ?? null).toBeNull();

  // The letter, as Word and as PDF, read back: salutation, opening, the answer, the closing section, the sign-off.
  const wanted = ['Dear Ms Bloggs,', 'about telephony', 'We do not hold a list of suppliers.', 'Your rights', 'internal review', 'Information Commissioner', 'Yours sincerely', 'Pat Officer'];
  const inOrder = (text: string) => {
    const flat = text.replace(/\s+/g, ' ');
    const at = wanted.map((w) => flat.indexOf(w));
    expect(at.every((i) => i >= 0), `${JSON.stringify(at)} in ${flat.slice(0, 2000)}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  };
  const [docx] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Letter (Word)' }).click()]);
  const docxPath = testInfo.outputPath('letter.docx');
  await docx.saveAs(docxPath);
  inOrder((await mammoth.extractRawText({ path: docxPath })).value);
  const html = (await mammoth.convertToHtml({ path: docxPath })).value;
  expect(html).toContain('<a href="https://www.exampleshire.gov.uk/telephony">https://www.exampleshire.gov.uk/telephony</a>');

  const [pdf] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Letter (PDF)' }).click()]);
  const pdfPath = testInfo.outputPath('letter.pdf');
  await pdf.saveAs(pdfPath);
  inOrder(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }));
  const uris = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdfPath, '-'], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  expect(uris).toContain('/URI (https://www.exampleshire.gov.uk/telephony)');

  // The month's log: the request and the answer, none of the letter's own parts.
  await svc.updateCase({ id: c.id, patch: { status: 'sent', sent: '2024-06-20' } });
  await app.getByRole('button', { name: 'Disclosure log' }).click();
  await app.getByLabel('Month').fill('2024-06');
  await expect(app.getByRole('list', { name: 'Entries in publication order' }).getByRole('listitem')).toHaveCount(1);
  await expectAccessible(app, 'the disclosure log with the case');
  const [logDocx] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export Word (DOCX)' }).click()]);
  const logPath = testInfo.outputPath('log.docx');
  await logDocx.saveAs(logPath);
  const log = (await mammoth.extractRawText({ path: logPath })).value;
  expect(log).toContain('Who supplies your telephony?');
  expect(log).toContain('We do not hold a list of suppliers.');
  for (const part of ['Dear Ms Bloggs', 'Thank you for your request', 'internal review', 'Information Commissioner', 'Yours sincerely', 'Pat Officer', 'Your rights']) expect(log).not.toContain(part);
});
