import type { RichNode } from '../model';

/**
 * Clause nodes become the paragraphs of their filled wording (a blank line starts a new paragraph,
 * a single line break stays a break), so every writer prints exactly what the officer saw and
 * none needs to know about clauses.
 */
export function clauseParagraphs(text: string): RichNode[] {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({
      type: 'paragraph',
      content: p.split('\n').flatMap((line, i): RichNode[] => (i === 0 ? [{ type: 'text', text: line }] : [{ type: 'hardBreak' }, { type: 'text', text: line }])).filter((n) => n.type !== 'text' || n.text !== ''),
    }));
}

export function expandClauses(node: RichNode): RichNode {
  if (!node.content) return node;
  return {
    ...node,
    content: node.content.flatMap((child) => (child.type === 'clause' ? clauseParagraphs(String(child.attrs?.['text'] ?? '')) : [expandClauses(child)])),
  };
}

/** True when an answer already carries closing paragraphs, so the letter adds no default ones. */
export function hasClosingClause(node: RichNode): boolean {
  if (node.type === 'clause' && node.attrs?.['kind'] === 'closing') return true;
  return (node.content ?? []).some(hasClosingClause);
}
