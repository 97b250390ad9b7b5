import type { RichMark, RichNode } from '../model/richText';
import { walkDoc, type DocVisitor } from './walkDoc';

/**
 * Editor JSON -> HTML without a DOM, so it runs the same in Node, in the page and in tests.
 * It is the HTML behind the bundle export, the log preview and the PDF: only safe link protocols
 * pass, and every piece of text is escaped.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  return /^(https?:|mailto:)/i.test(trimmed) ? trimmed : null;
}

function wrapMark(html: string, mark: RichMark): string {
  switch (mark.type) {
    case 'bold':
      return `<strong>${html}</strong>`;
    case 'italic':
      return `<em>${html}</em>`;
    case 'underline':
      return `<u>${html}</u>`;
    case 'link': {
      const href = safeHref(mark.attrs?.['href']);
      return href ? `<a href="${escapeHtml(href)}">${html}</a>` : html;
    }
    default:
      return html;
  }
}

/** A text run with its marks; links wrap outermost so the whole styled run is one link. */
export function markedTextHtml(node: RichNode): string {
  const marks = [...(node.marks ?? [])].sort((a, b) => (a.type === 'link' ? 1 : 0) - (b.type === 'link' ? 1 : 0));
  return marks.reduce((html, m) => wrapMark(html, m), escapeHtml(node.text ?? ''));
}

/** Clause wording as paragraphs: a blank line in the filled text starts a new paragraph. */
export function clauseTextToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export const wrapInTag = (tag: string) => (_node: RichNode, inner: () => string[]) => `<${tag}>${inner().join('')}</${tag}>`;
const wrap = wrapInTag;

/** The text and block nodes every HTML view of an answer writes the same way; tables and clauses differ. */
export const SHARED_HTML_NODES = {
  paragraph: wrap('p'),
  hardBreak: () => '<br>',
  bulletList: wrap('ul'),
  orderedList: (node: RichNode, inner: () => string[]) => {
    const start = Number(node.attrs?.['start'] ?? 1);
    return `<ol${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${inner().join('')}</ol>`;
  },
  listItem: wrap('li'),
} satisfies DocVisitor<string>['nodes'];

/** The editor's own HTML: what the bundle carries and the read-only answer shows, so clause nodes keep their data-* attributes. */
const editorHtml: DocVisitor<string> = {
  text: (node) => markedTextHtml(node),
  join: (parts) => parts.join(''),
  nodes: {
    ...SHARED_HTML_NODES,
    table: wrap('table'),
    tableRow: wrap('tr'),
    tableHeader: (_node, inner) => `<th scope="col">${inner().join('')}</th>`,
    tableCell: wrap('td'),
    clause: (node) => {
      const a = node.attrs ?? {};
      const data = [
        ['clauseid', a['clauseId']],
        ['version', JSON.stringify(a['version'] ?? 1)],
        ['title', a['title']],
        ['kind', a['kind']],
        ['section', a['section']],
        ['values', JSON.stringify(a['values'] ?? {})],
        ['text', a['text']],
        ['missing', JSON.stringify(a['missing'] ?? [])],
      ]
        .map(([k, v]) => ` data-${k}="${escapeHtml(String(v ?? ''))}"`)
        .join('');
      return `<div data-clause="" class="clause"${data}>${clauseTextToHtml(String(a['text'] ?? ''))}</div>`;
    },
  },
};

export function nodeToHtml(node: RichNode): string {
  return walkDoc(node, editorHtml);
}

export function docToHtml(doc: RichNode): string {
  return nodeToHtml(doc);
}
