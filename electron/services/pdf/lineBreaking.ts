import type { Face } from './pdfFonts';

/** Where a run of text goes when followed: a web or mail address, or a named place in the document. */
export type RunLink = { href: string } | { dest: string };

/** A stretch of a paragraph in one face; `link` marks it as (part of) a link, one per object. */
export interface TextRun {
  text: string;
  face: Face;
  underline?: boolean;
  link?: RunLink;
}
/** A forced line break (a <br>, a hard break in an answer). */
export interface BreakRun {
  lineBreak: true;
}
export type Run = TextRun | BreakRun;

/** One piece of a laid-out line: text in one face with one link, at `x` from the line's start. */
export interface Fragment {
  text: string;
  face: Face;
  underline: boolean;
  link: RunLink | undefined;
  x: number;
  width: number;
}

/** Width of `text` in `face` at the paragraph's size, in points. */
export type Measure = (text: string, face: Face) => number;

interface Piece {
  text: string;
  run: TextRun;
  width: number;
  space: boolean;
}

/**
 * A paragraph's words as pieces, white space collapsed as HTML collapses it (a line's text never
 * starts or ends with a space, and two spaces print as one). A word split between runs ("**bold**text")
 * stays one word: only a space, a hyphen's end or a forced break ends one.
 */
// HTML's white space: a no-break space (U+00A0) and the typographic spaces are not in it, so
// "£\u00a0100" never wraps and prints as written.
const SPACES = /([ \t\n\r\f]+)/;
const ONLY_SPACES = /^[ \t\n\r\f]+$/;
const AFTER_HYPHEN = /(?<=[^ \t\n\r\f-]-)(?=[^ \t\n\r\f-])/;

function pieces(runs: readonly Run[], measure: Measure): (Piece | 'break')[] {
  const out: (Piece | 'break')[] = [];
  let lastWasSpace = true;
  for (const run of runs) {
    if ('lineBreak' in run) {
      out.push('break');
      lastWasSpace = true;
      continue;
    }
    // A month's log is some 60,000 words: the split is one regular expression a run, no more.
    for (const part of run.text.split(SPACES)) {
      if (!part) continue;
      if (ONLY_SPACES.test(part)) {
        if (!lastWasSpace) out.push({ text: ' ', run, width: measure(' ', run.face), space: true });
        lastWasSpace = true;
      } else {
        // After a hyphen a word may wrap, as a browser wraps "well-|known".
        const bits = part.includes('-') ? part.split(AFTER_HYPHEN) : [part];
        for (const bit of bits) out.push({ text: bit, run, width: measure(bit, run.face), space: false });
        lastWasSpace = false;
      }
    }
  }
  return out;
}

/**
 * The narrowest a paragraph can be laid out (its widest word) and the width it takes on one line
 * (its widest stretch between forced breaks): what a browser's automatic table layout sizes a
 * column from.
 */
export function contentWidths(runs: readonly Run[], measure: Measure): { min: number; max: number } {
  let min = 0;
  let max = 0;
  let line = 0;
  let word = 0;
  for (const p of pieces(runs, measure)) {
    if (p === 'break') {
      max = Math.max(max, line);
      line = 0;
      word = 0;
      continue;
    }
    line += p.width;
    word = p.space ? 0 : word + p.width;
    min = Math.max(min, word);
    if (!p.space && p.text.endsWith('-')) word = 0;
  }
  return { min, max: Math.max(max, line) };
}

/**
 * A word wider than the whole line (a long address) is broken where it must be, as
 * `overflow-wrap: anywhere`: at a natural joint ("/", ".", "?") in the second half of what fits, else
 * at the last character that fits. Character by character (code points: an emoji is never cut in
 * two), each measured once, so a pasted run of 10,000 characters with no space breaks in linear time.
 */
function splitWide(piece: Piece, width: number, measure: Measure): Piece[] {
  const chars = Array.from(piece.text);
  const face = piece.run.face;
  const out: Piece[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let used = 0;
    while (end < chars.length) {
      const w = measure(chars[end]!, face);
      if (end > start && used + w > width) break;
      used += w;
      end++;
    }
    if (end < chars.length) {
      for (let j = end - 1; j > start + (end - start) / 2; j--) {
        if (chars[j] === '/' || chars[j] === '.' || chars[j] === '?') {
          end = j + 1;
          break;
        }
      }
    }
    const text = chars.slice(start, end).join('');
    out.push({ text, run: piece.run, width: measure(text, face), space: false });
    start = end;
  }
  return out;
}

/**
 * Greedy line filling, as a browser does for left-aligned text: words go on a line while they fit.
 * `firstWidth` is the first line's room (a hanging indent makes it wider than the rest). Returns
 * each line's fragments, neighbouring text in the same face and link joined into one, so a line is
 * drawn with few text operations.
 */
export function breakLines(runs: readonly Run[], widths: { first: number; rest: number }, measure: Measure): Fragment[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  let word: Piece[] = [];
  let wordWidth = 0;
  const room = () => (lines.length === 0 ? widths.first : widths.rest);
  // A line keeps the space it ends with: it prints as nothing, but text read out of the PDF (a
  // screen reader, copy and paste, search) then has "the following", not "thefollowing".
  const endLine = () => {
    lines.push(line);
    line = [];
    used = 0;
  };
  const placeWord = () => {
    if (!word.length) return;
    if (used + wordWidth > room() + 0.01 && line.some((p) => !p.space)) endLine();
    if (wordWidth > room() + 0.01) {
      // Too wide for any line: broken across lines, the last part left to go on with what follows.
      for (const part of word.flatMap((p) => (p.width > room() ? splitWide(p, room(), measure) : [p]))) {
        if (used + part.width > room() + 0.01 && line.length) endLine();
        line.push(part);
        used += part.width;
      }
    } else {
      line.push(...word);
      used += wordWidth;
    }
    word = [];
    wordWidth = 0;
  };
  for (const p of pieces(runs, measure)) {
    if (p === 'break') {
      placeWord();
      // As with a wrapped line, the text read out of the PDF must not run the two lines together.
      if (line.length && !line[line.length - 1]!.space) line.push({ text: ' ', run: line[line.length - 1]!.run, width: 0, space: true });
      endLine();
      continue;
    }
    if (p.space) {
      placeWord();
      if (line.length) {
        line.push(p);
        used += p.width;
      }
      continue;
    }
    word.push(p);
    wordWidth += p.width;
    // A word ending in a hyphen may end a line: treat the hyphen's end as a word's end.
    if (p.text.endsWith('-')) placeWord();
  }
  placeWord();
  if (line.length || lines.length === 0) endLine();
  return lines.map(joinFragments);
}

/** Two runs go to the same place: one link when they meet. */
export function sameLink(a: RunLink | undefined, b: RunLink | undefined): boolean {
  if (!a || !b) return a === b;
  return ('href' in a ? a.href : `#${a.dest}`) === ('href' in b ? b.href : `#${b.dest}`);
}

function joinFragments(line: Piece[]): Fragment[] {
  const out: Fragment[] = [];
  let x = 0;
  for (const p of line) {
    const last = out[out.length - 1];
    const underline = Boolean(p.run.underline);
    if (last && last.face === p.run.face && last.underline === underline && sameLink(last.link, p.run.link)) {
      last.text += p.text;
      last.width += p.width;
    } else {
      out.push({ text: p.text, face: p.run.face, underline, link: p.run.link, x, width: p.width });
    }
    x += p.width;
  }
  return out;
}
