import { linkBareAddresses } from '../editor/bareLinks';
import { markedTextHtml, SHARED_HTML_NODES } from '../editor/toHtml';
import { walkChildren, walkDoc, type DocVisitor } from '../editor/walkDoc';
import type { RichNode } from '../model';

/**
 * An answer as published HTML. Unlike the editor's own HTML it drops the clause bookkeeping (ids,
 * variable values: the walk reads a clause as its wording) and gives every table header the right
 * scope, so what is published carries only the wording and its structure.
 */
const publishedHtml: DocVisitor<string> = {
  // Bare web and email addresses print as links: the reader of a PDF can follow them.
  text: (node) => linkBareAddresses(node).map(markedTextHtml).join(''),
  join: (parts) => parts.join(''),
  nodes: {
    ...SHARED_HTML_NODES,
    listItem: (node, inner) => listItemHtml(node, inner),
    table: (node) => tableHtml(node),
  },
};

/**
 * The editor wraps every list item's text in a paragraph; a published item of one paragraph is
 * written without it. It reads and prints the same (printCss gives the item the paragraph's
 * spacing), and the PDF's structure is the plainer LI › LBody, without a P in each: a month's PDF
 * has about 1,300 fewer structure elements to tag (issue 13: tagging is most of a print's time).
 */
function listItemHtml(node: RichNode, inner: () => string[]): string {
  const only = node.content?.length === 1 ? node.content[0] : undefined;
  return `<li>${only?.type === 'paragraph' ? walkChildren(only, publishedHtml).join('') : inner().join('')}</li>`;
}

const cellHtml = (cell: RichNode) => walkChildren(cell, publishedHtml).join('');

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
        if (cell.type === 'tableHeader') return `<th scope="${headerRow ? 'col' : 'row'}"${span}>${cellHtml(cell)}</th>`;
        return `<td${span}>${cellHtml(cell)}</td>`;
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
  return walkDoc(node, publishedHtml);
}
