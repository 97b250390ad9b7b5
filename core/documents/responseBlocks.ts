import type { Answer, Case, Question } from '../model';
import type { PrintedQuestion, RequestPart, ResponseBlock } from './logModel';
import { compactNumber, coversLabel, numberParts, parentNumber, printedLabel } from './questionNumbers';

/**
 * `fullLabel` prints a lettered question away from its section ("1g."), so it is not indented under it;
 * `rows` are the numbers the case has a row for, so a question with no parent row gets its full number too.
 */
function printed(q: Question, rows: ReadonlySet<string>, fullLabel?: string): PrintedQuestion {
  const parts = numberParts(q.number);
  const own = printedLabel(q, rows);
  const full = fullLabel ?? (own.fullNumber ? own.label : undefined);
  return { number: q.number, label: full ?? own.label, text: q.text, heading: q.heading, depth: full ? 0 : Math.max(0, parts.length - 1) };
}

/** The request as printed when the case has no summary: every question in the requester's numbering. */
export function requestPart(c: Pick<Case, 'summary' | 'questions'>): RequestPart {
  const summary = c.summary.trim();
  if (summary) return { kind: 'summary', text: summary };
  const rows = new Set(c.questions.map((q) => q.number));
  return { kind: 'questions', questions: c.questions.map((q) => printed(q, rows)) };
}

/**
 * The response question by question, in the request's order. An answer that covers several
 * questions is printed once, at its first question, under all the questions it covers (with the
 * section headings they sit under) and a "1g, 2a–c" label, as published logs do.
 */
export function responseBlocks(c: Pick<Case, 'questions' | 'answers'>): ResponseBlock[] {
  const byNumber = new Map(c.questions.map((q) => [q.number, q]));
  const order = new Map(c.questions.map((q, i) => [q.id, i]));
  const allNumbers = c.questions.map((q) => q.number);
  const rows = new Set(allNumbers);
  const answersOf = new Map<string, Answer[]>();
  for (const a of c.answers) for (const id of a.covers) answersOf.set(id, [...(answersOf.get(id) ?? []), a]);

  const sectionOf = (q: Question): Question | undefined => {
    const parent = byNumber.get(parentNumber(q.number));
    return parent?.heading ? parent : undefined;
  };

  const shown = new Set<string>();
  const answered = new Set<string>();
  const blocks: ResponseBlock[] = [];

  for (const q of c.questions) {
    if (shown.has(q.id)) continue;
    const answers = (answersOf.get(q.id) ?? []).filter((a) => !answered.has(a.id));
    if (answers.length === 0) {
      shown.add(q.id);
      blocks.push(q.heading ? { kind: 'section', question: printed(q, rows) } : { kind: 'answer', questions: [printed(q, rows)], coversLabel: null, answer: null, disposition: null });
      continue;
    }
    for (const a of answers) {
      answered.add(a.id);
      const covered = c.questions.filter((x) => a.covers.includes(x.id)).sort((x, y) => order.get(x.id)! - order.get(y.id)!);
      if (covered.length <= 1) {
        blocks.push({ kind: 'answer', questions: [printed(q, rows)], coversLabel: null, answer: a.doc, disposition: a.disposition });
        shown.add(q.id);
        continue;
      }
      const list: PrintedQuestion[] = [];
      const inList = new Set<string>();
      for (const x of covered) {
        const section = sectionOf(x);
        if (section && !shown.has(section.id) && !inList.has(section.id)) {
          list.push(printed(section, rows));
          inList.add(section.id);
          shown.add(section.id);
        }
        // A lettered question printed away from its section heading needs its full number ("1g.").
        const needsFullNumber = !!section && !inList.has(section.id) && numberParts(x.number).length > 1;
        list.push(printed(x, rows, needsFullNumber ? `${compactNumber(x.number)}.` : undefined));
        inList.add(x.id);
        shown.add(x.id);
      }
      blocks.push({ kind: 'answer', questions: list, coversLabel: coversLabel(covered.map((x) => x.number), allNumbers), answer: a.doc, disposition: a.disposition });
    }
  }
  // An answer whose questions were all printed under another answer, or that names none, still went
  // to the requester: print it last rather than lose it.
  for (const a of c.answers) {
    if (answered.has(a.id)) continue;
    const covered = c.questions.filter((x) => a.covers.includes(x.id));
    blocks.push({
      kind: 'answer',
      questions: covered.map((x) => printed(x, rows, numberParts(x.number).length > 1 ? `${compactNumber(x.number)}.` : undefined)),
      coversLabel: covered.length > 1 ? coversLabel(covered.map((x) => x.number), allNumbers) : null,
      answer: a.doc,
      disposition: a.disposition,
    });
  }
  return blocks;
}
