import { isRomanNumeral } from './roman';

// Requesters often run their asks together in one paragraph: "I would like 1) the number of… 2) the cost
// of… 3) any policy on…". Each ask is a question, exactly as if it had its own line, so a line break is put
// before each label of such a run, and the numbered splitter reads the lines as it always does.
//
// A run is a sequence of labels of one style with consecutive values from the first one (1, 2, 3 or a, b, c or
// i, ii, iii), at least one of them inside a line. A lone "1)" is never a run, so "section 1) above" or
// "in 2023 1.5 million" stay prose; so do labels after a reference word ("paragraph 2.") or before a
// cross-reference word ("2) above").

// A style is how a label is written: its value kind (number, lower or upper letter, roman) and its wrapping
// ("1)", "(1)", "1.", "Q1:"). One scan of each line finds every label of every style.
type ValueKind = 'num' | 'lower' | 'upper' | 'roman';
type Wrap = 'close' | 'both' | 'dot' | 'q';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ROMANS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

// Each label starts a line or follows a space, and is followed by a space and the ask. The value is bounded
// (two digits, one letter, five roman letters), so nothing can backtrack far.
const LABEL = /(^|\s)(?:\((\d{1,2}|[A-Za-z]|[ivx]{2,5})\)|(\d{1,2}|[A-Za-z]|[ivx]{2,5})([.)])|(?:Q|Question )(\d{1,2})[.:])(?= \S)/g;

/** The (style, index) pairs a label can be: "(i)" is the ninth letter or the first roman numeral. */
function readings(value: string, wrap: Wrap): Array<{ style: string; index: number }> {
  const out: Array<{ style: string; index: number }> = [];
  if (/^\d/.test(value)) return [{ style: `num ${wrap}`, index: Number(value) - 1 }];
  if (value.length === 1) {
    const kind: ValueKind = value === value.toLowerCase() ? 'lower' : 'upper';
    out.push({ style: `${kind} ${wrap}`, index: LETTERS.indexOf(value.toLowerCase()) });
  }
  const roman = ROMANS.indexOf(value);
  if (roman >= 0 && isRomanNumeral(value)) out.push({ style: `roman ${wrap}`, index: roman });
  return out;
}

// "section 1) above", "paragraph 2.", "Mr B. Smith", "J. B. Smith": a number or letter after these words is
// a reference or an initial, never a label.
const REFERENCE_BEFORE =
  /^(?:sections?|subsections?|s|paragraphs?|paras?|parts?|questions?|q|items?|points?|clauses?|schedules?|regulations?|regs?|articles?|pages?|pp?|appendix|appendices|annex(?:es)?|chapters?|steps?|stages?|phases?|options?|levels?|tiers?|bands?|grades?|figures?|fig|tables?|lines?|boxes|box|columns?|rows?|no|nos|number|numbers|rule|rules|notes?|version|plan|category|type|class|priority|room|floor|ward|zone|area|unit|mr|mrs|ms|miss|mx|dr|prof|sir|st|[a-z])$/i;
const CROSS_REFERENCE_AFTER = /^(?:above|below|and|or|to|of|in|on|at|is|are|was|were|etc|million|billion|thousand|per ?cent|percent)\b/;
// "…closed since 2019, and b) the…": the joining words before the next label belong to neither ask.
const TRAILING_JOIN = /(?:[,;]?\s+(?:and|or|and\/or))?[,;]?$/;

type Marker = { line: number; offset: number; index: number };

function isReference(line: string, offset: number, end: number): boolean {
  const before = line.slice(Math.max(0, offset - 30), offset).trimEnd();
  const word = /([A-Za-z]+)[.,]?$/.exec(before)?.[1];
  if (word !== undefined && REFERENCE_BEFORE.test(word)) return true;
  return CROSS_REFERENCE_AFTER.test(line.slice(end + 1, end + 20));
}

/** Every label that could belong to a run, by style, in document order. */
function markersByStyle(lines: string[]): Map<string, Marker[]> {
  const styles = new Map<string, Marker[]>();
  lines.forEach((line, lineIndex) => {
    if (line === '') return;
    LABEL.lastIndex = 0;
    for (let match = LABEL.exec(line); match; match = LABEL.exec(line)) {
      const offset = match.index + (match[1] ?? '').length;
      const end = match.index + match[0].length;
      // Upper-case "A." only before a capital, and a dotted number or letter not before a digit ("1. 5").
      const wrap: Wrap = match[2] !== undefined ? 'both' : match[5] !== undefined ? 'q' : match[4] === ')' ? 'close' : 'dot';
      const value = match[2] ?? match[3] ?? match[5] ?? '';
      if (wrap === 'dot' && /^ \d/.test(line.slice(end, end + 2))) continue;
      if (wrap === 'dot' && /^[A-Z]$/.test(value) && !/^ [A-Z]/.test(line.slice(end, end + 2))) continue;
      if (offset > 0 && isReference(line, offset, end)) continue;
      for (const reading of readings(value, wrap)) {
        if (reading.index < 0) continue;
        const list = styles.get(reading.style) ?? [];
        list.push({ line: lineIndex, offset, index: reading.index });
        styles.set(reading.style, list);
      }
    }
  });
  return styles;
}

/** The labels of the runs (lists that count on from their first value) with at least one label inside a line. */
function breaksFor(markers: Marker[]): Marker[] {
  const breaks: Marker[] = [];
  let run: Marker[] = [];
  const close = (): void => {
    if (run.length >= 2 && run.some((m) => m.offset > 0)) breaks.push(...run);
    run = [];
  };
  for (const marker of markers) {
    const last = run[run.length - 1];
    if (last && marker.index === last.index + 1) run.push(marker);
    else if (marker.index === 0) {
      close();
      run = [marker];
    }
  }
  close();
  return breaks;
}

/** Puts each label of a run that sits inside a line at the start of its own line. */
export function expandInlineEnumerations(lines: string[]): string[] {
  const byLine = new Map<number, Set<number>>();
  for (const markers of markersByStyle(lines).values()) {
    for (const b of breaksFor(markers)) {
      const offsets = byLine.get(b.line) ?? new Set<number>();
      offsets.add(b.offset);
      byLine.set(b.line, offsets);
    }
  }
  if (byLine.size === 0) return lines;
  const next: string[] = [];
  lines.forEach((line, lineIndex) => {
    const offsets = byLine.get(lineIndex);
    if (!offsets) {
      next.push(line);
      return;
    }
    // A label of a run at the start of this line: the joining words that ended the line before go.
    if (offsets.has(0)) {
      const previous = next.length - 1;
      if (previous >= 0 && next[previous] !== '') next[previous] = (next[previous] ?? '').replace(TRAILING_JOIN, '');
    }
    let from = 0;
    for (const offset of [...offsets].filter((o) => o > 0).sort((a, b) => a - b)) {
      const piece = line.slice(from, offset).trim().replace(TRAILING_JOIN, '');
      if (piece !== '') next.push(piece);
      from = offset;
    }
    next.push(line.slice(from).trim());
  });
  return next;
}
