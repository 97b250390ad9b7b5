import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import mammoth from 'mammoth';
import { dispatch } from '../../core/api/dispatch';
import type { Case, RichNode } from '../../core/model';
import { DeskService } from './deskService';
import { attrValues, docxParts } from './docx/docxInspection';
import { MIGRATIONS } from './migrations';
import { inspectPdf } from './pdf/pdfInspection';
import { tempWorkspacePath } from './testing/testWorkspace';
import { openWorkspaceDb, schemaVersion } from './workspaceDb';

// Issue 11: the letter has parts of its own. Before it, the review and ICO paragraphs could only go
// in an answer, so they printed under the last question and were published in the disclosure log.

const para = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });
const REVIEW_WORDS = 'If you are not satisfied with our response, you can ask for an internal review.';
const reviewClause: RichNode = { type: 'clause', attrs: { clauseId: 'closing-foia-internal-review', version: 1, title: 'Your right to an internal review (FOIA)', kind: 'closing', section: '', values: {}, text: REVIEW_WORDS, missing: [] } };

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await dispatch(service, method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}
const bytesOf = (file: { base64: string }) => new Uint8Array(Buffer.from(file.base64, 'base64'));

/** A sent FOIA case with one refusal, answered as given. */
async function sentCase(ref: string, answer: RichNode, extra: Partial<Case> = {}): Promise<Case> {
  const c = await call<Case>('createCase', { ref, title: 'Telephony Contracts', regime: 'foia', received: '2024-06-03', requester: { name: 'Ms Jo Bloggs', email: 'jo@example.com', address: '' } });
  await call('updateCase', { id: c.id, patch: { questions: [{ id: `${ref}-q1`, number: '1', label: '1.', text: 'Copies of the telephony contracts.', heading: false }] } });
  await call('saveAnswer', { caseId: c.id, answer: { id: `${ref}-a1`, covers: [`${ref}-q1`], doc: answer, disposition: 'not-held' } });
  const sent = await call<Case>('updateCase', { id: c.id, patch: { status: 'sent', sent: '2024-06-20', ...extra } });
  // These tests change the sent letter's parts: a change to a sent case is made with a reason (core/model/sentEdits).
  await call('recordSentEdit', { caseId: c.id, reason: 'The letter parts are tested after sending' });
  return sent;
}

beforeAll(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-06-20' });
  await service.saveOrganisation({ ...(await service.getWorkspace()).organisation, name: 'Exampleshire County Council', contactEmail: 'foi@exampleshire.gov.uk', reviewAddress: 'FOI Team, County Hall, Exampletown EX1 1AA' });
});
afterAll(async () => {
  await service.dispose();
  ws.cleanup();
});

describe('a closing paragraph put in the last answer (how it had to be done before)', () => {
  it('is not published in the log, though the letter still carries it', async () => {
    const c = await sentCase('OLD-1', doc(para('We do not hold this information.'), reviewClause));
    const log = new TextDecoder().decode(bytesOf(await call<{ base64: string }>('exportLog', { month: '2024-06', format: 'html' })));
    expect(log).toContain('We do not hold this information.');
    expect(log).not.toContain(REVIEW_WORDS);
    const letter = await mammoth.extractRawText({ buffer: Buffer.from(bytesOf(await call<{ base64: string }>('exportLetter', { id: c.id, format: 'docx' }))) });
    expect(letter.value).toContain(REVIEW_WORDS);
    // Not printed twice: the default closing section stands aside for a case that has its own.
    expect(letter.value.split('internal review').length - 1).toBe(1);
  });
});

describe("the letter's own parts", () => {
  let c: Case;
  beforeAll(async () => {
    c = await sentCase('NEW-1', doc(para('We do not hold this information. Our published contracts are at www.exampleshire.gov.uk/contracts or ask foi@exampleshire.gov.uk.')));
    c = await call<Case>('updateCase', { id: c.id, patch: { letter: { salutation: null, opening: null, closing: null, signOff: 'Yours sincerely\n\nPat Officer\nInformation Governance' } } });
  });

  it('are stored with the case and read back', async () => {
    expect((await call<Case>('getCase', { id: c.id })).letter).toEqual({ salutation: null, opening: null, closing: null, signOff: 'Yours sincerely\n\nPat Officer\nInformation Governance' });
  });

  it('refuse a closing section holding what an answer may not', async () => {
    await expect(call('updateCase', { id: c.id, patch: { letter: { salutation: null, opening: null, signOff: null, closing: { type: 'doc', content: [{ type: 'heading', content: [] }] } } } })).rejects.toThrow(
      /"heading" is not allowed in the closing section/,
    );
  });

  it('print in the DOCX in order: salutation, opening, answers, closing section, sign-off; addresses are hyperlinks', async () => {
    const bytes = bytesOf(await call<{ base64: string }>('exportLetter', { id: c.id, format: 'docx' }));
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const order = ['Dear Ms Bloggs,', 'Thank you for your request of 3 June 2024 about telephony contracts.', 'We do not hold this information.', 'Your rights', 'ask for an internal review', 'FOI Team, County Hall', "Information Commissioner's Office", 'subject to copyright', 'Yours sincerely', 'Pat Officer'];
    const at = order.map((s) => value.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const links = (await docxParts(bytes))['word/_rels/document.xml.rels']!;
    expect(attrValues(links, 'Relationship', 'Target')).toEqual(expect.arrayContaining(['https://www.exampleshire.gov.uk/contracts', 'mailto:foi@exampleshire.gov.uk', 'https://ico.org.uk/make-a-complaint/']));
  });

  it('print in the PDF the same way, with the addresses as links', async () => {
    const pdf = inspectPdf(bytesOf(await call<{ base64: string }>('exportLetter', { id: c.id, format: 'pdf' })));
    const text = pdf.text.replace(/\s+/g, ' ');
    const order = ['Dear Ms Bloggs,', 'about telephony contracts', 'We do not hold this information.', 'Your rights', 'internal review', 'Yours sincerely', 'Pat Officer'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(pdf.externalLinks).toEqual(expect.arrayContaining(['https://www.exampleshire.gov.uk/contracts', 'mailto:foi@exampleshire.gov.uk', 'https://ico.org.uk/make-a-complaint/']));
  }, 60_000);

  it('never print in the log: it has the request and the answers only', async () => {
    const bytes = bytesOf(await call<{ base64: string }>('exportLog', { month: '2024-06', format: 'docx' }));
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Copies of the telephony contracts.');
    expect(value).toContain('We do not hold this information.');
    for (const s of ['Dear Ms Bloggs', 'Thank you for your request', 'internal review', 'Information Commissioner', 'Yours sincerely', 'Pat Officer', 'Your rights']) expect(value).not.toContain(s);
  });

  it('the review-rights check reads the closing section: emptied, it fails with a fix; on its default, it passes', async () => {
    expect((await call<{ ruleId: string }[]>('checkCase', { id: c.id, purpose: 'send' })).map((f) => f.ruleId)).not.toContain('review-rights-missing');
    await call('updateCase', { id: c.id, patch: { letter: { salutation: null, opening: null, signOff: null, closing: doc(para('The information is subject to copyright.')) } } });
    const findings = await call<{ ruleId: string; fix?: { kind: string; label: string } }[]>('checkCase', { id: c.id, purpose: 'send' });
    expect(findings.find((f) => f.ruleId === 'review-rights-missing')?.fix).toEqual({ kind: 'add-closing-paragraphs', label: 'Add the closing paragraphs' });
  });
});

describe('migration 5: letter parts on a workspace made at version 4', () => {
  it('keeps every case, on its default parts, and stores edited parts after it', async () => {
    const old = tempWorkspacePath();
    try {
      const db = openWorkspaceDb(old.path, MIGRATIONS.filter((m) => m.version <= 4));
      const now = '2024-06-01T09:00:00.000Z';
      db.prepare(
        `INSERT INTO cases (id, num, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, overrides, created_at, updated_at)
         VALUES ('c1', 1, 'FOI-4', 'CCTV Cameras', 'foia', '2024-06-03', NULL, 'new', 1, '{"name":"jb_1984","email":"","address":""}', '', '', '[]',
         '{"clarificationRequested":null,"clarificationReceived":null,"publicInterestExtensionDays":0,"complexExtension":false}', '[]', ?, ?)`,
      ).run(now, now);
      db.close();
      const upgraded = openWorkspaceDb(old.path, MIGRATIONS.filter((m) => m.version <= 5));
      expect(schemaVersion(upgraded)).toBe(5);
      expect(upgraded.prepare("SELECT ref, letter FROM cases WHERE id = 'c1'").get()).toEqual({ ref: 'FOI-4', letter: null });
      upgraded.close();

      const svc = new DeskService(old.path, { today: () => '2024-06-10', create: false });
      try {
        const c = await svc.getCase({ id: 'c1' });
        expect(c.letter).toBeUndefined();
        await svc.updateCase({ id: 'c1', patch: { letter: { salutation: 'Dear Jo', opening: null, closing: null, signOff: null } } });
        expect((await svc.getCase({ id: 'c1' })).letter?.salutation).toBe('Dear Jo');
      } finally {
        svc.close();
      }
      const raw = new Database(old.path, { readonly: true });
      expect(JSON.parse((raw.prepare("SELECT letter FROM cases WHERE id = 'c1'").get() as { letter: string }).letter)).toEqual({ salutation: 'Dear Jo', opening: null, closing: null, signOff: null });
      raw.close();
    } finally {
      old.cleanup();
    }
  });
});

describe('the bundle', () => {
  it('carries edited parts, and a bundle without them imports on the defaults', async () => {
    const bundle = await call<{ cases: { ref: string; letter?: unknown }[] }>('exportBundle', { refs: ['NEW-1', 'OLD-1'] });
    const newOne = bundle.cases.find((b) => b.ref === 'NEW-1')!;
    expect(newOne.letter).toEqual({ salutation: null, opening: null, closingHtml: '<p>The information is subject to copyright.</p>', signOff: null });
    expect(bundle.cases.find((b) => b.ref === 'OLD-1')!.letter).toBeUndefined();
    const other = tempWorkspacePath();
    const svc = new DeskService(other.path, { today: () => '2024-06-20' });
    try {
      await svc.importBundle({ bundle, replace: false });
      const back = await svc.getCase({ id: (await svc.findCaseByRef({ ref: 'NEW-1' })).id! });
      expect(back.letter?.closing).toEqual(doc(para('The information is subject to copyright.')));
      expect((await svc.getCase({ id: (await svc.findCaseByRef({ ref: 'OLD-1' })).id! })).letter).toBeUndefined();
    } finally {
      svc.close();
      other.cleanup();
    }
  });
});
