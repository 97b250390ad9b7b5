import { describe, expect, it } from 'vitest';
import type { Case, RichNode } from '../model';
import { assembleLetter } from './assembleLetter';
import { assembleLogMonth } from './assembleLogMonth';
import { letterHtml } from './letterHtml';
import { logHtml } from './logHtml';

const text = (t: string): RichNode => ({ type: 'text', text: t });
const answer = (content: RichNode[]) => ({ id: 'a1', covers: ['q1'], doc: { type: 'doc', content }, disposition: 'answered' as const, exemptions: [], redirectTo: '' });

function sample(content: RichNode[], regime: Case['regime'] = 'foia', requesterName = 'Sam Placeholder'): Case {
  return {
    id: 'c1', ref: '5024150', title: 'Senior <Project> Managers', regime, received: '2024-05-10', sent: '2024-06-07', status: 'sent',
    requester: { name: requesterName, email: 'sam@example.net', address: '' }, publish: true, requestText: '', summary: '',
    questions: [{ id: 'q1', number: '1', label: '1)', text: 'The date?', heading: false }],
    answers: [answer(content)],
    attachments: [{ name: 'Job description.pdf' }],
    clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false }, overrides: [], createdAt: '', updatedAt: '',
  };
}
const org = { name: 'Example Body', shortName: '', contactEmail: 'foi@example.gov.uk', defaultRegime: 'foia' as const, address: '1 Street\nTown', reviewAddress: '', website: '', costTier: 'other' as const, allowedEmails: [] };

describe('logHtml', () => {
  const table: RichNode = {
    type: 'table',
    content: [
      { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [text('Year')] }] }, { type: 'tableHeader', content: [{ type: 'paragraph', content: [text('Count')] }] }] },
      { type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [text('2023')] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [text('4')] }] }] },
    ],
  };
  const clause: RichNode = { type: 'clause', attrs: { clauseId: 'foia-s21', kind: 'exemption', values: { secret: 'x' }, text: 'First paragraph.\n\nSecond paragraph.' } };
  const html = logHtml(assembleLogMonth({ organisation: org, cases: [sample([table, clause])], month: '2024-06' }));

  it('is a standalone en-GB document with a title and headings in order', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Disclosure log: June 2024, Example Body</title>');
    const levels = [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!).toBeLessThanOrEqual(1));
  });

  it('links the contents to each entry and every entry back to the top', () => {
    expect(html).toMatch(/<nav[^>]*aria-label="Contents"[\s\S]*<a href="#entry_5024150">Senior &lt;Project&gt; Managers<\/a>/);
    expect(html).toContain('<h2 id="entry_5024150">');
    expect(html).toContain('<h1 id="top">');
    expect(html).toContain('<a href="#top">Back to top</a>');
  });

  it('scopes table headers, expands clauses to their wording and drops their bookkeeping', () => {
    expect(html).toContain('<th scope="col"><p>Year</p></th>');
    expect(html).toContain('<th scope="row"><p>2023</p></th>');
    expect(html).toContain('<p>First paragraph.</p><p>Second paragraph.</p>');
    expect(html).not.toContain('data-');
    expect(html).not.toContain('secret');
  });

  it('lists attachments by name with the note on asking for copies', () => {
    expect(html).toContain('<li>Job description.pdf</li>');
    expect(html).toContain('quote reference 5024150');
    expect(html).toContain('please contact foi@example.gov.uk quoting the reference number');
  });
});

describe('letterHtml', () => {
  it('greets the requester by name and ends with the FOIA rights to review and complain to the ICO', () => {
    const html = letterHtml(assembleLetter({ organisation: org, case: sample([{ type: 'paragraph', content: [text('1 April 2013')] }]), today: '2024-06-10' }));
    expect(html).toContain('Dear Sam Placeholder,');
    expect(html).toContain('Yours sincerely');
    expect(html).toContain('Date: Friday 7 June 2024');
    expect(html).toContain('Thank you for your request of 10 May 2024 about senior');
    expect(html).toContain('internal review');
    expect(html).toContain('href="https://ico.org.uk/make-a-complaint/"');
  });

  it('says "Dear requester" without a name, and sends Scottish requesters to the Scottish Information Commissioner', () => {
    const html = letterHtml(assembleLetter({ organisation: org, case: sample([], 'foisa', ''), today: '2024-06-10' }));
    expect(html).toContain('Dear requester,');
    expect(html).toContain('Yours sincerely');
    expect(html).toContain('Scottish Information Commissioner');
    expect(html).not.toContain('ico.org.uk');
  });

  it('adds no default closing when a closing clause is already in the answers', () => {
    const closing: RichNode = { type: 'clause', attrs: { kind: 'closing', text: 'Our own closing words.' } };
    const html = letterHtml(assembleLetter({ organisation: org, case: sample([closing]), today: '2024-06-10' }));
    expect(html).toContain('Our own closing words.');
    expect(html).not.toContain('ico.org.uk');
  });
});
