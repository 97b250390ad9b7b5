import type { LabelKind } from './label-kind';
import { isRomanNumeral } from './roman';

export type LabelSegment = {
  kind: LabelKind;
  /** Canonical value: digits, or a lower-cased letter or roman numeral. */
  value: string;
  /** A lone i, v or x could be a letter or a roman numeral; the outline builder decides from context. */
  ambiguous: boolean;
};

export type ParsedLabel = {
  /** As written, e.g. "Q1:", "(ii)", "1g.". */
  label: string;
  /** The text after the label on the same line. */
  rest: string;
  /**
   * For labels that carry their own full number ("1.1", "1g.", "Q3"): the canonical path. Such a label finds
   * its parent by that number. Null for relative labels ("a.", "2)"), which nest by family.
   */
  path: string[] | null;
  last: LabelSegment;
};

// Every pattern is anchored and bounded, and runs on the first few dozen characters only, so a pasted line of
// any length costs the same and nothing can backtrack catastrophically.
const HEAD_LENGTH = 40;

const QUESTION_WORD = /^(?:question|q)[ .]{0,2}(\d{1,3})(?:\(([a-z])\)|([a-z])(?![a-z]))?/i;
const WRAPPED = /^[([] ?(\d{1,3}|[a-z]|[ivx]{2,5}) ?[)\]][.:]?/i;
const RUN_TOGETHER_WRAPPED = /^(\d{1,3}) ?\(([a-z]|[ivx]{2,5})\)[.:]?/i;
const RUN_TOGETHER_PUNCT = /^(\d{1,3})\.?([a-z])[.):]/i;
// Bare "1a How many" only with a lower-case letter and a capital after it: "4G Network" is not a label.
const RUN_TOGETHER_BARE = /^(\d{1,3})\.?([a-z]) (?=[A-Z])/;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,3})(?:[.):](?!\d))?(?= |$)/;
// "1.5 million", "10.30 am": a decimal or a time at a line start, not an outline number.
const QUANTITY_AFTER =
  /^(?:million|billion|thousand|bn|m|k|%|per ?cent|percent|pence|p|pm|am|hrs?|hours?|mins?|minutes?|seconds?|days?|weeks?|months?|years?|times|kg|km|miles?|metres?|meters?|litres?|tonnes?|acres?|hectares?)\b/i;
const SIMPLE_NUMBER = /^(\d{1,3})(?:[.)](?!\d)|:(?!\d)| ?[-–—](?= ))/;
// "a." needs a space after it so that "e.g." and "i.e." stay prose; "a)" does not ("a)What" is common).
const SIMPLE_LETTER = /^([a-z]|[ivx]{2,5})(?:\.(?= |$)|\))/i;

const QUESTION_END_PUNCT = /^ ?[.:)]/;
const QUESTION_END_DASH = /^ ?[-–—] /;
const QUESTION_END_BARE = /^ (?=[A-Z"“‘'(])/;

function segmentForLetters(raw: string): LabelSegment | null {
  const value = raw.toLowerCase();
  const upper = raw !== value;
  if (value.length === 1) {
    return { kind: upper ? 'upper' : 'lower', value, ambiguous: value === 'i' || value === 'v' || value === 'x' };
  }
  if (!isRomanNumeral(value)) return null;
  return { kind: upper ? 'ROMAN' : 'roman', value, ambiguous: false };
}

function numberSegment(raw: string): LabelSegment {
  return { kind: 'num', value: String(Number(raw)), ambiguous: false };
}

function result(line: string, length: number, path: string[] | null, last: LabelSegment): ParsedLabel {
  return { label: line.slice(0, length).trim(), rest: line.slice(length).trim(), path, last };
}

function parseQuestionWord(line: string, head: string): ParsedLabel | null {
  const match = QUESTION_WORD.exec(head);
  if (!match) return null;
  const after = head.slice(match[0].length);
  let length = match[0].length;
  const punct = QUESTION_END_PUNCT.exec(after) ?? QUESTION_END_DASH.exec(after);
  if (punct) length += punct[0].length;
  // Without punctuation, "Q4 2023 figures" is a quarter, not a question: require a capital to follow.
  else if (after !== '' && !QUESTION_END_BARE.test(after)) return null;
  const number = String(Number(match[1]));
  const letter = match[2] ?? match[3];
  const path = letter ? [number, letter.toLowerCase()] : [number];
  const last: LabelSegment = letter
    ? { kind: 'lower', value: letter.toLowerCase(), ambiguous: false }
    : { kind: 'q', value: number, ambiguous: false };
  return result(line, length, path, last);
}

function parseWrapped(line: string, head: string): ParsedLabel | null {
  const match = WRAPPED.exec(head);
  const raw = match?.[1];
  if (!match || raw === undefined) return null;
  const segment = /\d/.test(raw) ? numberSegment(raw) : segmentForLetters(raw);
  return segment ? result(line, match[0].length, null, segment) : null;
}

function parseRunTogether(line: string, head: string): ParsedLabel | null {
  const match = RUN_TOGETHER_WRAPPED.exec(head) ?? RUN_TOGETHER_PUNCT.exec(head) ?? RUN_TOGETHER_BARE.exec(head);
  const digits = match?.[1];
  const raw = match?.[2];
  if (!match || digits === undefined || raw === undefined) return null;
  // After a number the sub-label is read as a letter ("1i." follows "1h."), unless it is a multi-letter numeral.
  const value = raw.toLowerCase();
  const last: LabelSegment =
    value.length > 1
      ? { kind: 'roman', value, ambiguous: false }
      : { kind: 'lower', value, ambiguous: false };
  if (value.length > 1 && !isRomanNumeral(value)) return null;
  return result(line, match[0].length, [String(Number(digits)), value], last);
}

function parseDotted(line: string, head: string): ParsedLabel | null {
  const match = DOTTED.exec(head);
  const raw = match?.[1];
  if (!match || raw === undefined) return null;
  const rest = line.slice(match[0].length).trim();
  if (QUANTITY_AFTER.test(rest)) return null;
  const path = raw.split('.').map((part) => String(Number(part)));
  const depth = Math.min(path.length, 4);
  const kind = `dot${depth}` as LabelKind;
  return result(line, match[0].length, path, { kind, value: path[path.length - 1] ?? '', ambiguous: false });
}

function parseSimple(line: string, head: string): ParsedLabel | null {
  const numberMatch = SIMPLE_NUMBER.exec(head);
  if (numberMatch?.[1] !== undefined) {
    const rest = line.slice(numberMatch[0].length).trim();
    if (QUANTITY_AFTER.test(rest)) return null;
    return result(line, numberMatch[0].length, null, numberSegment(numberMatch[1]));
  }
  const letterMatch = SIMPLE_LETTER.exec(head);
  const raw = letterMatch?.[1];
  if (!letterMatch || raw === undefined) return null;
  const segment = segmentForLetters(raw);
  return segment ? result(line, letterMatch[0].length, null, segment) : null;
}

/** Reads a question label at the start of a line, or returns null. Syntax only: context is judged later. */
export function parseLabel(line: string): ParsedLabel | null {
  // Dispatch on the first character: most lines are prose and are turned away after one comparison.
  const first = line.charCodeAt(0);
  const isDigit = first >= 48 && first <= 57;
  const isOpening = first === 40 || first === 91; // "(" or "["
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (!isDigit && !isOpening && !isLetter) return null;
  const head = line.length > HEAD_LENGTH ? line.slice(0, HEAD_LENGTH) : line;
  if (isOpening) return parseWrapped(line, head);
  if (isDigit) return parseRunTogether(line, head) ?? parseDotted(line, head) ?? parseSimple(line, head);
  return parseQuestionWord(line, head) ?? parseSimple(line, head);
}
