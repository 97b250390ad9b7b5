import { describe, expect, it } from 'vitest';
import type { RichNode } from '../model';
import { answerHtml } from './answerHtml';
import { requestHtml, responseHtml } from './responseHtml';

// Each run of text in the printed HTML is one structure element Chromium tags in the PDF, and
// tagging is most of a month's print (issue 13): the published HTML writes no element a reader
// cannot see or hear, so a month prints with fewer runs and the same words.
const text = (t: string, marks?: RichNode['marks']): RichNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const para = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });
const item = (...content: RichNode[]): RichNode => ({ type: 'listItem', content });
const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });

describe('the printed HTML of questions and answers', () => {
  it('prints a question as one run of text, its label first', () => {
    const q = { number: '2.a', label: 'a.', text: 'How many <staff>?', heading: false, depth: 1 };
    // Its wrapped lines hang by the label's own width: "a. " in bold Arial is 1.11em.
    expect(requestHtml({ kind: 'questions', questions: [q] })).toBe('<p class="question depth-1" style="padding-left: 1.11em; text-indent: -1.11em">a. How many &lt;staff&gt;?</p>');
    expect(responseHtml([{ kind: 'answer', questions: [{ ...q, heading: true, depth: 0, label: '2.', text: 'Staff' }], coversLabel: null, answer: null, disposition: 'answered' }], 4)).toContain(
      '<p class="section-line" style="padding-left: 1.11em; text-indent: -1.11em">2. Staff</p>',
    );
    // A question without a label does not hang, nor start with a space.
    expect(requestHtml({ kind: 'questions', questions: [{ ...q, label: '' }] })).toBe('<p class="question depth-1" style="padding-left: 0em; text-indent: -0em">How many &lt;staff&gt;?</p>');
  });

  it('hangs a longer label further, and a very long one no further than 8em', () => {
    const hang = (label: string) => /padding-left: ([\d.]+)em/.exec(requestHtml({ kind: 'questions', questions: [{ number: '1', label, text: 'Words', heading: false, depth: 0 }] }))![1];
    expect(hang('10.')).toBe('1.67');
    expect(hang('(iv)')).toBe('1.78');
    expect(hang('Question twelve, part one:')).toBe('8');
  });

  it('writes a list item of one paragraph without the paragraph, and keeps several paragraphs apart', () => {
    const html = answerHtml(doc({ type: 'bulletList', content: [item(para(text('Advisers: '), text('3', [{ type: 'bold' }]))), item(para(text('First.')), para(text('Second.')))] }));
    expect(html).toBe('<ul><li>Advisers: <strong>3</strong></li><li><p>First.</p><p>Second.</p></li></ul>');
  });

  it('keeps a list inside a list item apart from the item\'s text', () => {
    const nested = answerHtml(doc({ type: 'orderedList', attrs: { start: 1 }, content: [item(para(text('Parent')), { type: 'bulletList', content: [item(para(text('Child')))] })] }));
    expect(nested).toBe('<ol><li><p>Parent</p><ul><li>Child</li></ul></li></ol>');
  });
});
