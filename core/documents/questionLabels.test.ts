import { describe, expect, it } from 'vitest';
import type { Answer, Case, Question } from '../model';
import { assembleLetter } from './assembleLetter';
import { assembleLogMonth } from './assembleLogMonth';
import { letterHtml } from './letterHtml';
import { logHtml } from './logHtml';
import { requestPart, responseBlocks } from './responseBlocks';

/**
 * A request split without heading rows (as an imported bundle or a hand-made split gives it): the
 * questions are 1.a, 1.b and 2.a, and no row holds "1" or "2". Printed with bare letters, the reader
 * sees "a." twice and cannot tell which question an answer belongs to.
 */
const question = (id: string, number: string, label: string, text: string): Question => ({ id, number, label, text, heading: false });
const para = (t: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
const answer = (id: string, covers: string[], t: string): Answer => ({ id, covers, doc: para(t), disposition: 'answered', exemptions: [], redirectTo: '' });

function headless(answers: Answer[]): Case {
  return {
    id: 'c1', ref: 'FOI-2024-0101', title: 'Fleet vehicles', regime: 'foia', received: '2024-05-10', sent: '2024-06-07', status: 'sent',
    requester: { name: '', email: '', address: '' }, publish: true, requestText: '', summary: '',
    questions: [
      question('q1a', '1.a', 'a)', 'How many cars?'),
      question('q1b', '1.b', 'b)', 'How many vans?'),
      question('q2a', '2.a', 'a)', 'How many were electric?'),
    ],
    answers,
    attachments: [],
    clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false },
    overrides: [], createdAt: '', updatedAt: '',
  };
}
const org = { name: 'Example Body', shortName: '', contactEmail: '', defaultRegime: 'foia' as const, address: '', reviewAddress: '', website: '', costTier: 'other' as const, allowedEmails: [] };
// A question line is <p class="question …" style="…">LABEL TEXT</p>: the label is its first word.
const labelsIn = (html: string) => [...html.matchAll(/<p class="(?:question|section-line)[^"]*"[^>]*>(\S+) /g)].map((m) => m[1]);

describe('labels of questions whose parent number has no row', () => {
  const oneEach = headless([answer('a1', ['q1a'], 'Twelve.'), answer('a2', ['q1b'], 'Three.'), answer('a3', ['q2a'], 'Four.')]);

  it('prints the full number in the request and the response, at the left margin', () => {
    expect(requestPart(oneEach)).toMatchObject({ kind: 'questions', questions: [{ label: '1a.', depth: 0 }, { label: '1b.', depth: 0 }, { label: '2a.', depth: 0 }] });
    const printed = responseBlocks(oneEach).flatMap((b) => (b.kind === 'answer' ? b.questions.map((q) => q.label) : []));
    expect(printed).toEqual(['1a.', '1b.', '2a.']);
  });

  it('never shows a bare "a." twice in one log entry', () => {
    const html = logHtml(assembleLogMonth({ organisation: org, cases: [oneEach], month: '2024-06' }));
    const labels = labelsIn(html);
    // The request part and the response part each print the three questions once.
    expect(labels).toEqual(['1a.', '1b.', '2a.', '1a.', '1b.', '2a.']);
    expect(labels).not.toContain('a)');
  });

  it('does the same in the letter, and under an answer that covers several questions', () => {
    const shared = headless([answer('a1', ['q1a', 'q2a'], 'Both twelve.'), answer('a2', ['q1b'], 'Three.')]);
    const html = letterHtml(assembleLetter({ organisation: org, case: shared, today: '2024-06-10' }));
    expect(html).toContain('In relation to the following questions: 1a, 2a');
    expect(labelsIn(html)).toEqual(['1a.', '2a.', '1b.']);
  });

  it('keeps the short letter where the parent heading is printed above it', () => {
    const withHeadings: Case = {
      ...oneEach,
      questions: [{ id: 'h1', number: '1', label: '1.', text: 'Cars', heading: true }, ...oneEach.questions.slice(0, 2), { id: 'h2', number: '2', label: '2.', text: 'Electric', heading: true }, oneEach.questions[2]!],
    };
    expect(requestPart(withHeadings)).toMatchObject({ questions: [{ label: '1.' }, { label: 'a)', depth: 1 }, { label: 'b)', depth: 1 }, { label: '2.' }, { label: 'a)', depth: 1 }] });
  });
});
