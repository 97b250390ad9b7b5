import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { ANSWER_MARK_TYPES, ANSWER_NODE_TYPES, answerExtensions } from '../editor/extensions';
import { answerContentIssues } from './answerContent';
import { deskContract } from './contract';
import { describeZodError } from './errors';

const answer = (content: unknown[]) => ({ id: 'a1', covers: [], doc: { type: 'doc', content } });
const saveInput = (content: unknown[]) => deskContract.saveAnswer.input.safeParse({ caseId: 'c1', answer: answer(content) });

describe('saveAnswer refuses what the answer schema does not have', () => {
  it('refuses a heading, naming where it is', () => {
    const parsed = saveInput([{ type: 'paragraph', content: [{ type: 'text', text: 'Fine' }] }, { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'No' }] }]);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeZodError(parsed.error)).toMatch(/^answer\.doc\.content\[1\]\.type: "heading" is not allowed in an answer/);
  });

  it('refuses a strike mark deep in a list', () => {
    const struck = { type: 'text', text: 'gone', marks: [{ type: 'bold' }, { type: 'strike' }] };
    const parsed = saveInput([{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [struck] }] }] }]);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeZodError(parsed.error)).toBe('answer.doc.content[0].content[0].content[0].content[0].marks[1].type: the mark "strike" is not allowed in an answer (allowed: bold, italic, underline, link)');
  });

  it('accepts every node and mark the editor makes', () => {
    const cell = (type: string) => ({ type, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'italic' }, { type: 'underline' }, { type: 'link', attrs: { href: 'https://ico.org.uk' } }] }] }] });
    const parsed = saveInput([
      { type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }] },
      { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
      { type: 'table', content: [{ type: 'tableRow', content: [cell('tableHeader'), cell('tableCell')] }] },
      { type: 'clause', attrs: { clauseId: 's40-personal', text: 'Section 40(2) applies.' } },
    ]);
    expect(parsed.success, parsed.success ? '' : describeZodError(parsed.error)).toBe(true);
  });

  it('stops after a few problems so a crafted answer gets a short message', () => {
    const many = Array.from({ length: 50 }, () => ({ type: 'codeBlock' }));
    expect(answerContentIssues({ type: 'doc', content: many })).toHaveLength(5);
  });
});

describe('ANSWER_NODE_TYPES and ANSWER_MARK_TYPES', () => {
  it('are exactly the types of the editor schema, so the rule and the editor cannot drift apart', () => {
    const schema = getSchema(answerExtensions());
    expect(Object.keys(schema.nodes).sort()).toEqual([...ANSWER_NODE_TYPES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...ANSWER_MARK_TYPES].sort());
  });
});
