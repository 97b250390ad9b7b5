import {
  ExternalHyperlink,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,

  type ParagraphChild,
} from 'docx';
import { safeHref } from '../../../core/editor/toHtml';
import { linkBareAddresses } from '../../../core/editor/bareLinks';
import { expandClauses } from '../../../core/documents/expandClauses';
import { walkChildren, walkDoc, type DocVisitor } from '../../../core/editor/walkDoc';
import type { RichNode } from '../../../core/model';
import { BULLET_LIST, orderedListDefinition, TEXT_WIDTH_TWIPS } from './docxStyles';

/**
 * The walk over the editor's JSON that writes DOCX: no HTML in between, so every node type maps to
 * the Word structure a screen reader expects (a real list, a real table with a repeating header row,
 * a real hyperlink). Each list gets its own numbering instance so numbered lists restart at their
 * own start, as they do in the editor.
 */
export class DocxWalk {
  private nextInstance = 1;

  /** A fresh list instance: Word numbers paragraphs of one instance as one list. */
  listInstance(): number {
    return this.nextInstance++;
  }

  /** `paragraphStyle` styles the top-level paragraphs (answers use 'Answer'); lists and tables keep their own. */
  blocks(doc: RichNode, paragraphStyle?: string): Block[] {
    this.paragraphStyle = paragraphStyle;
    try {
      return this.children(expandClauses(doc), 0);
    } finally {
      this.paragraphStyle = undefined;
    }
  }

  private paragraphStyle: string | undefined;

  private children(node: RichNode, depth: number, bold = false): Block[] {
    return walkChildren(node, this.blockVisitor(depth, bold)).flat();
  }

  private block(node: RichNode, depth: number, bold: boolean): Block[] {
    return walkDoc(node, this.blockVisitor(depth, bold));
  }

  /**
   * Block-level nodes at one list depth, bold inside header cells. Inline content is written by
   * `inlines` (runs grouped into hyperlinks), so a stray text node at block level writes nothing.
   */
  private blockVisitor(depth: number, bold: boolean): DocVisitor<Block[]> {
    return {
      text: () => [],
      join: (parts) => parts.flat(),
      nodes: {
        paragraph: (node) => [new Paragraph({ children: inlines(node, bold), ...(this.paragraphStyle && depth === 0 && !bold ? { style: this.paragraphStyle } : {}) })],
        bulletList: (node) => this.list(node, depth),
        orderedList: (node) => this.list(node, depth),
        table: (node) => [this.table(node)],
      },
    };
  }

  private list(node: RichNode, depth: number): Block[] {
    const instance = this.listInstance();
    const start = Number(node.attrs?.['start'] ?? 1);
    const reference = node.type === 'orderedList' ? orderedListDefinition(Number.isInteger(start) && start > 0 ? start : 1) : BULLET_LIST;
    const level = Math.min(depth, 8);
    const out: Block[] = [];
    for (const item of node.content ?? []) {
      let first = true;
      for (const child of item.content ?? []) {
        if (child.type === 'paragraph') {
          out.push(
            new Paragraph({
              children: inlines(child),
              // Later paragraphs of one item sit under its text, unnumbered.
              ...(first ? { numbering: { reference, level, instance } } : { indent: { left: 720 * (level + 1) } }),
              spacing: { after: 60 },
            }),
          );
          first = false;
        } else {
          out.push(...this.block(child, depth + 1, false));
        }
      }
      if (first) out.push(new Paragraph({ children: [], numbering: { reference, level, instance } }));
    }
    return out;
  }

  private table(node: RichNode): Table {
    const rows = node.content ?? [];
    const columns = Math.max(1, ...rows.map((r) => (r.content ?? []).reduce((n, c) => n + Math.max(1, Number(c.attrs?.['colspan'] ?? 1) || 1), 0)));
    const width = Math.floor(TEXT_WIDTH_TWIPS / columns);
    return new Table({
      width: { size: width * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => width),
      rows: rows.map((row) => {
        const cells = row.content ?? [];
        const headerRow = cells.length > 0 && cells.every((c) => c.type === 'tableHeader');
        return new TableRow({
          // Word repeats a header row on every page, and screen readers announce it with each cell.
          tableHeader: headerRow,
          children: cells.map((cell) => {
            const isHeader = cell.type === 'tableHeader';
            const span = (k: string) => Math.max(1, Number(cell.attrs?.[k] ?? 1) || 1);
            const style = this.paragraphStyle;
            this.paragraphStyle = undefined; // cell text fills its cell, unindented
            const content = this.children(cell, 0, isHeader);
            this.paragraphStyle = style;
            return new TableCell({
              children: content.length ? content : [new Paragraph({})],
              columnSpan: span('colspan'),
              rowSpan: span('rowspan'),
              width: { size: width * span('colspan'), type: WidthType.DXA },
              ...(isHeader ? { shading: { fill: 'F3F2F1' } } : {}),
            });
          }),
        });
      }),
    });
  }
}

export type Block = Paragraph | Table;

type Marks = { bold: boolean; italics: boolean; underline: boolean; href: string | null };

function marksOf(node: RichNode, bold: boolean): Marks {
  const types = new Set((node.marks ?? []).map((m) => m.type));
  const link = (node.marks ?? []).find((m) => m.type === 'link');
  return { bold: bold || types.has('bold'), italics: types.has('italic'), underline: types.has('underline'), href: link ? safeHref(link.attrs?.['href']) : null };
}

function run(text: string, m: Marks, asLink: boolean): TextRun {
  return new TextRun({
    text,
    bold: m.bold || undefined,
    italics: m.italics || undefined,
    ...(m.underline && !asLink ? { underline: {} } : {}),
    ...(asLink ? { style: 'Hyperlink' } : {}),
  });
}

/** Runs of a paragraph; neighbouring text with the same link becomes one hyperlink. */
export function inlines(node: RichNode, bold = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  let link: { href: string; runs: TextRun[] } | null = null;
  const flush = () => {
    if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
    link = null;
  };
  // Bare web and email addresses become hyperlinks, as in the PDF (core/editor/bareLinks).
  for (const child of (node.content ?? []).flatMap(linkBareAddresses)) {
    if (child.type === 'hardBreak') {
      flush();
      out.push(new TextRun({ break: 1 }));
      continue;
    }
    if (child.type !== 'text') {
      flush();
      out.push(...inlines(child, bold));
      continue;
    }
    const m = marksOf(child, bold);
    if (m.href) {
      if (!link || link.href !== m.href) {
        flush();
        link = { href: m.href, runs: [] };
      }
      link.runs.push(run(child.text ?? '', m, true));
    } else {
      flush();
      out.push(run(child.text ?? '', m, false));
    }
  }
  flush();
  return out;
}
