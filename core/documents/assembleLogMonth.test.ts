import { describe, expect, it } from 'vitest';
import type { Answer, Case, Question, RichNode } from '../model';
import { assembleLogMonth } from './assembleLogMonth';
import { REDACTED } from './redactRequester';

const para = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });

function makeCase(ref: string, sent: string | null, extra: Partial<Case> = {}): Case {
  const q = (number: string, text: string, heading = false): Question => ({ id: `${ref}-${number}`, number, label: '', text, heading });
  const questions = [q('1', 'Contact Centre', true), q('1.a', 'Do you have a contact centre?'), q('1.g', 'Who maintains it?'), q('2', 'CRM', true), q('2.a', 'Which CRM?'), q('2.b', 'Same CRM elsewhere?')];
  const a = (id: string, covers: string[], text: string): Answer => ({ id, covers: covers.map((n) => `${ref}-${n}`), doc: doc(para(text)), disposition: 'answered', exemptions: [], redirectTo: '' });
  return {
    id: ref,
    ref,
    title: `Case ${ref}`,
    regime: 'foia',
    received: '2024-05-01',
    sent,
    status: sent ? 'sent' : 'drafting',
    requester: { name: 'Jordan Example', email: 'jordan@example.com', address: '1 High Street, Anytown' },
    publish: true,
    requestText: '',
    summary: '',
    questions,
    answers: [a(`${ref}-a1`, ['1.a'], 'Yes.'), a(`${ref}-a2`, ['1.g', '2.a', '2.b'], 'Exempt under section 31(1)(a).')],
    attachments: [],
    clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false },
    createdAt: '',
    updatedAt: '',
    overrides: [],
    ...extra,
  };
}

const org = { name: 'Example Police Watchdog', contactEmail: 'foi@example.gov.uk' };

describe('assembleLogMonth', () => {
  it('takes the cases sent in the month and marked for publishing, in the order sent', () => {
    const cases = [makeCase('3', '2024-05-20'), makeCase('1', '2024-05-02'), makeCase('2', '2024-06-01'), makeCase('4', '2024-05-03', { publish: false }), makeCase('5', null)];
    const log = assembleLogMonth({ organisation: org, cases, month: '2024-05' });
    expect(log.title).toBe('Disclosure log: May 2024');
    expect(log.entries.map((e) => e.ref)).toEqual(['1', '3']);
    expect(log.attachmentsNote).toContain('foi@example.gov.uk');
  });

  it('follows the officer’s order and overrides, and lists left-out cases as candidates', () => {
    const cases = [makeCase('1', '2024-05-02'), makeCase('2', '2024-05-03'), makeCase('3', '2024-05-04')];
    const log = assembleLogMonth({ organisation: org, cases, month: '2024-05', order: ['3', '1'], overrides: { '1': { title: 'Renamed', summary: 'You asked about X.' }, '2': { include: false } } });
    expect(log.entries.map((e) => [e.ref, e.title])).toEqual([['3', 'Case 3'], ['1', 'Renamed']]);
    expect(log.entries[1]!.request).toEqual({ kind: 'summary', text: 'You asked about X.' });
    expect(log.candidates).toEqual([
      { ref: '3', title: 'Case 3', include: true },
      { ref: '1', title: 'Renamed', include: true },
      { ref: '2', title: 'Case 2', include: false },
    ]);
  });

  it('prints an answer covering several questions once, under all of them and their section headings', () => {
    const [entry] = assembleLogMonth({ organisation: org, cases: [makeCase('1', '2024-05-02')], month: '2024-05' }).entries;
    const blocks = entry!.response;
    expect(blocks.map((b) => b.kind)).toEqual(['section', 'answer', 'answer']);
    const group = blocks[2]!;
    if (group.kind !== 'answer') throw new Error('expected an answer');
    expect(group.coversLabel).toBe('1g, 2a–b');
    expect(group.questions.map((q) => [q.label, q.heading])).toEqual([['1g.', false], ['2.', true], ['a.', false], ['b.', false]]);
    expect(entry!.request.kind).toBe('questions');
  });

  it('never carries the requester, even when an answer quotes them', () => {
    const quoting = makeCase('1', '2024-05-02', { summary: 'Jordan Example asked about contact centres.' });
    quoting.answers[0]!.doc = doc({ type: 'paragraph', content: [{ type: 'text', text: 'Write to jordan@example.com', marks: [{ type: 'link', attrs: { href: 'mailto:jordan@example.com' } }] }] }, { type: 'clause', attrs: { kind: 'standard', text: 'As Jordan Example said' } });
    const log = assembleLogMonth({ organisation: org, cases: [quoting], month: '2024-05' });
    const json = JSON.stringify(log);
    expect(json).not.toMatch(/jordan/i);
    expect(json).not.toContain('High Street');
    expect(json).toContain(REDACTED);
  });

  it('leaves the requester’s town alone: only numbered address lines are personal enough to strike', () => {
    const c = makeCase('1', '2024-05-02', { summary: 'You asked about stations in Anytown.' });
    expect(assembleLogMonth({ organisation: org, cases: [c], month: '2024-05' }).entries[0]!.request).toEqual({ kind: 'summary', text: 'You asked about stations in Anytown.' });
  });

  it('makes anchors Word accepts as bookmark names, unique even for look-alike references', () => {
    const log = assembleLogMonth({ organisation: org, cases: [makeCase('FOI/2024/1', '2024-05-02'), makeCase('FOI-2024-1', '2024-05-03')], month: '2024-05' });
    const anchors = log.entries.map((e) => e.anchor);
    expect(new Set(anchors).size).toBe(2);
    for (const a of anchors) expect(a).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
  });
});
