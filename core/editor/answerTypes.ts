/**
 * Node and mark types an answer may contain; anything else in stored JSON is a defect.
 * Apart from ./extensions (which re-exports them, and whose test checks they match the schema) so
 * that checking an answer's content does not load TipTap: the CLI's export commands import the
 * check and never build an editor (issue 13).
 */
export const ANSWER_NODE_TYPES = [
  'doc', 'paragraph', 'text', 'hardBreak', 'bulletList', 'orderedList', 'listItem',
  'table', 'tableRow', 'tableHeader', 'tableCell', 'clause',
] as const;
export const ANSWER_MARK_TYPES = ['bold', 'italic', 'underline', 'link'] as const;
