import type { Answer, Case, Question, RichNode } from '../../../core/model';

/**
 * Realistic-looking months for the bench: each case has a section heading, lettered questions,
 * single answers with lists, links and tables, one answer covering several questions, and a clause.
 */
const SENTENCE = 'We hold this information and have set it out below, with the dates and the teams responsible for it.';
const text = (t: string, marks?: RichNode['marks']): RichNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });
const para = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });

function answerDoc(i: number): RichNode {
  const content: RichNode[] = [para(text(`${SENTENCE} ${SENTENCE}`))];
  if (i % 3 === 0) content.push({ type: 'bulletList', content: ['Contact centre', 'Case handling', 'Records'].map((t) => ({ type: 'listItem', content: [para(text(t))] })) });
  if (i % 4 === 1) content.push({ type: 'orderedList', attrs: { start: 1 }, content: ['First step', 'Second step'].map((t) => ({ type: 'listItem', content: [para(text(t))] })) });
  if (i % 5 === 2) {
    const row = (cells: string[], type: string): RichNode => ({ type: 'tableRow', content: cells.map((c) => ({ type, content: [para(text(c))] })) });
    content.push({ type: 'table', content: [row(['Year', 'Complaints', 'Upheld'], 'tableHeader'), ...[2021, 2022, 2023].map((y) => row([String(y), String(y - 1990), String(y - 2015)], 'tableCell'))] });
  }
  if (i % 7 === 3) content.push(para(text('See the '), text('published statistics', [{ type: 'link', attrs: { href: 'https://www.example.gov.uk/statistics' } }]), text('.')));
  return { type: 'doc', content };
}

export function syntheticCases(count: number, questionsPerCase: number, month: string): Case[] {
  return Array.from({ length: count }, (_, n) => {
    const ref = String(5_100_000 + n);
    const questions: Question[] = [{ id: `${ref}-h`, number: '1', label: '1.', text: 'Contact centre', heading: true }];
    for (let q = 0; q < questionsPerCase - 1; q++) {
      const letter = String.fromCharCode(97 + (q % 26));
      questions.push({ id: `${ref}-${q}`, number: `1.${letter}${q >= 26 ? q : ''}`, label: `${letter}.`, text: `Please tell me how many staff worked in area ${q + 1} in each of the last three years, and what their roles were?`, heading: false });
    }
    const answerable = questions.slice(1);
    const answers: Answer[] = answerable.slice(0, -3).map((q, i) => ({ id: `${ref}-a${i}`, covers: [q.id], doc: answerDoc(i + n), disposition: 'answered', exemptions: [], redirectTo: '' }));
    answers.push({
      id: `${ref}-group`,
      covers: answerable.slice(-3).map((q) => q.id),
      doc: { type: 'doc', content: [{ type: 'clause', attrs: { clauseId: 'foia-s31-1-a', kind: 'exemption', text: `${SENTENCE}\n\nWe have decided that the public interest in maintaining the exemption outweighs the public interest in disclosure.` } }] },
      disposition: 'exempt',
      exemptions: ['s31(1)(a)'],
      redirectTo: '',
    });
    const day = String(1 + (n % 28)).padStart(2, '0');
    return {
      id: ref,
      ref,
      title: `Staffing of area ${n + 1} and its contact centre`,
      regime: 'foia',
      received: `${month}-01`,
      sent: `${month}-${day}`,
      status: 'sent',
      requester: { name: 'Bench Requester', email: 'bench@example.com', address: '' },
      publish: true,
      requestText: '',
      summary: n % 2 ? 'You asked for information about staffing in the contact centre.' : '',
      questions,
      answers,
      attachments: n % 6 === 0 ? [{ name: `Staffing table ${ref}.xlsx` }] : [],
      clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false },
      createdAt: '',
      updatedAt: '',
      overrides: [],
    };
  });
}
