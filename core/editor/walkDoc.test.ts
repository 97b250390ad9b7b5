import { describe, expect, it } from 'vitest';
import type { RichNode } from '../model/richText';
import { readClauseAttrs } from './clauseText';
import { richToPlainText } from './plainText';
import { forEachNode, someNode, walkDoc, type DocVisitor } from './walkDoc';

const clause: RichNode = { type: 'clause', attrs: { clauseId: 'cost', kind: 'cost', text: 'It would cost £600.\n\nYou could narrow it\nby year.' } };
const doc: RichNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'One ', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }, { type: 'text', text: 'two' }] },
    { type: 'futureBlock', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'kept' }] }] },
    clause,
  ],
};

// A visitor naming only text and paragraphs: everything else comes from the walk's defaults.
const tags: DocVisitor<string> = {
  text: (node, marks) => (marks.length ? `*${node.text}*` : node.text ?? ''),
  join: (parts) => parts.join(''),
  nodes: { paragraph: (_n, inner) => `[${inner().join('')}]`, hardBreak: () => '/' },
};

describe('walkDoc', () => {
  it('writes named nodes, keeps the text of unknown ones, and reads an unnamed clause as its paragraphs', () => {
    expect(walkDoc(doc, tags)).toBe('[*One */two][kept][It would cost £600.][You could narrow it/by year.]');
  });

  it('lets a visitor write clauses itself', () => {
    expect(walkDoc(doc, { ...tags, nodes: { ...tags.nodes, clause: (n) => `{${readClauseAttrs(n).clauseId}}` } })).toBe('[*One */two][kept]{cost}');
  });

  it('never mistakes a node type for a property every object has', () => {
    const odd: RichNode = { type: 'doc', content: [{ type: 'constructor', content: [{ type: 'text', text: 'safe' }] }, { type: 'toString' }] };
    expect(walkDoc(odd, tags)).toBe('safe');
  });
});

describe('forEachNode and someNode', () => {
  it('visits parents before children, in document order, and can skip a subtree', () => {
    const seen: string[] = [];
    forEachNode(doc, (n) => {
      seen.push(n.type);
      return n.type !== 'futureBlock';
    });
    expect(seen).toEqual(['doc', 'paragraph', 'text', 'hardBreak', 'text', 'futureBlock', 'clause']);
    expect(someNode(doc, (n) => n.type === 'clause' && readClauseAttrs(n).kind === 'cost')).toBe(true);
    expect(someNode(doc, (n) => n.type === 'table')).toBe(false);
  });
});

describe('richToPlainText', () => {
  it('ends blocks with a newline, keeps clause wording verbatim and separates table cells with tabs', () => {
    const table: RichNode = {
      type: 'table',
      content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Year' }] }] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: '2024' }] }] }] }],
    };
    expect(richToPlainText({ type: 'doc', content: [...doc.content!, table] })).toBe('One \ntwo\nkept\nIt would cost £600.\n\nYou could narrow it\nby year.\nYear\t2024\n');
  });
});

describe('readClauseAttrs', () => {
  it('gives a safe shape whatever the stored attributes hold', () => {
    expect(readClauseAttrs({ type: 'clause', attrs: { clauseId: 7, version: 'x', values: { n: 3, s: 'a' }, missing: ['a', 2], text: null } })).toEqual({
      clauseId: '7', version: 1, title: '', kind: '', section: '', values: { n: '3', s: 'a' }, text: '', missing: ['a'],
    });
  });
});
