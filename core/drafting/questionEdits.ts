import type { Question } from '../model/case';

/**
 * The corrections an officer makes to an automatic split, each in one action. Pure functions over
 * the question list; ids are kept wherever a question survives so answers stay attached.
 */
export type NewId = () => string;

/** Joins a question onto the one before it (a line the splitter took for a new question). */
export function mergeWithPrevious(questions: Question[], id: string): Question[] {
  const i = questions.findIndex((q) => q.id === id);
  if (i <= 0) return questions;
  const prev = questions[i - 1]!;
  const cur = questions[i]!;
  const merged: Question = { ...prev, text: joinText(prev.text, `${cur.label ? cur.label + ' ' : ''}${cur.text}`) };
  return [...questions.slice(0, i - 1), merged, ...questions.slice(i + 1)];
}

/** Splits a question at a character offset of its text; the new question takes the next number. */
export function splitAt(questions: Question[], id: string, offset: number, newId: NewId): Question[] {
  const i = questions.findIndex((q) => q.id === id);
  if (i < 0) return questions;
  const q = questions[i]!;
  const head = q.text.slice(0, offset).trim();
  const tail = q.text.slice(offset).trim();
  if (!head || !tail) return questions;
  const number = nextFreeNumber(questions, q.number);
  const second: Question = { id: newId(), number, label: '', text: tail, heading: false };
  return [...questions.slice(0, i), { ...q, text: head }, second, ...questions.slice(i + 1)];
}

/** A section heading takes no answer; a question does. */
export function toggleHeading(questions: Question[], id: string): Question[] {
  return questions.map((q) => (q.id === id ? { ...q, heading: !q.heading } : q));
}

/** Demote: make a question a sub-question of the nearest question above at the parent level. */
export function demote(questions: Question[], id: string): Question[] {
  const i = questions.findIndex((q) => q.id === id);
  if (i <= 0) return questions;
  const q = questions[i]!;
  const depth = q.number.split('.').length;
  const parent = [...questions.slice(0, i)].reverse().find((p) => p.number.split('.').length === depth);
  if (!parent) return questions;
  const siblings = questions.filter((x) => x.number.startsWith(parent.number + '.') && x.number.split('.').length === depth + 1).length;
  const number = `${parent.number}.${letter(siblings)}`;
  return renumberOne(questions, id, number);
}

/** Promote: lift a sub-question to its parent's level, numbered after the parent. */
export function promote(questions: Question[], id: string): Question[] {
  const q = questions.find((x) => x.id === id);
  if (!q || !q.number.includes('.')) return questions;
  const parts = q.number.split('.');
  parts.pop();
  const parent = parts.join('.');
  return renumberOne(questions, id, nextFreeNumber(questions, parent));
}

export function renumberOne(questions: Question[], id: string, number: string): Question[] {
  const clean = number.trim();
  return questions.map((q) => (q.id === id ? { ...q, number: clean, label: q.label && q.number !== clean ? '' : q.label } : q));
}

export function editText(questions: Question[], id: string, text: string): Question[] {
  return questions.map((q) => (q.id === id ? { ...q, text } : q));
}

export function removeQuestion(questions: Question[], id: string): Question[] {
  return questions.filter((q) => q.id !== id);
}

export function addQuestionAfter(questions: Question[], id: string | null, newId: NewId): Question[] {
  const i = id ? questions.findIndex((q) => q.id === id) : questions.length - 1;
  const after = questions[i];
  const number = after ? nextFreeNumber(questions, after.number) : '1';
  const q: Question = { id: newId(), number, label: '', text: '', heading: false };
  return [...questions.slice(0, i + 1), q, ...questions.slice(i + 1)];
}

/** Numbers two questions the same: the officer must fix it before the letter reads sensibly. */
export function duplicateNumbers(questions: Question[]): Set<string> {
  const seen = new Set<string>();
  const dupes = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.number)) dupes.add(q.number);
    seen.add(q.number);
  }
  return dupes;
}

function joinText(a: string, b: string): string {
  return `${a.trimEnd()} ${b.trimStart()}`.trim();
}

function letter(index: number): string {
  return String.fromCharCode('a'.charCodeAt(0) + (index % 26));
}

/** The number after `number` at the same level that no question uses yet: 3 -> 4, 1.b -> 1.c. */
export function nextFreeNumber(questions: Question[], number: string): string {
  const used = new Set(questions.map((q) => q.number));
  const parts = number.split('.');
  let candidate = number;
  for (let guard = 0; guard < 1000 && used.has(candidate); guard++) {
    const last = parts[parts.length - 1]!;
    parts[parts.length - 1] = /^\d+$/.test(last) ? String(Number(last) + 1) : /^[a-y]$/.test(last) ? String.fromCharCode(last.charCodeAt(0) + 1) : `${last}-2`;
    candidate = parts.join('.');
  }
  return candidate;
}
