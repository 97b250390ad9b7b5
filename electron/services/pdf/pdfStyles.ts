import type { ParagraphStyle } from './taggedFlow';
import { QUIET } from './taggedFlow';

/**
 * core/documents/printCss.ts in points, for the PDF laid out without a browser: 11pt text at a line
 * height of 1.45, headings at 1.25, margins in ems of their own size. Kept beside the stylesheet's
 * numbers so the PDF and the preview look alike; a change to one is a change to both.
 */
const em = (size: number, n: number) => size * n;

export const BODY: ParagraphStyle = { size: 11, lineHeight: 1.45, after: em(11, 0.6) };
const BODY_LINE = 11 * 1.45;

export function heading(level: 1 | 2 | 3 | 4): ParagraphStyle {
  const size = { 1: 20, 2: 15, 3: 12.5, 4: 11 }[level];
  return { size, lineHeight: 1.25, before: level === 1 ? 0 : em(size, 1.2), after: em(size, 0.4), keepWithNext: 2 * BODY_LINE };
}

export const PUBLISHER: ParagraphStyle = { size: 12, lineHeight: 1.45, after: em(12, 0.6) };
/** The note under the contents, with its 4px rule on the left and 0.8em before the text. */
export const NOTE: ParagraphStyle = { ...BODY, left: 3 + em(11, 0.8), bar: { left: 0, width: 3, color: '#b1b4b6' } };
export const QUESTION: ParagraphStyle = { size: 11, lineHeight: 1.45, before: em(11, 0.5), after: em(11, 0.3), keepWithNext: BODY_LINE };
export const SECTION_LINE: ParagraphStyle = { ...QUESTION, before: em(11, 0.6) };
export const COVERS: ParagraphStyle = { ...BODY, before: em(11, 0.8), keepWithNext: BODY_LINE };
export const UNANSWERED: ParagraphStyle = { ...BODY, color: QUIET };
export const BACK: ParagraphStyle = { ...BODY, before: em(11, 0.8) };

/** A question's depth indents it by 1.2em a level; an answer sits 1.2em in. */
export const DEPTH_INDENT = em(11, 1.2);
export const ANSWER_INDENT = em(11, 1.2);
export const ANSWER_AFTER = em(11, 0.9);
/** Lists: 1.6em for the label, 0.2em between items. */
export const LIST_INDENT = em(11, 1.6);
export const LIST_ITEM_AFTER = em(11, 0.2);
/** An entry's top rule and the room around it (border-top, margin-top 1.6em, padding-top 0.2em). */
export const ENTRY_BEFORE = em(11, 1.6);
/** Table cells: 0.25em above and below, 0.5em at the sides, a 1px (0.75pt) rule. */
export const CELL_PAD = { y: em(11, 0.25), x: em(11, 0.5) };
export const TABLE_BEFORE = em(11, 0.4);
export const TABLE_AFTER = em(11, 0.8);
export const HEADER_CELL_FILL = '#f3f2f1';
export const CELL_RULE = QUIET;
