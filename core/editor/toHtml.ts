import type { RichMark, RichNode } from '../model/richText';

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

function children(node: RichNode): string {
  return (node.content ?? []).map(nodeToHtml).join('');
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

export function nodeToHtml(node: RichNode): string {
  switch (node.type) {
    case 'doc':
      return children(node);
    case 'text':
      return markedTextHtml(node);
    case 'paragraph':
      return `<p>${children(node)}</p>`;
    case 'hardBreak':
      return '<br>';
    case 'bulletList':
      return `<ul>${children(node)}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.['start'] ?? 1);
      return start !== 1 ? `<ol start="${start}">${children(node)}</ol>` : `<ol>${children(node)}</ol>`;
    }
    case 'listItem':
      return `<li>${children(node)}</li>`;
    case 'table':
      return `<table>${children(node)}</table>`;
    case 'tableRow':
      return `<tr>${children(node)}</tr>`;
    case 'tableHeader':
      return `<th scope="col">${children(node)}</th>`;
    case 'tableCell':
      return `<td>${children(node)}</td>`;
    case 'clause': {
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
    }
    default:
      // Unknown nodes keep their text rather than vanish.
      return children(node);
  }
}

export function docToHtml(doc: RichNode): string {
  return nodeToHtml(doc);
}
