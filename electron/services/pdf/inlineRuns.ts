import { linkBareAddresses } from '../../../core/editor/bareLinks';
import { safeHref } from '../../../core/editor/toHtml';
import type { RichNode } from '../../../core/model';
import type { Run, TextRun } from './lineBreaking';
import type { Face } from './pdfFonts';

/** The face for a run's marks; `bold` when the whole block is bold (a table's header cell). */
function faceOf(bold: boolean, italic: boolean): Face {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/**
 * A paragraph's inline content as runs: marks as faces, links (and bare addresses, as the HTML and
 * DOCX link them: core/editor/bareLinks) as link targets, hard breaks as breaks.
 */
export function inlineRuns(node: RichNode, bold = false): Run[] {
  const out: Run[] = [];
  for (const child of (node.content ?? []).flatMap(linkBareAddresses)) {
    if (child.type === 'hardBreak') {
      out.push({ lineBreak: true });
      continue;
    }
    if (child.type !== 'text') {
      out.push(...inlineRuns(child, bold));
      continue;
    }
    const marks = new Set((child.marks ?? []).map((m) => m.type));
    const href = safeHref(child.marks?.find((m) => m.type === 'link')?.attrs?.['href']);
    const run: TextRun = { text: child.text ?? '', face: faceOf(bold || marks.has('bold'), marks.has('italic')) };
    if (marks.has('underline')) run.underline = true;
    if (href) run.link = { href };
    out.push(run);
  }
  return out;
}

export const hasText = (runs: readonly Run[]) => runs.some((r) => 'text' in r && r.text.trim());

const INLINE = new Set(['text', 'hardBreak']);

/**
 * Block content with any text standing outside a paragraph (an unknown block's own text, a bundle
 * from elsewhere) gathered into paragraphs of its own: the HTML preview prints such text, so the PDF
 * must not drop it.
 */
export function inParagraphs(children: readonly RichNode[]): RichNode[] {
  const out: RichNode[] = [];
  let loose: RichNode[] = [];
  const flush = () => {
    if (loose.length) out.push({ type: 'paragraph', content: loose });
    loose = [];
  };
  for (const child of children) {
    if (INLINE.has(child.type)) loose.push(child);
    else {
      flush();
      out.push(child);
    }
  }
  flush();
  return out;
}
