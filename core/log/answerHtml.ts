import { markedTextHtml } from '../editor/toHtml';
import type { RichNode } from '../model';
import { clauseParagraphs } from './expandClauses';

/**
 * An answer as published HTML. Unlike the editor's own HTML it drops the clause bookkeeping (ids,
 * variable values) and gives every table header the right scope, so what is published carries
 * only the wording and its structure.
 */
const inner = (node: RichNode) => (node.content ?? []).map(answerHtml).join('');

function tableHtml(table: RichNode): string {
  const rows = (table.content ?? []).map((row) => {
    const cells = row.content ?? [];
    const headerRow = cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
    const html = cells
      .map((cell) => {
        const span = ['colspan', 'rowspan']
          .map((k) => ({ k, v: Number(cell.attrs?.[k] ?? 1) }))
          .filter(({ v }) => Number.isInteger(v) && v > 1)
          .map(({ k, v }) => ` ${k}="${v}"`)
          .join('');
        if (cell.type === 'tableHeader') return `<th scope="${headerRow ? 'col' : 'row'}"${span}>${inner(cell)}</th>`;
        return `<td${span}>${inner(cell)}</td>`;
      })
      .join('');
    return { headerRow, html: `<tr>${html}</tr>` };
  });
  const headCount = rows.findIndex((r) => !r.headerRow);
  const split = headCount === -1 ? rows.length : headCount;
  const head = split > 0 ? `<thead>${rows.slice(0, split).map((r) => r.html).join('')}</thead>` : '';
  const body = rows.slice(split).map((r) => r.html).join('');
  return `<table>${head}${body ? `<tbody>${body}</tbody>` : ''}</table>`;
}

export function answerHtml(node: RichNode): string {
  switch (node.type) {
    case 'text':
      return markedTextHtml(node);
    case 'paragraph':
      return `<p>${inner(node)}</p>`;
    case 'hardBreak':
      return '<br>';
    case 'bulletList':
      return `<ul>${inner(node)}</ul>`;
    case 'orderedList': {
      const start = Number(node.attrs?.['start'] ?? 1);
      return `<ol${Number.isInteger(start) && start !== 1 ? ` start="${start}"` : ''}>${inner(node)}</ol>`;
    }
    case 'listItem':
      return `<li>${inner(node)}</li>`;
    case 'table':
      return tableHtml(node);
    case 'clause':
      return clauseParagraphs(String(node.attrs?.['text'] ?? '')).map(answerHtml).join('');
    default:
      return inner(node);
  }
}
