import type { Answer, Case, RichNode } from '../model';
import { readClauseAttrs } from '../editor/clauseText';
import { richToPlainText } from '../editor/plainText';
import { forEachNode } from '../editor/walkDoc';
import { findCitations, type Citation } from './citations';
import { sentences, type Span } from './textSpans';

/** A clause node as the checks read it: the attributes the editor stores, defensively typed. */
export interface ClauseInAnswer {
  clauseId: string;
  /** The clause's title as the officer sees it in the editor: what messages call it, never its id. */
  title: string;
  kind: string;
  section: string;
  values: Record<string, string>;
  text: string;
  missing: string[];
  /** Where the clause's wording sits in the answer's plain text. */
  from: number;
  to: number;
}

export interface AnswerView {
  answer: Answer;
  /** The first question it covers, in the request's order: what the officer sees the answer under. */
  questionNumber: string | undefined;
  text: string;
  clauses: ClauseInAnswer[];
  citations: Citation[];
  /** Sentences of `text`, made on first use: several rules read them. */
  sentences(): Span[];
}

/**
 * Everything the rules need from one case, computed once: plain texts, clause nodes and section
 * citations. Rules then only read, which keeps a 200-question case well inside the live-check budget.
 */
export interface CaseView {
  c: Case;
  answers: AnswerView[];
  questionNumberById: Map<string, string>;
  /** All answers' text, for request-wide paragraphs such as review rights or a cost estimate. */
  allText: string;
}

export function buildCaseView(c: Case): CaseView {
  const order = new Map(c.questions.map((q, i) => [q.id, i]));
  const questionNumberById = new Map(c.questions.map((q) => [q.id, q.number]));
  const answers = c.answers.map((answer): AnswerView => {
    const text = richToPlainText(answer.doc);
    const clauses = collectClauses(answer.doc, text);
    const first = [...answer.covers].filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!)[0];
    let spans: Span[] | undefined;
    return {
      sentences: () => (spans ??= sentences(text)),
      answer,
      questionNumber: first === undefined ? undefined : questionNumberById.get(first),
      text,
      clauses,
      citations: findCitations(text, clauses, answer.exemptions),
    };
  });
  return { c, answers, questionNumberById, allText: answers.map((a) => a.text).join('\n') };
}

/** The clause nodes of a doc with where their wording sits in `text` (its plain text). */
export function collectClauses(doc: RichNode, text: string): ClauseInAnswer[] {
  const out: ClauseInAnswer[] = [];
  let cursor = 0;
  forEachNode(doc, (node) => {
    if (node.type !== 'clause') return;
    const { clauseId, title, kind, section, values, text: wording, missing } = readClauseAttrs(node);
    // richToPlainText writes clause wording verbatim, so the next occurrence after the cursor is this node's.
    const at = wording ? text.indexOf(wording, cursor) : -1;
    const from = at === -1 ? cursor : at;
    const to = at === -1 ? cursor : at + wording.length;
    cursor = to;
    out.push({ clauseId, title: title || clauseId, kind, section, values, text: wording, missing, from, to });
    return false;
  });
  return out;
}

/** The offset lies inside a clause's wording (so free-text heuristics should leave it alone). */
export function insideClause(view: AnswerView, offset: number): boolean {
  return view.clauses.some((cl) => offset >= cl.from && offset < cl.to);
}
