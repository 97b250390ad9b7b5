import { execFileSync } from 'node:child_process';
import mammoth from 'mammoth';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, type Workspace } from './support/fixtures';
import { DeskService } from '../electron/services/deskService';
import type { Answer } from '../core/model';

// The service's clock is the test's: typing "over time" is typing, then moving the clock on, so the
// one-version-a-minute rule is seen without waiting minutes. The page calls the same service.
let clock = '2024-06-03T08:50:00.000Z';
const TODAY = '2024-06-03';

function pinClock(workspace: Workspace): DeskService {
  workspace.service.close();
  workspace.service = new DeskService(workspace.path, { today: () => TODAY, now: () => clock, userName: 'jo.officer' });
  return workspace.service;
}

const para = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function seedCase(service: DeskService): Promise<{ id: string; answers: Answer[] }> {
  const c = await service.createCase({
    ref: 'FOI-2024-031',
    title: 'Telephony',
    regime: 'foia',
    received: '2024-05-20',
    requester: { name: 'Jo Bloggs', email: 'jo@example.org', address: '' },
    requestText: '1. How many calls did you receive?\n2. Who supplies the telephone system?',
  });
  await service.updateCase({
    id: c.id,
    patch: {
      questions: [
        { id: 'q1', number: '1', label: '1.', text: 'How many calls did you receive?', heading: false },
        { id: 'q2', number: '2', label: '2.', text: 'Who supplies the telephone system?', heading: false },
      ],
    },
  });
  const answers: Answer[] = [
    { id: 'a1', covers: ['q1'], doc: para('We hold call records.'), disposition: 'answered', exemptions: [], redirectTo: '' },
    { id: 'a2', covers: ['q2'], doc: para('The system is supplied by a contractor.'), disposition: 'answered', exemptions: [], redirectTo: '' },
  ];
  await service.replaceAnswers({ caseId: c.id, answers, removed: [] });
  return { id: c.id, answers };
}

async function openCase(app: Page) {
  await app.reload();
  await app.getByRole('button', { name: /FOI-2024-031/ }).first().click();
  await expect(app.getByRole('heading', { name: 'Telephony' })).toBeVisible();
}

const answerBlock = (app: Page, n: number) => app.getByRole('region', { name: `Answer to question ${n}`, exact: true });
const preview = (app: Page, n: number) => app.getByRole('group', { name: `Answer to question ${n} (press Enter to edit)` });
const editor = (app: Page, n: number) => app.getByRole('textbox', { name: `Answer to question ${n}` });

async function typeInto(app: Page, n: number, text: string) {
  const box = editor(app, n);
  await box.press('Control+End');
  await app.keyboard.type(text);
  await expect(answerBlock(app, n).getByRole('status')).toHaveText('All changes saved');
}

test('History: versions kept as the officer types over time, the differences shown, one restored; undo survives moving between answers', async ({ app, workspace }) => {
  const service = pinClock(workspace);
  const { id } = await seedCase(service);
  await openCase(app);

  clock = '2024-06-03T09:00:10.000Z';
  await preview(app, 1).click();
  await typeInto(app, 1, ' In 2023 we received 120 calls.');
  // A pause longer than the editor's undo grouping, then more words five minutes later.
  await app.waitForTimeout(700);
  clock = '2024-06-03T09:05:00.000Z';
  await typeInto(app, 1, ' Most were about parking.');

  // To answer 2 and back: Ctrl+Z in answer 1 still undoes its last typing.
  clock = '2024-06-03T09:06:00.000Z';
  await preview(app, 2).click();
  await typeInto(app, 2, ' Its name is withheld.');
  clock = '2024-06-03T09:07:00.000Z';
  await preview(app, 1).click();
  await expect(editor(app, 1)).toContainText('Most were about parking.');
  await editor(app, 1).press('Control+z');
  await expect(editor(app, 1)).not.toContainText('Most were about parking.');
  await expect(editor(app, 1)).toContainText('In 2023 we received 120 calls.');
  await expect(answerBlock(app, 1).getByRole('status')).toHaveText('All changes saved');
  // Answer 2's own typing was not touched by answer 1's undo.
  expect((await service.getCase({ id })).answers.find((a) => a.id === 'a2')!.doc).toEqual(para('The system is supplied by a contractor. Its name is withheld.'));

  // History lists the versions with UK date and time (British Summer Time) and why each was kept.
  await answerBlock(app, 1).getByRole('button', { name: 'History' }).click();
  const dialog = app.getByRole('dialog', { name: 'History: Answer to question 1' });
  await expect(dialog).toBeVisible();
  const versions = dialog.getByRole('group', { name: 'Versions, newest first' });
  await expect(versions.getByRole('radio')).toHaveCount(4);
  await expect(versions).toContainText('3 June 2024, 10:07');
  await expect(versions).toContainText('3 June 2024, 10:05');
  await expect(versions).toContainText('3 June 2024, 10:00');
  await expect(versions).toContainText('3 June 2024, 09:50');

  // The differences of the 10:05 version against the text now: its last sentence is gone since.
  await versions.getByRole('radio', { name: /10:05/ }).check();
  const diff = dialog.getByTestId('word-diff');
  await expect(diff.locator('del')).toHaveText('[removed: Most were about parking.]');
  await expect(diff.locator('ins')).toHaveCount(0);
  // The first version: the whole sentence added since, said in words as well as underlined.
  await versions.getByRole('radio', { name: /09:50/ }).check();
  await expect(diff.locator('ins')).toContainText('In 2023 we received 120 calls.');
  await expect(diff.locator('ins .visually-hidden').first()).toHaveText('[added: ');
  await expectAccessible(app, 'the History dialog');
  await dialog.screenshot({ path: test.info().outputPath('history-dialog.png') });
  await dialog.screenshot({ path: 'test-results/screens/history-dialog.png' });

  // Restore the 10:05 version: the editor shows it, the store holds it, and nothing was lost.
  await versions.getByRole('radio', { name: /10:05/ }).check();
  clock = '2024-06-03T09:10:00.000Z';
  await dialog.getByRole('button', { name: 'Restore this version' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor(app, 1)).toContainText('Most were about parking.');
  await expect.poll(async () => (await service.getCase({ id })).answers.find((a) => a.id === 'a1')!.doc).toEqual(para('We hold call records. In 2023 we received 120 calls. Most were about parking.'));
  const kept = await service.listAnswerVersions({ caseId: id, answerId: 'a1' });
  expect(kept.map((v) => v.reason)).toEqual(['restore', 'edit', 'edit', 'edit', 'edit']);
  expect(kept[1]!.plainText).toBe('We hold call records. In 2023 we received 120 calls.');
});

test('Sent means sent: marking sent keeps the letter; editing warns and asks why; the sent copy stays as it went out', async ({ app, workspace }) => {
  const service = pinClock(workspace);
  const { id } = await seedCase(service);
  await openCase(app);

  await app.getByLabel('Status').selectOption('sent');
  const gate = app.getByRole('dialog', { name: 'Before this response goes out' });
  // The send checks may ask for reasons: give them, as an officer would.
  if (await gate.isVisible({ timeout: 2000 }).catch(() => false)) {
    for (const box of await gate.getByRole('textbox').all()) await box.fill('Agreed with the head of information rights.');
    await gate.getByRole('button', { name: /anyway/ }).click();
  }
  await expect(app.getByLabel('Status')).toHaveValue('sent');
  const panel = app.getByRole('region', { name: 'Sent copy' });
  await expect(panel).toContainText('Kept when the case was marked sent on 3 June 2024');
  const sentHtml = Buffer.from((await service.getSentCopy({ caseId: id, kind: 'html' })).base64, 'base64').toString('utf8');
  expect(sentHtml).toContain('We hold call records.');

  // Moving through the sent case reads it; asking to edit warns first. Cancel leaves it as it was.
  await preview(app, 1).click();
  const warning = app.getByRole('dialog', { name: 'Change a sent case?' });
  await expect(warning).toContainText('This case was sent on 3 June 2024. Editing changes your record, not what the requester received.');
  await expectAccessible(app, 'the sent-case warning');
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect(warning).toBeHidden();
  await expect(editor(app, 1)).toHaveCount(0);

  // The reason is required.
  await preview(app, 1).click();
  await warning.getByRole('button', { name: 'Record reason and edit' }).click();
  await expect(warning).toBeVisible();
  clock = '2024-06-05T13:30:00.000Z';
  await warning.getByLabel('Why are you changing it? (required)').fill('The figure was wrong in our record');
  await warning.getByRole('button', { name: 'Record reason and edit' }).click();
  await expect(warning).toBeHidden();
  await typeInto(app, 1, ' Corrected after sending.');

  // Who, when and why are on the case; the copy of what went out is unchanged.
  await expect(panel).toContainText('5 June 2024, 14:30, jo.officer: The figure was wrong in our record');
  expect(Buffer.from((await service.getSentCopy({ caseId: id, kind: 'html' })).base64, 'base64').toString('utf8')).toBe(sentHtml);
  await panel.getByRole('button', { name: 'View the letter as sent' }).click();
  const letter = app.getByRole('dialog', { name: 'The letter as sent' });
  await expect(letter).toBeVisible();
  await expect(letter.getByRole('document', { name: 'The letter as sent' })).toBeVisible();
  const shown = await letter.locator('.log-preview').evaluate((el) => el.shadowRoot?.textContent ?? '');
  expect(shown).toContain('We hold call records.');
  expect(shown).not.toContain('Corrected after sending.');
  await expectAccessible(app, 'the letter as sent');
  await letter.getByRole('button', { name: 'Close' }).click();
});

test('Export draft gives the letter marked DRAFT, without the send checks', async ({ app, workspace }) => {
  const service = pinClock(workspace);
  const { id } = await seedCase(service);
  await openCase(app);

  const [pdf] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export draft (PDF)' }).click()]);
  expect(pdf.suggestedFilename()).toBe('draft-response-FOI-2024-031.pdf');
  await expect(app.getByRole('dialog', { name: 'Before this response goes out' })).toHaveCount(0);
  const text = execFileSync('pdftotext', ['-raw', (await pdf.path())!, '-'], { encoding: 'utf8' });
  expect(text).toContain('DRAFT — not for sending');
  expect(text).toMatch(/^DRAFT$/m);

  const [docx] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Export draft (Word)' }).click()]);
  expect(docx.suggestedFilename()).toBe('draft-response-FOI-2024-031.docx');
  const { value } = await mammoth.extractRawText({ path: (await docx.path())! });
  expect(value.trimStart().startsWith('DRAFT — not for sending')).toBe(true);
  // A draft is not what was sent, nor an export worth a version.
  expect((await service.getSentRecord({ caseId: id })).copies).toEqual([]);
  expect((await service.listAnswerVersions({ caseId: id, answerId: 'a1' })).map((v) => v.reason)).toEqual(['edit']);
  await expectAccessible(app, 'the case screen with Export draft');
});
