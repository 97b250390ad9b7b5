import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { dispatch } from '../../core/api/dispatch';
import type { Answer, Case } from '../../core/model';
import { DeskService } from './deskService';
import { MIGRATIONS } from './migrations';
import { openWorkspaceDb, schemaVersion } from './workspaceDb';
import { tempWorkspacePath } from './testing/testWorkspace';
import type { PdfPrinter } from './pdf/pdfPrinter';

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
let clock: string;
const at = (hhmmss: string) => (clock = `2024-06-03T${hhmmss}.000Z`);
// Printing is not what these tests are about: a printer that returns a fixed PDF-shaped file.
const printer: PdfPrinter = { print: async () => new TextEncoder().encode('%PDF-1.7 test'), dispose: async () => {} } as unknown as PdfPrinter;

beforeEach(async () => {
  ws = tempWorkspacePath();
  at('10:00:05');
  service = new DeskService(ws.path, { today: () => '2024-06-03', now: () => clock, pdfPrinter: printer, userName: 'jo.officer' });
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function caseWithAnswer(): Promise<{ c: Case; answer: Answer }> {
  const c = await service.createCase({ ref: 'FOI-7', title: 'Telephony', regime: 'foia', received: '2024-05-20', requester: { name: 'Jo Bloggs', email: '', address: '' }, requestText: '1. How many calls?' });
  await service.updateCase({ id: c.id, patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'How many calls?', heading: false }] } });
  const answer: Answer = { id: randomUUID(), covers: ['q1'], doc: para('We received 100 calls.'), disposition: 'answered', exemptions: [], redirectTo: '' };
  await service.saveAnswer({ caseId: c.id, answer });
  return { c, answer };
}

const texts = async (caseId: string, answerId: string) => (await service.listAnswerVersions({ caseId, answerId })).map((v) => `${v.reason}: ${v.plainText}`);

describe("an answer's history", () => {
  it('keeps one version a minute of typing, the newest text always among them', async () => {
    const { c, answer } = await caseWithAnswer();
    at('10:00:20');
    await service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: para('We received 120 calls.') } });
    at('10:00:59');
    await service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: para('We received 125 calls.') } });
    expect((await texts(c.id, answer.id))).toEqual(['edit: We received 125 calls.']);
    at('10:01:02');
    await service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: para('We received 130 calls in 2023.') } });
    at('10:03:40');
    await service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: para('We received 131 calls in 2023.') } });
    const list = await service.listAnswerVersions({ caseId: c.id, answerId: answer.id });
    expect(list.map((v) => v.plainText)).toEqual(['We received 131 calls in 2023.', 'We received 130 calls in 2023.', 'We received 125 calls.']);
    expect(list.map((v) => v.at)).toEqual(['2024-06-03T10:03:40.000Z', '2024-06-03T10:01:02.000Z', '2024-06-03T10:00:59.000Z']);
    // A save that changes only the outcome keeps no new version of the same words.
    at('10:09:00');
    await service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: para('We received 131 calls in 2023.'), disposition: 'partly-answered' } });
    expect(await service.listAnswerVersions({ caseId: c.id, answerId: answer.id })).toHaveLength(3);
  });

  it('keeps a version at each export and change of status, which later typing never rewrites', async () => {
    const { c, answer } = await caseWithAnswer();
    at('10:00:30');
    await service.exportLetter({ id: c.id, format: 'pdf', draft: false });
    at('10:00:40');
    await service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: para('We received 99 calls.') } });
    at('10:00:50');
    await service.updateCase({ id: c.id, patch: { status: 'in-review' } });
    // A draft is not an export of what goes out: no version for it.
    await service.exportLetter({ id: c.id, format: 'pdf', draft: true });
    expect((await texts(c.id, answer.id))).toEqual(['status: We received 99 calls.', 'edit: We received 99 calls.', 'export: We received 100 calls.', 'edit: We received 100 calls.']);
  });

  it('restores a version as a new one, losing nothing, through dispatch as the window calls it', async () => {
    const { c, answer } = await caseWithAnswer();
    at('10:05:00');
    await service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: para('Rewritten badly.') } });
    const [, first] = await service.listAnswerVersions({ caseId: c.id, answerId: answer.id });
    at('10:05:10');
    const r = await dispatch(service, 'restoreAnswerVersion', { caseId: c.id, versionId: first!.id });
    expect(r).toMatchObject({ ok: true, value: { id: answer.id, doc: para('We received 100 calls.') } });
    expect((await service.getCase({ id: c.id })).answers[0]!.doc).toEqual(para('We received 100 calls.'));
    expect((await texts(c.id, answer.id))).toEqual(['restore: We received 100 calls.', 'edit: Rewritten badly.', 'edit: We received 100 calls.']);
    // Typing in the same minute as the restore starts a version of its own: the restore stays.
    await service.saveAnswer({ caseId: c.id, answer: { ...answer, doc: para('We received 100 calls, all answered.') } });
    expect((await texts(c.id, answer.id))[1]).toBe('restore: We received 100 calls.');
    const version = await service.getAnswerVersion({ caseId: c.id, versionId: first!.id });
    expect(version).toMatchObject({ answerId: answer.id, reason: 'edit', doc: para('We received 100 calls.') });
  });

  it('says so when a version is not in this case', async () => {
    const { c } = await caseWithAnswer();
    const r = await dispatch(service, 'getAnswerVersion', { caseId: c.id, versionId: 9999 });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('migration 6 on a workspace made before it', () => {
  it("adds the history tables and keeps an answer's text from before the migration on its first edit", async () => {
    service.close();
    const file = `${ws.dir}/old.sqlite`;
    const before = Math.max(...MIGRATIONS.filter((m) => m.version < 6).map((m) => m.version));
    const old = openWorkspaceDb(file, MIGRATIONS.filter((m) => m.version <= before));
    expect(schemaVersion(old)).toBe(before);
    const now = '2024-01-10T09:00:00.000Z';
    old.prepare(`INSERT INTO cases (id, num, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
      VALUES ('c1', 1, 'OLD-1', 'Gritting', 'foia', '2024-01-02', NULL, 'drafting', 1, '{"name":"","email":"","address":""}', '', '', '[]', '{"clarificationRequested":null,"clarificationReceived":null,"publicInterestExtensionDays":0,"complexExtension":false}', ?, ?)`).run(now, now);
    old.prepare("INSERT INTO questions (id, case_id, position, number, label, text, heading) VALUES ('q1', 'c1', 0, '1', '1.', 'Which roads?', 0)").run();
    old.prepare(`INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at) VALUES ('a1', 'c1', 0, '["q1"]', ?, 'The A1 and the A2.', 'answered', '[]', '', ?)`).run(JSON.stringify(para('The A1 and the A2.')), now);
    old.close();

    at('11:00:00');
    service = new DeskService(file, { today: () => '2024-06-03', now: () => clock, pdfPrinter: printer });
    expect((await service.getWorkspace()).schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    expect(await service.listAnswerVersions({ caseId: 'c1', answerId: 'a1' })).toEqual([]);
    await service.saveAnswer({ caseId: 'c1', answer: { id: 'a1', covers: ['q1'], doc: para('The A1 only.'), disposition: 'answered', exemptions: [], redirectTo: '' } });
    expect((await service.listAnswerVersions({ caseId: 'c1', answerId: 'a1' })).map((v) => [v.at, v.plainText])).toEqual([
      ['2024-06-03T11:00:00.000Z', 'The A1 only.'],
      [now, 'The A1 and the A2.'],
    ]);
    expect(await service.getSentRecord({ caseId: 'c1' })).toEqual({ sent: null, copies: [], edits: [] });
  });
});
