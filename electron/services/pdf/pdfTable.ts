import type { RichNode } from '../../../core/model';
import { contentWidths, type Fragment, type Run } from './lineBreaking';
import { BODY, CELL_PAD, CELL_RULE, HEADER_CELL_FILL, TABLE_AFTER, TABLE_BEFORE } from './pdfStyles';
import { hasText, inlineRuns, inParagraphs } from './inlineRuns';
import type { ParagraphStyle, Struct, TaggedFlow } from './taggedFlow';

const CELL: ParagraphStyle = { size: BODY.size, lineHeight: BODY.lineHeight, left: CELL_PAD.x, right: CELL_PAD.x };
const RULE_WIDTH = 0.75;

interface Cell {
  header: boolean;
  row: number;
  column: number;
  colspan: number;
  rowspan: number;
  /** Each paragraph of the cell, laid out to the cell's width. */
  paragraphs: Fragment[][][];
  height: number;
}

/** The paragraphs of a cell as runs: a list inside a cell prints its items as lines with their bullets. */
function cellParagraphs(cell: RichNode, bold: boolean): Run[][] {
  const out: Run[][] = [];
  const walk = (node: RichNode, prefix: string) => {
    if (node.type === 'paragraph') {
      const runs = inlineRuns(node, bold);
      if (hasText(runs)) out.push(prefix ? [{ text: prefix, face: bold ? 'bold' : 'regular' }, ...runs] : runs);
      return;
    }
    if (node.type === 'listItem') {
      inParagraphs(node.content ?? []).forEach((child, i) => walk(child, i === 0 ? prefix : ''));
      return;
    }
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const start = Number(node.attrs?.['start'] ?? 1);
      (node.content ?? []).forEach((item, i) => walk(item, node.type === 'orderedList' ? `${(Number.isInteger(start) ? start : 1) + i}. ` : '\u2022 '));
      return;
    }
    for (const child of inParagraphs(node.content ?? [])) walk(child, prefix);
  };
  for (const child of inParagraphs(cell.content ?? [])) walk(child, '');
  return out;
}

// HTML's own limits on spans: a larger number is read as these, as a browser reads it.
const MOST_SPAN: Record<string, number> = { colspan: 1000, rowspan: 65534 };
const span = (cell: RichNode, key: string) => {
  const n = Number(cell.attrs?.[key] ?? 1);
  return Number.isInteger(n) && n > 1 ? Math.min(n, MOST_SPAN[key]!) : 1;
};

/**
 * Columns sized as a browser's automatic table layout sizes them for a table of the full width:
 * each column at least as wide as its widest word, and the room left shared out by how much more
 * each column's text would take on one line. A short "Year" column stays narrow and the notes get
 * the room, where equal columns wrapped the notes and left the years' column mostly empty.
 * (Spanning cells are left out of the sizing, as their text wraps within the columns they span.)
 */
export function columnWidths(columns: number, cells: readonly { column: number; colspan: number; min: number; max: number }[], width: number): number[] {
  const pad = 2 * CELL_PAD.x;
  const min = Array.from({ length: columns }, () => pad);
  const max = Array.from({ length: columns }, () => pad);
  for (const c of cells) {
    if (c.colspan !== 1) continue;
    min[c.column] = Math.max(min[c.column]!, c.min + pad);
    max[c.column] = Math.max(max[c.column]!, c.max + pad);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(max) <= width) return max.map((m) => m + ((width - sum(max)) * m) / sum(max));
  if (sum(min) >= width) return min.map((m) => (m * width) / sum(min));
  const spare = width - sum(min);
  const wants = max.map((m, i) => m - min[i]!);
  return min.map((m, i) => m + (spare * wants[i]!) / (sum(wants) || 1));
}

/** Where each cell sits in the grid, spans taken into account, as a browser places them; and the columns' widths. */
function placeCells(table: RichNode, flow: TaggedFlow, width: number): { cells: Cell[]; columns: number; rows: number; widths: number[] } {
  const rows = table.content ?? [];
  const taken: boolean[][] = rows.map(() => []);
  const placed: { node: RichNode; row: number; column: number; colspan: number; rowspan: number }[] = [];
  rows.forEach((row, r) => {
    let column = 0;
    for (const node of row.content ?? []) {
      while (taken[r]![column]) column++;
      const colspan = span(node, 'colspan');
      const rowspan = Math.min(span(node, 'rowspan'), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < colspan; dc++) taken[r + dr]![column + dc] = true;
      placed.push({ node, row: r, column, colspan, rowspan });
      column += colspan;
    }
  });
  const columns = Math.max(1, ...taken.map((t) => t.length));
  const measure = flow.measure(CELL.size);
  const sized = placed.map((p) => {
    const header = p.node.type === 'tableHeader';
    const runs = cellParagraphs(p.node, header);
    const each = runs.map((r) => contentWidths(r, measure));
    return { ...p, header, runs, min: Math.max(0, ...each.map((w) => w.min)), max: Math.max(0, ...each.map((w) => w.max)) };
  });
  const widths = columnWidths(columns, sized, width);
  const cells = sized.map(({ header, runs, row, column, colspan, rowspan }): Cell => {
    const cellWidth = widths.slice(column, column + colspan).reduce((a, b) => a + b, 0);
    const paragraphs = runs.map((r) => flow.layout(r, CELL, cellWidth));
    const lines = paragraphs.reduce((n, p) => n + p.length, 0);
    return { header, row, column, colspan, rowspan, paragraphs, height: 2 * CELL_PAD.y + lines * CELL.size * CELL.lineHeight };
  });
  return { cells, columns, rows: rows.length, widths };
}

/** Each row's height: its tallest cell, and rows under a tall spanning cell made room for it. */
function rowHeights(cells: Cell[], rows: number): number[] {
  const heights = Array.from({ length: rows }, () => 2 * CELL_PAD.y + CELL.size * CELL.lineHeight);
  for (const c of cells) if (c.rowspan === 1) heights[c.row] = Math.max(heights[c.row]!, c.height);
  for (const c of cells) {
    if (c.rowspan === 1) continue;
    const have = heights.slice(c.row, c.row + c.rowspan).reduce((a, b) => a + b, 0);
    if (have < c.height) heights[c.row + c.rowspan - 1]! += c.height - have;
  }
  return heights;
}

/** Rows a spanning cell ties together: they move to a new page as one. */
function rowGroups(cells: Cell[], rows: number): [number, number][] {
  const end = Array.from({ length: rows }, (_, r) => r);
  for (const c of cells) end[c.row] = Math.max(end[c.row]!, c.row + c.rowspan - 1);
  const groups: [number, number][] = [];
  for (let r = 0; r < rows; ) {
    let last = end[r]!;
    for (let k = r; k <= last; k++) last = Math.max(last, end[k]!);
    groups.push([r, last]);
    r = last + 1;
  }
  return groups;
}

/**
 * A table from an answer: a real tagged table (Table › THead/TBody › TR › TH/TD, header cells scoped
 * to their column or row, spans given), columns sized to their text (columnWidths), a 1px rule round every
 * cell and header cells shaded. Rows never split across pages, and a page that continues a table
 * starts with its header rows again (drawn as artifacts: the tags hold them once). A row taller than
 * a whole page is the rare exception: its cells print one under another, so no text is cut off.
 */
export function writeTable(flow: TaggedFlow, parent: Struct, node: RichNode, x: number): void {
  const width = flow.width - x;
  const { cells, rows, widths } = placeCells(node, flow, width);
  if (!cells.length) return;
  const heights = rowHeights(cells, rows);
  const columnX: number[] = [];
  widths.reduce((x, w) => (columnX.push(x), x + w), 0);
  const isHeaderRow = (r: number) => cells.some((c) => c.row === r) && cells.filter((c) => c.row === r).every((c) => c.header);
  let headerRows = 0;
  while (headerRows < rows && isHeaderRow(headerRows)) headerRows++;
  const left = flow.left + x;

  const table = parent.child('Table');
  const head = headerRows > 0 ? table.child('THead') : null;
  const bodyGroup = headerRows < rows ? table.child('TBody') : null;

  const drawRow = (r: number, top: number, into: Struct | null) => {
    const rowElement = into ? into.child('TR') : null;
    for (const c of cells.filter((cell) => cell.row === r)) {
      const cx = left + columnX[c.column]!;
      const cw = widths.slice(c.column, c.column + c.colspan).reduce((a, b) => a + b, 0);
      const ch = heights.slice(c.row, c.row + c.rowspan).reduce((a, b) => a + b, 0);
      if (c.header) flow.fillBox(cx, top, cw, ch, HEADER_CELL_FILL);
      flow.strokeBox(cx, top, cw, ch, CELL_RULE, RULE_WIDTH);
      // A header row repeated on a later page (no row element) is drawn as an artifact: seen, not read twice.
      const cellElement = rowElement ? cellStruct(rowElement, c, isHeaderRow(r)) : null;
      let y = top + CELL_PAD.y;
      for (const lines of c.paragraphs) {
        flow.writeLines(cellElement && c.paragraphs.length > 1 ? cellElement.child('P') : cellElement, lines, CELL, cx - flow.left, { fixedTop: y });
        y += lines.length * CELL.size * CELL.lineHeight;
      }
    }
  };

  flow.space(TABLE_BEFORE);
  const groups = rowGroups(cells, rows);
  const heightOf = ([from, to]: [number, number]) => heights.slice(from, to + 1).reduce((a, b) => a + b, 0);
  const firstLines = 2 * CELL_PAD.y + 2 * CELL.size * CELL.lineHeight;
  for (const [g, [from, to]] of groups.entries()) {
    const groupHeight = heightOf([from, to]);
    const repeatHeight = from >= headerRows ? heights.slice(0, headerRows).reduce((a, b) => a + b, 0) : 0;
    if (groupHeight + repeatHeight > flow.pageHeight) {
      // Taller than any page: it starts where it is (with room for its first lines) and runs on.
      flow.ensure(firstLines);
      tallRows(flow, cells.filter((c) => c.row >= from && c.row <= to), from < headerRows ? head! : bodyGroup!, isHeaderRow, columnX, x);
      continue;
    }
    // The header's last row goes to its page with the first row under it (or that row's first lines), never alone at a page's foot.
    const next = to === headerRows - 1 ? groups[g + 1] : undefined;
    const keep = next ? Math.min(heightOf(next), firstLines) : 0;
    flow.ensure(groupHeight + keep);
    if (flow.atPageTop && from >= headerRows && headerRows > 0 && groupHeight + repeatHeight <= flow.pageHeight) {
      let y = flow.y;
      for (let r = 0; r < headerRows; r++) {
        drawRow(r, y, null);
        y += heights[r]!;
      }
      flow.y = y;
    }
    let y = flow.y;
    for (let r = from; r <= to; r++) {
      drawRow(r, y, r < headerRows ? head : bodyGroup);
      y += heights[r]!;
    }
    flow.y = y;
  }
  flow.space(TABLE_AFTER);
}

/** A TH (scoped to its column in a row of header cells, as answerHtml scopes it, else to its row) or a TD, with its spans. */
function cellStruct(row: Struct, c: Cell, inHeaderRow: boolean): Struct {
  const element = row.child(c.header ? 'TH' : 'TD');
  const attributes = [c.header ? `/Scope /${inHeaderRow ? 'Column' : 'Row'}` : '', c.colspan > 1 ? `/ColSpan ${c.colspan}` : '', c.rowspan > 1 ? `/RowSpan ${c.rowspan}` : ''].filter(Boolean);
  if (attributes.length) element.attributes = `<< /O /Table ${attributes.join(' ')} >>`;
  return element;
}

/** Rows taller than a page: each cell's text in turn, in its column, breaking across pages as paragraphs do. */
function tallRows(flow: TaggedFlow, cells: Cell[], into: Struct, isHeaderRow: (row: number) => boolean, columnX: number[], x: number): void {
  for (const r of [...new Set(cells.map((c) => c.row))]) {
    const row = into.child('TR');
    for (const c of cells.filter((cell) => cell.row === r)) {
      const element = cellStruct(row, c, isHeaderRow(r));
      for (const lines of c.paragraphs) flow.writeLines(c.paragraphs.length > 1 ? element.child('P') : element, lines, { ...CELL, after: CELL_PAD.y }, x + columnX[c.column]!);
    }
  }
}
