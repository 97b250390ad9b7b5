import { Node, mergeAttributes } from '@tiptap/core';
import { clauseWording } from './clauseText';

export type { ClauseAttrs } from './clauseText';

const jsonAttr = (name: string, fallback: unknown) => ({
  default: fallback,
  parseHTML: (el: HTMLElement) => {
    const raw = el.getAttribute(`data-${name}`);
    if (raw == null) return fallback;
    try {
      return JSON.parse(raw);
    } catch {
      return fallback;
    }
  },
  renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name}`]: JSON.stringify(attrs[name] ?? fallback) }),
});

const textAttr = (name: string, fallback: string) => ({
  default: fallback,
  parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name.toLowerCase()}`) ?? fallback,
  renderHTML: (attrs: Record<string, unknown>) => ({ [`data-${name.toLowerCase()}`]: String(attrs[name] ?? fallback) }),
});

/**
 * A clause from the library placed in an answer: a block atom that remembers which clause, which
 * version and the officer's variable values, plus the filled wording (`text`) as it stood when last
 * filled, so an answer keeps the wording it was sent with even after the library changes.
 * Attributes round-trip through data-* attributes so copy and paste keeps the node whole, and
 * `renderText` gives the wording to plain-text copies and getText (both the pattern of TipTap's
 * mention extension), so an answer copied as plain text keeps its clause words.
 */
export const ClauseNode = Node.create({
  name: 'clause',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      clauseId: textAttr('clauseId', ''),
      version: jsonAttr('version', 1),
      title: textAttr('title', ''),
      kind: textAttr('kind', ''),
      section: textAttr('section', ''),
      values: jsonAttr('values', {}),
      text: textAttr('text', ''),
      missing: jsonAttr('missing', []),
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-clause]' }];
  },

  renderText({ node }) {
    return clauseWording({ type: 'clause', attrs: node.attrs });
  },

  renderHTML({ HTMLAttributes, node }) {
    const paragraphs = String(node.attrs['text'] ?? '')
      .split(/\n{2,}/)
      .filter((p) => p.trim() !== '')
      .map((p) => ['p', {}, p] as const);
    return ['div', mergeAttributes({ 'data-clause': '', class: 'clause' }, HTMLAttributes), ...paragraphs];
  },
});
