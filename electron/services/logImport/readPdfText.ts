import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/** Far more than any month's or year's log; a file past it is refused rather than read for minutes. */
export const MAX_LOG_PDF_PAGES = 3_000;
const MAX_TEXT = 20_000_000;

interface Line {
  text: string;
  y: number;
  height: number;
  /** In the page's top or bottom 6%, where running headers and page numbers sit. */
  edge: boolean;
  /** The font the line starts in: a question printed bold and its answer in roman are two paragraphs. */
  font: string;
}

/**
 * A PDF's text through pdf.js (Mozilla's maintained reader), line by line as printed, with a blank
 * line where the gap between two lines is wider than a line: that is where a paragraph ends, which
 * the log parser needs to tell a restated question from its answer. Runs inside the untrusted
 * worker (../untrusted), so a hostile file can end at most that thread.
 */
export async function readPdfText(bytes: Uint8Array): Promise<string> {
  const pdf: PDFDocumentProxy = await getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  }).promise;
  try {
    if (pdf.numPages > MAX_LOG_PDF_PAGES) throw new RangeError(`it has ${pdf.numPages} pages, more than the ${MAX_LOG_PDF_PAGES} any log needs`);
    const pages: Line[][] = [];
    let size = 0;
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const [, , , top] = page.view as [number, number, number, number];
      const lines = pageLines(content.items.filter((i): i is TextItem => 'str' in i), top);
      page.cleanup();
      size += lines.reduce((n, l) => n + l.text.length + 1, 0);
      if (size > MAX_TEXT) throw new RangeError('its text runs past 20 million characters');
      pages.push(lines);
    }
    return withoutFurniture(pages).map(pageText).join('\n');
  } finally {
    await pdf.destroy();
  }
}

/** A page's text items as lines, in the order printed; `top` is the page's height, to place each line. */
function pageLines(items: readonly TextItem[], top: number): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5] as number;
    if (!item.str.trim() && !current) continue;
    if (!current) current = { text: '', y, height: item.height || 10, edge: top > 0 && (y > top * 0.94 || y < top * 0.06), font: item.fontName };
    current.text += item.str;
    current.height = Math.max(current.height, item.height || 0);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim() !== '');
}

const PAGE_NUMBER = /^(?:page\s+)?\d+(?:\s+of\s+\d+)?$/i;
const shape = (text: string) => text.trim().replace(/\d+/g, '#');

/**
 * Running headers and page numbers are not part of any entry: a line in a page's top or bottom edge
 * that repeats on other pages (digits aside), or any "Page 3 of 9", is left out.
 */
function withoutFurniture(pages: Line[][]): Line[][] {
  const onPages = new Map<string, number>();
  for (const lines of pages) for (const k of new Set(lines.filter((l) => l.edge).map((l) => shape(l.text)))) onPages.set(k, (onPages.get(k) ?? 0) + 1);
  return pages.map((lines) => lines.filter((l) => !PAGE_NUMBER.test(l.text.trim()) && !(l.edge && (pages.length === 1 || (onPages.get(shape(l.text)) ?? 0) > 1))));
}

/** The usual distance from one line to the next on a page: the most common gap between baselines. */
function linePitch(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const gap = Math.round((lines[i - 1]!.y - lines[i]!.y) * 2) / 2;
    if (gap > 0 && gap < lines[i]!.height * 3) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  }
  let best = 0;
  let seen = 0;
  for (const [gap, n] of counts) if (n > seen || (n === seen && gap < best)) [best, seen] = [gap, n];
  return seen >= 3 ? best : (lines[0]?.height ?? 10) * 1.5;
}

/**
 * Lines with a blank line where a paragraph ends: a gap wider than the page's usual line pitch, or a
 * change of font at the start of a line (a bold restated question, then its answer).
 */
function pageText(lines: readonly Line[]): string {
  const pitch = linePitch(lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous && (previous.y - line.y > pitch * 1.12 || previous.y - line.y < 0 || previous.font !== line.font)) out.push('');
    out.push(line.text);
  });
  return out.join('\n');
}
