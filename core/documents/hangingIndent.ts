/**
 * How far a question's wrapped lines hang: the width of its label and the space after it, so the
 * lines under "1. How many…" start under "How", not under a fixed indent wider or narrower than "1. ".
 * The label stays in the question's one run of text (a span would be one more element to tag in the
 * PDF, 1,200 of them in a month: issue 13), so its width is worked out here, from the advance widths
 * of bold Arial, which Liberation Sans (the printed font) matches metric for metric.
 */

/** Bold Arial's advance widths, in thousandths of an em, for what labels are made of. */
const BOLD_WIDTHS: Readonly<Record<string, number>> = {
  ' ': 278, '.': 278, ',': 278, ':': 333, ';': 333, ')': 333, '(': 333, ']': 333, '[': 333, '-': 333, '/': 278, '#': 556,
  '0': 556, '1': 556, '2': 556, '3': 556, '4': 556, '5': 556, '6': 556, '7': 556, '8': 556, '9': 556,
  a: 556, b: 611, c: 556, d: 611, e: 556, f: 333, g: 611, h: 611, i: 278, j: 278, k: 556, l: 278, m: 889,
  n: 611, o: 611, p: 611, q: 611, r: 389, s: 556, t: 333, u: 611, v: 556, w: 778, x: 556, y: 556, z: 500,
  A: 722, B: 722, C: 722, D: 722, E: 667, F: 611, G: 778, H: 722, I: 278, J: 556, K: 722, L: 611, M: 833,
  N: 722, O: 778, P: 667, Q: 778, R: 722, S: 667, T: 611, U: 722, V: 667, W: 944, X: 667, Y: 667, Z: 611,
};
/** A character not in the table: about the width of a bold capital. */
const OTHER_WIDTH = 667;
/** A label longer than this ("Question 12 (part one):") hangs no further: the text would be squeezed. */
const MOST_EM = 8;

/** The hanging indent, in em, for a bold question line that starts with `label` and a space; 0 without a label. */
export function hangingIndentEm(label: string): number {
  if (!label) return 0;
  let width = BOLD_WIDTHS[' ']!;
  for (const ch of label) width += BOLD_WIDTHS[ch] ?? OTHER_WIDTH;
  return Math.min(MOST_EM, Math.round(width / 10) / 100);
}
