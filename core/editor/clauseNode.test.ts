import { describe, expect, it } from 'vitest';
import { generateText, getSchema, getText, getTextSerializersFromSchema } from '@tiptap/core';
import { Node as PmNode } from '@tiptap/pm/model';
import { answerExtensions } from './extensions';
import type { RichNode } from '../model/richText';

const answer: RichNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'We hold the information.' }] },
    {
      type: 'clause',
      attrs: { clauseId: 's31-law-enforcement', version: 1, kind: 'exemption', section: 's31(1)(a)', text: 'Section 31(1)(a) applies.\n\nThe prevention of crime would be prejudiced.' },
    },
    { type: 'paragraph', content: [{ type: 'text', text: 'Yours sincerely' }] },
  ],
};

describe('the clause node as plain text (renderText)', () => {
  it('keeps the clause words in generateText, between the paragraphs around it', () => {
    const text = generateText(answer, answerExtensions());
    expect(text).toBe('We hold the information.\n\nSection 31(1)(a) applies.\n\nThe prevention of crime would be prejudiced.\n\nYours sincerely');
  });

  it('keeps them in getText over the schema node, as the editor and its clipboard serializer call it', () => {
    const schema = getSchema(answerExtensions());
    const doc = PmNode.fromJSON(schema, answer);
    const text = getText(doc, { textSerializers: getTextSerializersFromSchema(schema) });
    expect(text).toContain('The prevention of crime would be prejudiced.');
    expect(text.indexOf('We hold')).toBeLessThan(text.indexOf('Section 31'));
  });

  it('gives an empty clause no text rather than "undefined"', () => {
    const text = generateText({ type: 'doc', content: [{ type: 'clause', attrs: { clauseId: 'x' } }] }, answerExtensions());
    expect(text).toBe('');
  });
});
