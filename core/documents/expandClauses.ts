import { clauseParagraphs } from '../editor/clauseText';
import { someNode, walkDoc, type DocVisitor } from '../editor/walkDoc';
import type { RichNode } from '../model';

// Where a newcomer looks for it; the wording-to-paragraphs rule itself lives with the clause node (core/editor).
export { clauseParagraphs };

/**
 * The document with each clause node replaced by the paragraphs of its filled wording, for writers
 * that place paragraphs themselves (the DOCX list numbering must see a clause's paragraphs as the
 * list item's own). The walk reads an unnamed clause as its paragraphs; this visitor rebuilds the rest.
 */
const withClausesExpanded: DocVisitor<RichNode[]> = {
  text: (node) => [node],
  join: (parts) => parts.flat(),
  nodes: {},
  otherwise: (node, inner) => (node.content ? [{ ...node, content: inner().flat() }] : [node]),
};

export function expandClauses(node: RichNode): RichNode {
  if (!node.content) return node;
  return { ...node, content: node.content.flatMap((child) => walkDoc(child, withClausesExpanded)) };
}

/** The document without its closing clauses (kind "closing"): what the published log prints of an answer. */
export function withoutClosingClauses(node: RichNode): RichNode {
  if (!node.content) return node;
  const content = node.content.filter((n) => !(n.type === 'clause' && n.attrs?.['kind'] === 'closing')).map(withoutClosingClauses);
  return { ...node, content: content.length || node.type !== 'doc' ? content : [{ type: 'paragraph' }] };
}

/** True when an answer already carries closing paragraphs, so the letter adds no default ones. */
export function hasClosingClause(node: RichNode): boolean {
  return someNode(node, (n) => n.type === 'clause' && n.attrs?.['kind'] === 'closing');
}
