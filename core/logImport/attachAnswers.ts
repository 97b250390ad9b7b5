import { splitRequest, type SplitQuestion } from '../intake';
import { parseLabel, type ParsedLabel } from '../intake/parse-label';
import type { ImportedAnswer } from './types';

/** Letters and digits only, lower-cased: how a restated question is recognised whatever the PDF did to its spaces. */
export const looseText = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const COVERS_MARKER = /^In relation to the following questions?\b[:\s]*(.*)$/i;

/** A line a paragraph ends on: blank, or (in text taken from a PDF) two trailing spaces. */
const endsParagraph = (raw: string) => raw.trim() === '' || /\S {2,}$/.test(raw);

/**
 * The question spans restated in a response ("a. Do you use a CRM? … answer …"): each starts at a
 * labelled line and ends at a question mark, the end of a paragraph or the next label.
 */
function restatedQuestions(lines: readonly string[]): string[] {
  const spans: string[] = [];
  let span: string[] | null = null;
  // After a line ending in "?", a further line that is also a question ("What platform is used?") belongs to it.
  let asked = false;
  for (const raw of lines) {
    const t = raw.trim();
    if (asked) {
      asked = false;
      if (span && t && t.endsWith('?') && !parseLabel(t)) {
        span.push(t);
        if (/\S {2,}$/.test(raw)) {
          spans.push(span.join('\n'));
          span = null;
        } else asked = true;
        continue;
      }
      if (span) spans.push(span.join('\n'));
      span = null;
    }
    if (COVERS_MARKER.test(t)) {
      if (span) spans.push(span.join('\n'));
      span = null;
      continue;
    }
    const label = t ? parseLabel(t) : null;
    if (label) {
      if (span) spans.push(span.join('\n'));
      span = [t];
    } else if (span && t) span.push(t);
    if (span && endsParagraph(raw)) {
      spans.push(span.join('\n'));
      span = null;
    } else if (span && t.endsWith('?')) asked = true;
  }
  if (span) spans.push(span.join('\n'));
  return spans;
}

/** The question a label names, with the section it sits in for relative letters ("a." under "2."). */
function resolve(label: ParsedLabel, section: string | null, byNumber: ReadonlyMap<string, SplitQuestion>): SplitQuestion | undefined {
  if (label.path) return byNumber.get(label.path.join('.'));
  const value = label.last.value;
  if (/^\d+$/.test(value)) return byNumber.get(value);
  return (section ? byNumber.get(`${section}.${value}`) : undefined) ?? byNumber.get(value);
}

/** How many lines from `at` restate `question` (0 when they do not): the label's rest, then whole lines. */
function restatementLength(question: SplitQuestion, rest: string, lines: readonly string[], at: number): number {
  const target = looseText(question.text);
  if (!target) return 0;
  let seen = looseText(rest);
  // A heading restated with a stray mark after it ("1. Contact Centre ï") is still the heading.
  if (question.heading && seen.startsWith(target)) return 1;
  if (!target.startsWith(seen)) return 0;
  if (seen === target) return 1;
  for (let j = at + 1; j < lines.length && j < at + 40; j++) {
    const next = looseText(lines[j]!);
    if (!next) break;
    if (target.startsWith(seen + next)) {
      seen += next;
      if (seen === target) return j - at + 1;
    } else break;
  }
  // Most of it restated (a publisher's small edit at the end): still the question, not an answer.
  return seen.length >= target.length * 0.8 ? Math.max(1, countLinesFor(seen, lines, at)) : 0;
}

function countLinesFor(seen: string, lines: readonly string[], at: number): number {
  let acc = '';
  for (let j = at; j < lines.length; j++) {
    acc += looseText(j === at ? stripLabel(lines[j]!) : lines[j]!);
    if (acc.length >= seen.length) return j - at + 1;
  }
  return 1;
}

const stripLabel = (line: string) => parseLabel(line.trim())?.rest ?? line;

/** Lines to paragraphs: a blank line or a PDF's two trailing spaces end one; the lines of one are joined. */
export function paragraphsOf(lines: readonly string[]): string {
  const out: string[] = [];
  let current: string[] = [];
  for (const raw of lines) {
    const t = raw.trim();
    if (t) current.push(t);
    if (endsParagraph(raw) && current.length) {
      out.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) out.push(current.join(' '));
  // A PDF's text may put a blank line after every line: a paragraph that stops mid-sentence goes on.
  const merged: string[] = [];
  for (const p of out) {
    const last = merged[merged.length - 1];
    if (last !== undefined && !/[.?!:;)]$/.test(last) && /^[\p{Ll}\p{N}(]/u.test(p)) merged[merged.length - 1] = `${last} ${p}`;
    else merged.push(p);
  }
  return merged.join('\n\n');
}

export interface AttachedAnswers {
  questions: SplitQuestion[];
  answers: ImportedAnswer[];
  /** The request as printed, when it was a summary and the questions came from the response. */
  summary: string;
}

/**
 * The request split with the intake splitter, and the response's paragraphs attached to the questions
 * they follow: a restated question ("b. When is your contract renewal date?") or its label alone
 * ("3) Please see attached") starts that question's answer; questions restated one after another with
 * no answer between them (under "In relation to the following questions: 1g, 2a–c" or not) share the
 * answer that follows. A response with no such marker is one answer covering every question.
 */
export function attachAnswers(requestText: string, responseLines: readonly string[]): AttachedAnswers {
  let questions = splitRequest(requestText);
  let summary = '';
  if (!questions.some((q) => q.label !== '')) {
    // A summary ("You asked for information relating to …"): the questions, if any, are restated in the response.
    const restated = splitRequest(restatedQuestions(responseLines).join('\n'));
    if (restated.some((q) => q.label !== '')) {
      questions = restated;
      summary = paragraphsOf(requestText.split('\n'));
    }
  }
  const byNumber = new Map(questions.map((q) => [q.number, q]));
  const answerable = questions.filter((q) => !q.heading).map((q) => q.number);

  const answers: { covers: string[]; lines: string[] }[] = [];
  const preamble: string[] = [];
  let current: { covers: string[]; lines: string[] } | null = null;
  let pending: string[] = [];
  let section: string | null = null;

  for (let i = 0; i < responseLines.length; i++) {
    const raw = responseLines[i]!;
    const t = raw.trim();
    const marker = COVERS_MARKER.exec(t);
    if (marker) {
      current = null;
      pending = [];
      continue;
    }
    const label = t ? parseLabel(t) : null;
    const question: SplitQuestion | undefined = label ? resolve(label, section, byNumber) : undefined;
    if (label && question) {
      if (!question.number.includes('.')) section = question.number;
      const restates = restatementLength(question, label.rest, responseLines, i);
      if (restates > 0) {
        current = null;
        if (!question.heading) pending.push(question.number);
        i += restates - 1;
        continue;
      }
      current = { covers: question.heading ? questions.filter((q) => !q.heading && q.number.startsWith(`${question.number}.`)).map((q) => q.number) : [question.number], lines: [label.rest] };
      answers.push(current);
      pending = [];
      continue;
    }
    if (!current) {
      // A blank line between restated questions neither starts nor ends their shared answer.
      if (!t) continue;
      if (pending.length) {
        current = { covers: pending, lines: [] };
        answers.push(current);
        pending = [];
      } else if (answers.length) current = answers[answers.length - 1]!;
      else {
        preamble.push(raw);
        continue;
      }
    }
    current.lines.push(raw);
  }

  const result: ImportedAnswer[] = answers.map((a) => ({ covers: a.covers, text: paragraphsOf(a.lines) })).filter((a) => a.text !== '');
  const preambleText = paragraphsOf(preamble);
  if (preambleText) {
    // Words before any question (a refusal notice, "You appear to have…"): they answer whatever nothing else did.
    const covered = new Set(result.flatMap((a) => a.covers));
    result.unshift({ covers: answerable.filter((n) => !covered.has(n)), text: preambleText });
  }
  return { questions, answers: result, summary };
}
