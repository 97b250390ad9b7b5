import { bulletText } from './bullets';
import { isClosingRemark } from './closing-remarks';
import { isHeadingText } from './heading-rule';
import { JoinedText } from './joined-text';
import { firstValueOf, previousValue, romanKindFor, type LabelKind } from './label-kind';
import { parseLabel, type LabelSegment, type ParsedLabel } from './parse-label';
import { endsFinished, endsMidPhrase, looksLikeTitle, startsLowerCase, startsUpperCase, wordCount } from './text-shape';
import type { SplitQuestion } from './types';

type Item = {
  number: string;
  label: string;
  text: JoinedText;
  hasChildren: boolean;
  inBulletList: boolean;
};

type Level = { kind: LabelKind; value: string; number: string; item: Item };

/** Where unlabelled lines currently go. */
type Target = 'item' | 'loose' | 'drop';

// "(1) above" or "(2) and" at a line start is a cross-reference that a PDF broke onto a new line. Lower case
// only: "1. In 2023 …" or "1. On average …" is a question starting a sentence, not a reference.
const CROSS_REFERENCE_WORDS = /^(?:above|below|and|or|to|of|in|on|at|is|are|was|were|etc)\b/;
const HEADING_LIKE_WORDS = 8;

function nearestOfKind(stack: Level[], kind: LabelKind): number {
  for (let i = stack.length - 1; i >= 0; i -= 1) if (stack[i]?.kind === kind) return i;
  return -1;
}

function continuesSequence(stack: Level[], kind: LabelKind, value: string): boolean {
  const index = nearestOfKind(stack, kind);
  return index >= 0 && stack[index]?.value === previousValue(kind, value) && previousValue(kind, value) !== '';
}

/**
 * A lone i, v or x: the letter when it follows h, u or w in a lettered list; the numeral when it follows the
 * numeral before it (iv, ix) or, for "i", when it opens a new sub-list (after "c." it starts i, ii, iii).
 */
function resolveAmbiguous(segment: LabelSegment, stack: Level[]): LabelSegment {
  if (!segment.ambiguous) return segment;
  if (continuesSequence(stack, segment.kind, segment.value)) return segment;
  const romanKind = romanKindFor(segment.kind);
  const asRoman: LabelSegment = { kind: romanKind, value: segment.value, ambiguous: false };
  if (continuesSequence(stack, romanKind, segment.value)) return asRoman;
  return segment.value === 'i' ? asRoman : segment;
}

type LineContext = { previous: string; previousWasShortLabel: boolean; blankBefore: boolean };

/**
 * Whether a syntactic label really starts a question here. A label that continues its list, or opens a new
 * list at its first value, always does. Any other label needs the line before to have finished (or a
 * paragraph break and a capital), so that "J. Smith" or "(3) above" broken onto a new line stays prose.
 */
function isPlausible(parsed: ParsedLabel, segment: LabelSegment, stack: Level[], context: LineContext): boolean {
  if (segment.kind === 'q') return true;
  const isCrossReference = CROSS_REFERENCE_WORDS.test(parsed.rest);
  if (continuesSequence(stack, segment.kind, segment.value)) return true;
  const opensList =
    nearestOfKind(stack, segment.kind) < 0 && segment.value === firstValueOf(segment.kind) && !isCrossReference;
  if (opensList) return true;
  if (parsed.path) {
    const lowerAfterOpenLine = startsLowerCase(parsed.rest) && !endsFinished(context.previous);
    return !lowerAfterOpenLine || context.previousWasShortLabel;
  }
  if (isCrossReference) return false;
  if (context.previous === '' || context.previousWasShortLabel || endsFinished(context.previous)) return true;
  return context.blankBefore && startsUpperCase(parsed.rest);
}

function placeItem(parsed: ParsedLabel, segment: LabelSegment, stack: Level[]): { number: string; parent: Level | undefined } {
  if (parsed.path) {
    const number = parsed.path.join('.');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top && number.startsWith(`${top.number}.`)) break;
      stack.pop();
    }
    return { number, parent: stack[stack.length - 1] };
  }
  const sibling = nearestOfKind(stack, segment.kind);
  if (sibling >= 0) stack.length = sibling;
  const parent = stack[stack.length - 1];
  return { number: parent ? `${parent.number}.${segment.value}` : segment.value, parent };
}

/**
 * Splits a request whose questions carry labels. Returns [] when no line carries a plausible label, so the
 * caller can treat the request as unnumbered.
 */
export function splitNumbered(lines: string[]): SplitQuestion[] {
  const items: Item[] = [];
  const stack: Level[] = [];
  let current: Item | undefined;
  let target: Target = 'drop';
  let loose = new JoinedText();
  // Paragraphs that followed the current question after a paragraph break; kept only if another question follows.
  let held: string[] = [];
  const context: LineContext = { previous: '', previousWasShortLabel: false, blankBefore: false };

  // A paragraph that follows a question after a break is held back: between questions it is usually the
  // rest of that question (PDF extraction double-spaces lines); after the last one it is a closing remark.
  // Titles and lead-ins ending in ":" introduce what comes next, so they are never kept.
  const settleLoose = (): void => {
    if (loose.isEmpty) return;
    const paragraph = loose.toString();
    if (current && paragraph !== '' && !looksLikeTitle(paragraph) && !paragraph.endsWith(':') && !isClosingRemark(paragraph)) {
      held.push(paragraph);
    }
    loose = new JoinedText();
  };

  for (const line of lines) {
    if (line === '') {
      context.blankBefore = true;
      continue;
    }
    const parsed = parseLabel(line);
    const segment = parsed ? resolveAmbiguous(parsed.last, stack) : undefined;
    if (parsed && segment && isPlausible(parsed, segment, stack, context)) {
      settleLoose();
      if (current && held.length > 0) {
        for (const paragraph of held) current.text.addLine(paragraph);
        held = [];
      }
      const { number, parent } = placeItem(parsed, segment, stack);
      if (parent) parent.item.hasChildren = true;
      current = { number, label: parsed.label, text: new JoinedText(), hasChildren: false, inBulletList: false };
      current.text.addLine(parsed.rest);
      items.push(current);
      stack.push({ kind: segment.kind, value: segment.value, number, item: current });
      target = 'item';
      const headingLike = wordCount(parsed.rest) <= HEADING_LIKE_WORDS && !endsMidPhrase(parsed.rest);
      context.previous = line;
      context.previousWasShortLabel = headingLike;
      context.blankBefore = false;
      continue;
    }

    const bullet = bulletText(line);
    if (bullet !== null) {
      // A bulleted list under a numbered question is part of that question.
      if (current && target === 'item') {
        current.text.addBullet(bullet, current.inBulletList);
        current.inBulletList = true;
      } else if (target === 'loose') {
        loose.addBullet(bullet, true);
      }
      context.previous = line;
      context.previousWasShortLabel = false;
      context.blankBefore = false;
      continue;
    }

    if (current) {
      const startsNew = context.blankBefore || endsFinished(context.previous);
      if (startsNew && isClosingRemark(line)) {
        settleLoose();
        target = 'drop';
      } else if (context.blankBefore && startsUpperCase(line) && endsFinished(context.previous)) {
        settleLoose();
        loose.addLine(line);
        target = 'loose';
      } else if (target === 'item') {
        current.text.addLine(line);
      } else if (target === 'loose') {
        loose.addLine(line);
      }
    }
    // Before the first question everything is preamble: the officer keeps the original text anyway.
    context.previous = line;
    context.previousWasShortLabel = false;
    context.blankBefore = false;
  }
  // Whatever trails the last question (held paragraphs, closing remarks) is not part of it.

  return items.map((item) => {
    const text = item.text.toString();
    return { number: item.number, label: item.label, text, heading: item.hasChildren && isHeadingText(text) };
  });
}
