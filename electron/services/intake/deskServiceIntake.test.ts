import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../../core/api/dispatch';
import { DeskService } from '../deskService';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { buildTestMsg } from '../testing/testMsgFile';
import { buildTestDocx } from '../testing/testDocxFile';

const TODAY = '2025-04-07';
let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;

beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => TODAY });
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

const base64Of = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const fixture = (name: string) => base64Of(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe('DeskService intake on a real workspace', () => {
  it('splitRequest gives each question its own id', async () => {
    const r = await dispatch(service, 'splitRequest', { text: 'Dear team,\n1. How many?\n2. Broken down by year:\na) 2023\nb) 2024\n\nThanks' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { questions } = r.value as { questions: Array<{ id: string; number: string; heading: boolean }> };
    expect(questions.map((q) => q.number)).toEqual(['1', '2', '2.a', '2.b']);
    expect(new Set(questions.map((q) => q.id)).size).toBe(4);
    expect(await service.splitRequest({ text: '   ' })).toEqual({ questions: [] });
  });

  it('readRequestFile takes the file as base64 through dispatch', async () => {
    const r = await dispatch(service, 'readRequestFile', { name: 'request.eml', base64: fixture('request.eml') });
    expect(r).toMatchObject({ ok: true, value: { received: '2025-03-31', requester: { email: 'imogen.thwaite@example.org' }, attachments: [{ name: 'wards-of-interest.csv' }] } });
  });

  it('createCaseFromFile makes the case from an email: date, requester, title, text, attachments and questions, in the file', async () => {
    const r = await dispatch(service, 'createCaseFromFile', { name: 'request.eml', base64: fixture('request.eml'), ref: 'FOI-2025-0142', regime: 'foia' });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const id = (r.value as { id: string }).id;
    service.close();
    service = new DeskService(ws.path, { today: () => TODAY });
    const c = await service.getCase({ id });
    expect(c).toMatchObject({
      ref: 'FOI-2025-0142',
      title: "FOI request: residents' parking permits",
      regime: 'foia',
      received: '2025-03-31',
      status: 'new',
      requester: { name: 'Imogen Thwaite', email: 'imogen.thwaite@example.org', address: '' },
      attachments: [{ name: 'wards-of-interest.csv' }],
    });
    expect(c.requestText).toMatch(/^Dear Freedom of Information team,[\s\S]*Imogen Thwaite$/);
    expect(c.questions.map((q) => [q.number, q.label, q.heading])).toEqual([['1', '1.', false], ['2', '2.', true], ['2.a', 'a)', false], ['2.b', 'b)', false], ['3', '3.', false]]);
    // The clock runs from the email's UK date, not from the day the case was made.
    expect((await service.getCaseDeadline({ id })).received).toBe('2025-03-31');
    expect((await service.listCases({ filter: 'all', search: 'parking' })).map((s) => s.ref)).toEqual(['FOI-2025-0142']);
  });

  it('createCaseFromFile from an Outlook message, with the title the officer gives', async () => {
    const msg = buildTestMsg({
      subject: 'RE: FW: request',
      body: 'Hi,\r\n1. How many school crossing patrols are there?\r\n2. How many vacancies?\r\nRegards, Aisha Bello',
      senderName: 'Aisha Bello',
      senderEmail: 'aisha.bello@example.com',
      delivered: new Date('2025-02-03T08:15:00Z'),
      attachments: [{ name: 'schools.xlsx', content: 'stand-in' }],
    });
    const c = await service.createCaseFromFile({ name: 'crossings.msg', base64: base64Of(msg), ref: 'EIR-7', title: 'School crossing patrols', regime: 'eir' });
    expect(c).toMatchObject({ title: 'School crossing patrols', regime: 'eir', received: '2025-02-03', requester: { name: 'Aisha Bello', email: 'aisha.bello@example.com' }, attachments: [{ name: 'schools.xlsx' }] });
    expect(c.questions.map((q) => q.text)).toEqual(['How many school crossing patrols are there?', 'How many vacancies?']);
  });

  it('a letter with no date or sender is received today, with the requester left for the officer', async () => {
    const docx = await buildTestDocx(['Dear Sir,', { text: 'What is the library budget?', level: 0 }, 'Yours, M. Hale']);
    const c = await service.createCaseFromFile({ name: 'letter.docx', base64: base64Of(docx), ref: 'FOI-9', regime: 'foia' });
    expect(c).toMatchObject({ received: TODAY, requester: { name: '', email: '' }, title: 'Request FOI-9', attachments: [] });
    expect(c.questions).toHaveLength(1);
  });

  it('refuses a corrupt file with the clear message and creates nothing', async () => {
    const broken = base64Of(buildTestMsg({ subject: 's', body: 'b', senderName: 'n', senderEmail: 'e@example.org' }).slice(0, 600));
    const r = await dispatch(service, 'createCaseFromFile', { name: 'broken.msg', base64: broken, ref: 'FOI-1', regime: 'foia' });
    expect(r).toEqual({ ok: false, error: { code: 'invalid-input', message: 'broken.msg could not be read as an Outlook message. Save it from Outlook again (File › Save As › Outlook Message Format), or paste the text instead.' } });
    expect(await service.listCases({ filter: 'all', search: '' })).toEqual([]);
  });

  it('refuses a reference already in use before reading the file', async () => {
    await service.createCaseFromFile({ name: 'request.txt', base64: fixture('request.txt'), ref: 'FOI-1', regime: 'foia' });
    const r = await dispatch(service, 'createCaseFromFile', { name: 'request.eml', base64: fixture('request.eml'), ref: 'FOI-1', regime: 'foia' });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const missing = await dispatch(service, 'createCaseFromFile', { name: 'request.eml', base64: fixture('request.eml'), regime: 'foia' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^ref:/) } });
  });
});
