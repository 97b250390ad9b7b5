import { describe, expect, it } from 'vitest';
import type { Clause } from './clauseSchema';
import { fillClause, formatDate, splitParagraphs } from './fillClause';
import { fillContextFor } from './fillContextFor';

const clause: Pick<Clause, 'body' | 'variables'> = {
  body: [
    'We are withholding this under section 31(1)(a). Disclosure {{likelihood}} prejudice',
    'the prevention or detection of crime.',
    '',
    '{{reason}}',
    '',
    '',
    'The limit for {{org.name}} is {{org.costLimit}} ({{org.costHours}} hours). Ref {{case.ref}}, received {{case.received}}.',
    '',
    'Review within {{review_days}} working days; opinion given on {{opinion_date}}.',
  ].join('\n'),
  variables: [
    { name: 'likelihood', prompt: 'How likely', type: 'choice', choices: ['would', 'would be likely to'] },
    { name: 'reason', prompt: 'Why the exemption applies', type: 'text' },
    { name: 'review_days', prompt: 'Days', type: 'number', default: 20 },
    { name: 'opinion_date', prompt: 'When', type: 'date' },
  ],
};

const context = { org: { name: 'Example Council', costLimit: '£450', costHours: '18' }, case: { ref: 'FOI-2025-0042', received: '2025-03-14' } };

describe('fillClause', () => {
  it('fills values, context and defaults, and keeps paragraphs', () => {
    const result = fillClause(clause, { likelihood: 'would be likely to', reason: 'Because.', opinion_date: '2025-01-02' }, context);
    expect(result.missing).toEqual([]);
    expect(result.text).toBe(
      [
        'We are withholding this under section 31(1)(a). Disclosure would be likely to prejudice the prevention or detection of crime.',
        'Because.',
        'The limit for Example Council is £450 (18 hours). Ref FOI-2025-0042, received 14 March 2025.',
        'Review within 20 working days; opinion given on 2 January 2025.',
      ].join('\n\n'),
    );
    expect(result.segments.filter((segment) => 'variable' in segment).every((segment) => 'filled' in segment && segment.filled)).toBe(true);
  });

  it('marks unfilled variables visibly and lists them once, in order of use', () => {
    const result = fillClause({ ...clause, body: `${clause.body}\n\n{{reason}} again.` }, { reason: '   ' }, { org: {} });
    expect(result.missing).toEqual(['likelihood', 'reason', 'org.name', 'org.costLimit', 'org.costHours', 'case.ref', 'case.received', 'opinion_date']);
    expect(result.text).toContain('Disclosure [likelihood] prejudice');
    expect(result.text).toContain('The limit for [organisation name] is [cost limit] ([cost limit in hours] hours). Ref [case reference]');
    expect(result.text).toContain('Review within 20 working days; opinion given on [opinion date].');
    expect(result.segments[1]).toEqual({ variable: 'likelihood', filled: false, text: '[likelihood]' });
  });

  it('returns segments that rebuild the text, with paragraph breaks as their own text', () => {
    const result = fillClause({ body: 'A {{x}}.\n\nB', variables: [{ name: 'x', prompt: 'x', type: 'text' }] }, { x: 'one' }, { org: {} });
    expect(result.segments).toEqual([{ text: 'A ' }, { variable: 'x', filled: true, text: 'one' }, { text: '.\n\nB' }]);
    expect(result.segments.map((segment) => segment.text).join('')).toBe(result.text);
  });

  it('keeps paragraph breaks inside a multi-paragraph value and normalises line endings', () => {
    const result = fillClause({ body: '{{factors}}', variables: [{ name: 'factors', prompt: 'f', type: 'text' }] }, { factors: 'First.\r\n\r\nSecond.' }, { org: {} });
    expect(result.text).toBe('First.\n\nSecond.');
  });

  it('accepts numbers as values', () => {
    const result = fillClause({ body: '{{n}} hours', variables: [{ name: 'n', prompt: 'n', type: 'number' }] }, { n: 0 }, { org: {} });
    expect(result.text).toBe('0 hours');
  });
});

describe('splitParagraphs', () => {
  it('joins wrapped lines but keeps list lines on their own', () => {
    expect(splitParagraphs('One\ntwo\n\n\nThree:\n- a\n- b\n')).toEqual(['One two', 'Three:\n- a\n- b']);
  });
});

describe('formatDate', () => {
  it('writes ISO dates the UK way and leaves other text alone', () => {
    expect(formatDate('2025-12-01')).toBe('1 December 2025');
    expect(formatDate('next week')).toBe('next week');
  });
});

describe('fillContextFor', () => {
  it('prints the cost limit for the organisation tier', () => {
    const body = '{{org.costLimit}} / {{org.costHours}} hours / {{org.reviewAddress}} / {{case.received}}';
    const central = fillClause({ body, variables: [] }, {}, fillContextFor({ name: 'Dept', costTier: 'central', reviewAddress: '' }, { ref: 'R1', received: '2025-06-30' }));
    expect(central.text).toBe('£600 / 24 hours / [internal review address] / 30 June 2025');
    expect(central.missing).toEqual(['org.reviewAddress']);
    expect(fillClause({ body, variables: [] }, {}, fillContextFor({ name: 'Council' })).text).toBe('£450 / 18 hours / [internal review address] / [date received]');
  });
});
