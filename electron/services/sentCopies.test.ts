import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { dispatch } from '../../core/api/dispatch';
import type { Bundle, Case } from '../../core/model';
import { DeskService } from './deskService';
import { docxParts } from './docx/docxInspection';
import { tempWorkspacePath } from './testing/testWorkspace';

const fixturePath = new URL('../../fixtures/iopc-month.bundle.json', import.meta.url).pathname;
const bundle = JSON.parse(readFileSync(fixturePath, 'utf8')) as Bundle;

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
let clock = '2024-06-04T09:00:00.000Z';

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await dispatch(service, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}
const bytesOf = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const caseByRef = async (ref: string) => call<Case>('getCase', { id: (await call<{ id: string }>('findCaseByRef', { ref })).id });
// -raw keeps the watermark's rotated letters together as the word they make.
const pdfText = (bytes: Uint8Array, name: string) => {
  const file = join(ws.dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
};

beforeAll(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-06-04', now: () => clock, userName: 'jo.officer' });
  // Imported as sent on their dates; 5024113 is put back in review to be sent again here.
  await service.importBundle({ bundle, replace: false });
});
afterAll(async () => {
  await service.dispose();
  ws.cleanup();
});

describe('sent means sent', () => {
  let c: Case;
  let pdf: Buffer;
  let docx: Buffer;

  beforeAll(async () => {
    c = await caseByRef('5024113');
    // Taking a sent case back out of sent is a change to it, made with a reason (core/model/sentEdits).
    clock = '2024-06-04T08:00:00.000Z';
    await call('recordSentEdit', { caseId: c.id, reason: 'Sending again with the corrected figures' });
    clock = '2024-06-04T09:00:00.000Z';
    await call('updateCase', { id: c.id, patch: { status: 'in-review', sent: null } });
    docx = bytesOf(await call('exportLetter', { id: c.id, format: 'docx' }));
    pdf = bytesOf(await call('exportLetter', { id: c.id, format: 'pdf' }));
    // A draft made after the real exports is not what goes out.
    await call('exportLetter', { id: c.id, format: 'pdf', draft: true });
    clock = '2024-06-04T09:30:00.000Z';
    await call('updateCase', { id: c.id, patch: { status: 'sent' } });
  });

  it('keeps, on marking sent, the letter as assembled and the exports exactly as they were written', async () => {
    const record = await call<{ sent: string; copies: { kind: string; size: number }[]; edits: unknown[] }>('getSentRecord', { caseId: c.id });
    expect(record.sent).toBe('2024-06-04');
    expect(record.copies.map((k) => k.kind)).toEqual(['html', 'pdf', 'docx']);
    expect(bytesOf(await call('getSentCopy', { caseId: c.id, kind: 'pdf' })).equals(pdf)).toBe(true);
    expect(bytesOf(await call('getSentCopy', { caseId: c.id, kind: 'docx' })).equals(docx)).toBe(true);
    const html = bytesOf(await call('getSentCopy', { caseId: c.id, kind: 'html' })).toString('utf8');
    expect(html).toContain('Our reference: 5024113');
    expect(html).toContain('Tuesday 4 June 2024');
    expect(html).not.toContain('DRAFT');
  });

  it('records who, when and why a sent case is changed, and the copy stays as it went out', async () => {
    const htmlBefore = bytesOf(await call('getSentCopy', { caseId: c.id, kind: 'html' }));
    clock = '2024-06-05T14:00:00.000Z';
    const edit = await call('recordSentEdit', { caseId: c.id, reason: 'Typo in the figures for the record' });
    expect(edit).toEqual({ at: clock, who: 'jo.officer', reason: 'Typo in the figures for the record' });
    const answer = c.answers[0]!;
    await call('saveAnswer', { caseId: c.id, answer: { ...answer, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Changed after sending.' }] }] } } });
    // Exported again after the change: the record is what was sent, not this.
    await call('exportLetter', { id: c.id, format: 'pdf' });
    expect(bytesOf(await call('getSentCopy', { caseId: c.id, kind: 'html' })).equals(htmlBefore)).toBe(true);
    expect(bytesOf(await call('getSentCopy', { caseId: c.id, kind: 'pdf' })).equals(pdf)).toBe(true);
    expect(pdfText(bytesOf(await call('getSentCopy', { caseId: c.id, kind: 'pdf' })), 'sent.pdf')).not.toContain('Changed after sending.');
    const record = await call<{ edits: unknown[] }>('getSentRecord', { caseId: c.id });
    expect(record.edits).toEqual([
      { at: '2024-06-04T08:00:00.000Z', who: 'jo.officer', reason: 'Sending again with the corrected figures' },
      { at: '2024-06-05T14:00:00.000Z', who: 'jo.officer', reason: 'Typo in the figures for the record' },
    ]);
    const blank = await dispatch(service, 'recordSentEdit', { caseId: c.id, reason: '   ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('keeps the first export made after sending when none of its kind was made before', async () => {
    const other = await caseByRef('5024150');
    await call('recordSentEdit', { caseId: other.id, reason: 'Sending again' });
    clock = '2024-06-05T15:00:00.000Z';
    await call('updateCase', { id: other.id, patch: { status: 'in-review', sent: null } });
    await call('updateCase', { id: other.id, patch: { status: 'sent' } });
    expect((await call<{ copies: { kind: string }[] }>('getSentRecord', { caseId: other.id })).copies.map((k) => k.kind)).toEqual(['html']);
    const first = bytesOf(await call('exportLetter', { id: other.id, format: 'docx' }));
    await call('exportLetter', { id: other.id, format: 'docx' });
    expect(bytesOf(await call('getSentCopy', { caseId: other.id, kind: 'docx' })).equals(first)).toBe(true);
    const missing = await dispatch(service, 'getSentCopy', { caseId: other.id, kind: 'pdf' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/No PDF of this letter was exported before it was sent/) } });
  });
});

describe('a draft for sign-off', () => {
  it('prints DRAFT on every page of the PDF and heads it "DRAFT — not for sending"', async () => {
    const c = await caseByRef('5024007');
    const file = await call<{ fileName: string; base64: string }>('exportLetter', { id: c.id, format: 'pdf', draft: true });
    expect(file.fileName).toBe('draft-response-5024007.pdf');
    const text = pdfText(bytesOf(file), 'draft.pdf');
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(page).toContain('DRAFT — not for sending');
      expect(page).toMatch(/^\s*DRAFT\s*$/m);
    }
    const real = pdfText(bytesOf(await call('exportLetter', { id: c.id, format: 'pdf' })), 'real.pdf');
    expect(real).not.toContain('DRAFT');
  });

  it('gives the DOCX a Word watermark, the header and a first line saying so', async () => {
    const c = await caseByRef('5024007');
    const file = await call<{ fileName: string; base64: string }>('exportLetter', { id: c.id, format: 'docx', draft: true });
    expect(file.fileName).toBe('draft-response-5024007.docx');
    const { value } = await mammoth.extractRawText({ buffer: bytesOf(file) });
    expect(value.trimStart().startsWith('DRAFT — not for sending')).toBe(true);
    const parts = await docxParts(bytesOf(file));
    const header = Object.entries(parts).find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? '';
    expect(header).toContain('DRAFT — not for sending');
    expect(header).toMatch(/<v:textpath[^>]*string="DRAFT"/);
    const realParts = await docxParts(bytesOf(await call('exportLetter', { id: c.id, format: 'docx' })));
    expect(Object.values(realParts).join('')).not.toContain('DRAFT');
  });
});
