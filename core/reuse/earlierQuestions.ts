import type { Answer, Case } from '../model';
import { MATCHING_QUESTION, questionSimilarity, SAME_QUESTION } from './questionWords';
import type { ClosestEarlier, EarlierAnswer, RoundRobinMatch } from './reuseContract';
import { recogniseRoundRobins } from './roundRobin';

/**
 * What "answered before" and round robins do with the rows a search index gives back, the same for
 * either engine (electron/services/reuse/reuseQueries.ts on SQLite, pg/pgReuseStore.ts on
 * PostgreSQL): which words to search on, the order the matches are offered in, and what an officer
 * is shown of each. The engines differ only in how they find and rank the rows.
 */

/** How many ranked rows to read for each match wanted: some are the case's own, or binned. */
export const OVERSAMPLE = 4;
/**
 * At most about this many rows are ranked for "answered before": ranking costs a little for every
 * row that matches, and a word found in a tenth of all questions ("number", "cost") says little about
 * which earlier question is the one. The rarest words are kept until their rows add up to this.
 */
export const RANKED_ROWS = 6_000;
/** A search matching more than this many questions ranks the newest this many (they are numbered as they come). */
export const SEARCH_WINDOW = 3_000;

/** A case as the reuse screens show it beside an earlier question (historical: from a past log, always said). */
export type EarlierCase = Pick<Case, 'id' | 'ref' | 'title' | 'regime' | 'status' | 'received' | 'sent'> & { historical: boolean };

/** An earlier question the index found, with the answer that covers it (the index's own row names). */
export interface FoundQuestion {
  case_id: string;
  question_id: string;
  answer_id: string;
  question: string;
}

/**
 * The words to search on, rarest first, while the rows holding them stay within RANKED_ROWS (the
 * rarest is always kept). `held` is how many rows of the index hold each word.
 */
export function rarestWords<W extends { held: number }>(words: readonly W[]): W[] {
  const picked: W[] = [];
  let rows = 0;
  for (const w of [...words].sort((a, b) => a.held - b.held)) {
    if (picked.length > 0 && rows + w.held > RANKED_ROWS) break;
    picked.push(w);
    rows += w.held;
  }
  return picked;
}

/**
 * The index's matches in its own order (best first), except that a question asked before almost
 * word for word always comes first; each with how alike it is to `text`. The first `limit`.
 */
export function sameQuestionFirst<R extends FoundQuestion>(text: string, ranked: readonly R[], limit: number): (R & { similarity: number })[] {
  const scored = ranked.map((r, rank) => ({ ...r, rank, similarity: round(questionSimilarity(text, r.question)) }));
  scored.sort((a, b) => Number(b.similarity >= SAME_QUESTION) - Number(a.similarity >= SAME_QUESTION) || a.rank - b.rank);
  return scored.slice(0, limit).map(({ rank: _rank, ...r }) => r as R & { similarity: number });
}

/** The case's fields every reuse result carries. */
export function caseFields(c: EarlierCase) {
  return { caseId: c.id, ref: c.ref, title: c.title, regime: c.regime, status: c.status, received: c.received, sent: c.sent, historical: c.historical };
}

/** Each match as the officer is offered it: its case, its question's number, and the answer, in the matches' order. */
export function earlierAnswers(
  found: readonly (FoundQuestion & { similarity: number })[],
  read: { cases: ReadonlyMap<string, EarlierCase>; answers: ReadonlyMap<string, { answer: Answer; text: string }>; numbers: ReadonlyMap<string, string> },
): EarlierAnswer[] {
  const out: EarlierAnswer[] = [];
  for (const f of found) {
    const c = read.cases.get(f.case_id);
    const a = read.answers.get(f.answer_id);
    if (!c || !a) continue;
    out.push({
      ...caseFields(c),
      questionId: f.question_id,
      questionNumber: read.numbers.get(f.question_id) ?? '',
      question: f.question,
      answer: a.answer,
      answerText: a.text,
      similarity: f.similarity,
      same: f.similarity >= SAME_QUESTION,
    });
  }
  return out;
}

/**
 * A request's questions against earlier cases, from each question's matches: the closest earlier
 * question for each (when close enough to mention), and the earlier cases that asked most of them.
 */
export function roundRobinsFrom(
  questions: readonly string[],
  perQuestion: readonly { index: number; matches: readonly (FoundQuestion & { similarity: number })[] }[],
  cases: ReadonlyMap<string, EarlierCase>,
): { candidates: RoundRobinMatch[]; closest: ClosestEarlier[] } {
  const closest: ClosestEarlier[] = [];
  for (const p of perQuestion) {
    const best = [...p.matches].sort((a, b) => b.similarity - a.similarity)[0];
    const c = best && cases.get(best.case_id);
    if (!best || !c || best.similarity < MATCHING_QUESTION) continue;
    closest.push({ index: p.index, caseId: c.id, ref: c.ref, date: c.sent ?? c.received, historical: c.historical, questionId: best.question_id, similarity: best.similarity, same: best.similarity >= SAME_QUESTION });
  }
  const candidates = recogniseRoundRobins(
    perQuestion.map((p) => ({ index: p.index, matches: p.matches.map((m) => ({ caseId: m.case_id, questionId: m.question_id, similarity: m.similarity })) })),
    questions.filter((q) => q.trim()).length,
  ).flatMap((r) => {
    const c = cases.get(r.caseId);
    return c ? [{ ...caseFields(c), matched: r.pairs.length, total: r.total, pairs: r.pairs }] : [];
  });
  return { candidates, closest };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
