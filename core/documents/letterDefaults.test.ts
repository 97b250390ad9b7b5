import { describe, expect, it } from 'vitest';
import { parseClauseFile } from '../clauses';
import { caseFromSpec } from '../checks/caseSpec';
import { TEST_ORGANISATION } from '../checks/ruleHarness';
import { richToPlainText } from '../editor/plainText';
import type { Case, RichNode } from '../model';
import { closingWithDefaults, defaultClosingBlocks, letterDefaults, openingFor, resolveLetterParts, salutationFor, signOffFor, type ClosingClause } from './letterDefaults';
import { sentenceCaseTitle } from './sentenceCase';

const clause = (id: string, regimes: string, body: string): ClosingClause => {
  const parsed = parseClauseFile(`${id}.md`, `---\nid: ${id}\ntitle: "${id}"\nkind: closing\nregimes: [${regimes}]\nversion: 1\nvariables: []\n---\n\n${body}\n`);
  if (!parsed.clause) throw new Error(JSON.stringify(parsed.errors));
  return parsed.clause;
};
const LIBRARY = [
  clause('closing-foia-internal-review', 'foia', 'Ask for an internal review at {{org.reviewAddress}}, quoting {{case.ref}}.'),
  clause('closing-ico-complaint', 'foia, eir', 'Then complain to the Information Commissioner.'),
  clause('closing-reuse', 'foia, eir, foisa, eisr', 'Re-use under the Open Government Licence.'),
  clause('closing-foisa-review-sic', 'foisa', 'Ask for a review, then apply to the Scottish Information Commissioner.'),
];
const org = { ...TEST_ORGANISATION, reviewAddress: 'FOI Team, County Hall' };
const aCase = (over: Partial<Case> = {}): Case => ({ ...caseFromSpec({ ref: 'FOI-1', title: 'Telephony', received: '2024-06-03', questions: ['1'], answers: [] }), letter: undefined, ...over });

describe('the title in sentence case', () => {
  it.each([
    ['Telephony', 'telephony'],
    ['Telephony Contracts', 'telephony contracts'],
    ['CCTV cameras', 'CCTV cameras'],
    ['ICT Spending', 'ICT spending'],
    ['NHS Waiting Times in Wales', 'NHS waiting times in Wales'],
    ['Use of drones in Leeds', 'use of drones in Leeds'],
    ['COVID-19 Testing', 'COVID-19 testing'],
    ['Overtime paid in May 2024.', 'overtime paid in May 2024'],
    ['iPhone contracts', 'iPhone contracts'],
  ])('%s → %s', (title, expected) => expect(sentenceCaseTitle(title)).toBe(expected));
});

describe('the salutation', () => {
  it.each([
    ['Ms Jo Bloggs', 'Dear Ms Bloggs'],
    ['Dr. A. N. Other', 'Dear Dr Other'],
    ['mr bloggs', 'Dear Mr bloggs'],
    ['Jo Bloggs', 'Dear Jo Bloggs'],
    ["Siobhán O'Neill", "Dear Siobhán O'Neill"],
    ['Sir John Smith', 'Dear Sir John'],
    ['', 'Dear requester'],
    ['Bloggsy', 'Dear requester'],
    ['jb_1984', 'Dear requester'],
    ['foi.watcher', 'Dear requester'],
    ['FOI Watcher 2', 'Dear requester'],
    ['jo@example.com', 'Dear requester'],
    ['Ms', 'Dear requester'],
  ])('%j → %s', (name, expected) => expect(salutationFor({ name })).toBe(expected));
});

describe('the opening and sign-off from the settings', () => {
  it('gives the date received and the title in sentence case', () => {
    expect(openingFor(aCase(), org)).toMatch(/^Thank you for your request of 3 June 2024 about telephony\. We have dealt with it under the Freedom of Information Act 2000\./);
  });
  it("follows the organisation's own template", () => {
    expect(openingFor(aCase({ title: 'ICT Contracts' }), { letterOpening: 'We received your request about {{title}} on {{received}}.' })).toBe('We received your request about ICT contracts on 3 June 2024.');
  });
  it("signs with the team and the organisation's name", () => {
    expect(signOffFor(org)).toBe('Yours sincerely\n\nInformation Rights Team\nExampleshire County Council');
    expect(signOffFor({ ...org, letterSignOff: 'Kind regards\n\nJo Officer' })).toBe('Kind regards\n\nJo Officer');
  });
});

describe('the closing section', () => {
  const ids = (nodes: RichNode[]) => nodes.map((n) => n.attrs?.['clauseId']);
  it("is the regime's review, Commissioner and re-use clauses, filled", () => {
    const blocks = defaultClosingBlocks(aCase(), org, LIBRARY);
    expect(ids(blocks)).toEqual(['closing-foia-internal-review', 'closing-ico-complaint', 'closing-reuse']);
    expect(blocks[0]!.attrs?.['text']).toBe('Ask for an internal review at FOI Team, County Hall, quoting FOI-1.');
    expect(blocks.every((b) => b.attrs?.['kind'] === 'closing')).toBe(true);
  });
  it('names the Scottish Information Commissioner under FOISA', () => {
    expect(ids(defaultClosingBlocks(aCase({ regime: 'foisa' }), org, LIBRARY))).toEqual(['closing-foisa-review-sic', 'closing-reuse']);
  });
  it('falls back to the built-in rights when the library has none of them', () => {
    const text = richToPlainText({ type: 'doc', content: defaultClosingBlocks(aCase({ regime: 'eir' }), org, []) });
    expect(text).toMatch(/reconsider/);
    expect(text).toMatch(/Information Commissioner/);
  });
  it('is empty for a case whose answer already carries a closing clause (written before the closing section)', () => {
    const old = caseFromSpec({ ref: 'OLD', questions: ['1'], answers: [{ covers: ['1'], blocks: ['No.', { clause: 'closing-foia-internal-review', kind: 'closing', text: 'Ask for a review.' }] }] });
    expect(richToPlainText(letterDefaults({ ...old, letter: undefined }, org, LIBRARY).closing).trim()).toBe('');
  });
  it("'Add the closing paragraphs' keeps the officer's words and adds only the missing clauses", () => {
    const c = aCase();
    const own: RichNode = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Our own words.' }] }, defaultClosingBlocks(c, org, LIBRARY)[2]!] };
    const fixed = closingWithDefaults(own, c, org, LIBRARY)!;
    expect(fixed.content!.map((n) => n.attrs?.['clauseId'] ?? n.type)).toEqual(['paragraph', 'closing-reuse', 'closing-foia-internal-review', 'closing-ico-complaint']);
    expect(closingWithDefaults({ type: 'doc', content: [{ type: 'paragraph' }] }, c, org, LIBRARY)).toBeNull();
  });
});

describe('stored parts win over defaults', () => {
  it('keeps what the officer wrote and says which parts are defaults', () => {
    const r = resolveLetterParts(aCase({ requester: { name: 'Ms Jo Bloggs', email: '', address: '' }, letter: { salutation: null, opening: null, closing: null, signOff: 'Best wishes\n\nJo' } }), org, LIBRARY);
    expect(r.salutation).toBe('Dear Ms Bloggs');
    expect(r.signOff).toBe('Best wishes\n\nJo');
    expect(r.isDefault).toEqual({ salutation: true, opening: true, closing: true, signOff: false });
  });
});
