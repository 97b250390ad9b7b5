import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { test, expect, expectAccessible } from './support/fixtures';

// Issue 15 (statistics): the officer opens Statistics, picks a quarter, sees the figures worked out by
// hand for a workspace of known cases, and exports them as CSV and DOCX for publication.

const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

test('the quarter\'s statistics: figures, charts with text, CSV and DOCX', async ({ app, workspace }, testInfo) => {
  const svc = workspace.service;
  const made = async (ref: string, received: string, sent: string | null, answers: { text: string; disposition: 'answered' | 'exempt' | 'not-held'; exemptions?: string[] }[], regime: 'foia' | 'eir' = 'foia') => {
    const c = await svc.createCase({ ref, title: `Request ${ref}`, regime, received, requester: { name: 'A Requester', email: 'a@example.org', address: '' }, requestText: '' });
    for (const [i, a] of answers.entries()) await svc.saveAnswer({ caseId: c.id, answer: { id: `${ref}-a${i}`, covers: [], doc: doc(a.text), disposition: a.disposition, exemptions: a.exemptions ?? [], redirectTo: '' } });
    if (sent) await svc.updateCase({ id: c.id, patch: { status: 'sent', sent } });
    return c.id;
  };
  // Received Tue 2 April 2024: day 20 is Tue 30 April.
  await made('ST-1', '2024-04-02', '2024-04-30', [{ text: 'We hold 12 vehicles.', disposition: 'answered' }]);
  const st2 = await made('ST-2', '2024-04-02', '2024-05-02', [
    { text: 'The budget was £40,000.', disposition: 'answered' },
    { text: 'The names are withheld under section 40(2).', disposition: 'exempt', exemptions: ['s40(2)'] },
  ]);
  await made('ST-3', '2024-05-15', '2024-06-03', [{ text: 'Withheld under regulation 12(5)(e).', disposition: 'exempt', exemptions: ['reg 12(5)(e)'] }], 'eir');
  await made('ST-4', '2024-06-20', null, [{ text: 'Draft.', disposition: 'answered' }]);
  await made('ST-Q1', '2024-03-28', '2024-04-02', [{ text: 'Yes.', disposition: 'answered' }]);
  await app.reload();

  // The requester of ST-2 (answered late) asks for an internal review: recorded on the case screen, by
  // keyboard, on a sent case (no reason asked: a review changes nothing that was sent).
  await app.getByLabel('Show').selectOption('all');
  await app.getByRole('button', { name: /ST-2/ }).first().click();
  await expect(app.getByRole('heading', { name: 'Request ST-2', level: 1 })).toBeVisible();
  await app.locator('summary', { hasText: 'Internal review' }).click();
  const requested = app.getByLabel('Review requested');
  await requested.fill('7/5/24');
  await requested.press('Enter');
  await expect.poll(async () => (await svc.getCase({ id: st2 })).review).toEqual({ requested: '2024-05-07', outcome: null, completed: null });
  await app.getByLabel('Outcome').selectOption({ label: 'Original decision partly upheld' });
  const decided = app.getByLabel('Review decided');
  // A day before the request is refused at the field, in words.
  await decided.fill('1/5/2024');
  await decided.press('Enter');
  await expect(app.getByText(/Review decided: the review cannot be decided before it was requested/)).toBeVisible();
  await decided.fill('4 June 2024');
  await decided.press('Enter');
  await expect(decided).toHaveValue('4 June 2024');
  await expect.poll(async () => (await svc.getCase({ id: st2 })).review).toEqual({ requested: '2024-05-07', outcome: 'partly-upheld', completed: '2024-06-04' });
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await expectAccessible(app, 'the case screen with an internal review');

  await app.getByRole('button', { name: 'Statistics' }).click();
  await expect(app.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible();
  await app.getByLabel('Year', { exact: true }).selectOption('2024');
  await app.getByLabel('Period', { exact: true }).selectOption({ label: 'April to June (Q2)' });
  await expect(app.getByRole('status').filter({ hasText: 'Freedom of information statistics: April to June 2024' })).toBeVisible();

  const table = (name: string) => app.getByRole('region', { name }).getByRole('table');
  const figure = async (region: string, measure: string) => (await table(region).getByRole('row', { name: measure, exact: false }).first().getByRole('cell').allInnerTexts()).join('|');
  expect(await figure('Requests received', 'Requests received')).toBe('4');
  expect(await figure('Requests received', 'Not yet answered (still open)')).toBe('1');
  expect(await figure('Timeliness of responses', 'Answered within the time limit')).toBe('2');
  expect(await figure('Timeliness of responses', 'Answered late')).toBe('1');
  expect(await figure('Timeliness of responses', 'Answered in time, as a percentage')).toBe('66.7');
  expect(await figure('Initial outcomes', 'Granted in full')).toBe('1');
  expect(await figure('Initial outcomes', 'Granted in part')).toBe('1');
  expect(await figure('Initial outcomes', 'Withheld in full')).toBe('1');
  expect(await figure('Exemptions and exceptions cited', 'FOIA s40 personal information')).toBe('1');
  expect(await figure('Exemptions and exceptions cited', 'EIR reg 12(5)(e) commercial confidentiality')).toBe('1');
  await expect(app.getByRole('region', { name: 'Internal reviews' })).not.toContainText('Not recorded yet');
  expect(await figure('Internal reviews', 'Internal reviews requested')).toBe('1');
  expect(await figure('Internal reviews', 'Original decision partly upheld')).toBe('1');
  expect(await figure('Internal reviews', 'Original decision upheld')).toBe('0');
  expect(await figure('Internal reviews', 'Not yet decided')).toBe('0');

  // Each chart is one image named with every figure, its bars labelled in text.
  const chart = app.getByRole('img', { name: /Initial outcomes, April to June 2024/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/Granted in full: 1; Granted in part \(partly withheld\): 1; Withheld in full under exemptions or exceptions: 1/);
  await expectAccessible(app, 'the Statistics screen');
  await app.screenshot({ path: testInfo.outputPath('statistics.png'), fullPage: true });

  // The CSV holds the same figures.
  const [csv] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('foi-statistics-2024-Q2.csv');
  const csvPath = testInfo.outputPath('stats.csv');
  await csv.saveAs(csvPath);
  const lines = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  expect(lines[0]).toBe('Table,Measure,April to June 2024');
  expect(lines).toEqual(expect.arrayContaining(['Requests received,Requests received,4', 'Timeliness of responses,Answered late,1', 'Initial outcomes,Granted in part (partly withheld),1', 'Exemptions and exceptions cited,FOIA s40 personal information,1', 'Internal reviews,Original decision partly upheld,1']));

  const [word] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export Word (DOCX)' }).click()]);
  const docxPath = testInfo.outputPath('stats.docx');
  await word.saveAs(docxPath);
  const text = (await mammoth.extractRawText({ path: docxPath })).value;
  expect(text).toContain('Freedom of information statistics: April to June 2024');
  expect(text).toMatch(/Answered late\s+1/);
  expect(text).toMatch(/Original decision partly upheld\s+1/);

  // A whole year: its four quarters and the year, side by side.
  await app.getByLabel('Period', { exact: true }).selectOption({ label: 'Whole year, by quarter' });
  await expect(table('Requests received').getByRole('columnheader')).toHaveText(['Measure', 'January to March 2024', 'April to June 2024', 'July to September 2024', 'October to December 2024', '2024 (year)']);
  expect(await figure('Requests received', 'Requests received')).toBe('1|4|0|0|5');
  await expectAccessible(app, 'the Statistics screen for a year');
});

test('Ctrl+Shift+T opens Statistics from anywhere', async ({ app }) => {
  await app.keyboard.press('Control+Shift+T');
  await expect(app.getByRole('heading', { name: 'Statistics', level: 1 })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Statistics' })).toHaveAttribute('aria-current', 'page');
});
