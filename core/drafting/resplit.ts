import type { Answer, Question } from '../model/case';

/**
 * Splitting the request again gives every question a new id. This carries each answer over to the
 * new question that is the old one it answered: first the question with the same number whose words
 * are still much the same (an edited request), then, for the rest, the question whose words match
 * best (a renumbered list). Whatever finds no match is reported, never dropped, so the officer can
 * attach it by hand or undo the split.
 */

/** Same number: the words may have been edited, so half of them in common is enough. */
export const SAME_NUMBER_SIMILARITY = 0.5;
/** A different number: only the words speak for the match, so most of them must agree. */
export const TEXT_SIMILARITY = 0.75;

export interface UnmatchedAnswer {
  /** The answer as it is now: covering what could be matched, or nothing. */
  answer: Answer;
  /** The questions it answered before that the new split no longer has. */
  lost: Question[];
}

export interface ResplitResult {
  /** Every answer, in order, with `covers` pointing at the new questions. */
  answers: Answer[];
  /** Old question id -> new question id, for each question carried over. */
  matched: Map<string, string>;
  /** Answers still on at least one of their questions. */
  kept: number;
  /** Answers that covered questions before and cover none now. */
  unmatched: UnmatchedAnswer[];
  /** Answers kept on some of their questions but not all (a shared answer whose question went). */
  partlyMatched: UnmatchedAnswer[];
}

export function resplitAnswers(oldQuestions: readonly Question[], answers: readonly Answer[], newQuestions: readonly Question[]): ResplitResult {
  const matched = matchQuestions(oldQuestions, newQuestions);
  const oldById = new Map(oldQuestions.map((q) => [q.id, q]));
  const out: Answer[] = [];
  const unmatched: UnmatchedAnswer[] = [];
  const partlyMatched: UnmatchedAnswer[] = [];
  let kept = 0;
  for (const a of answers) {
    const covers = [...new Set(a.covers.flatMap((id) => matched.get(id) ?? []))];
    const lost = a.covers.filter((id) => !matched.has(id)).flatMap((id) => oldById.get(id) ?? []);
    const next = { ...a, covers };
    out.push(next);
    // An answer that was already attached to nothing stays so, and is not news of this split.
    if (a.covers.length === 0) continue;
    if (covers.length === 0) unmatched.push({ answer: next, lost });
    else {
      kept++;
      if (lost.length) partlyMatched.push({ answer: next, lost });
    }
  }
  return { answers: out, matched, kept, unmatched, partlyMatched };
}

/**
 * Pairs old questions with new ones, each at most once. First by number: the same number and much the
 * same words, where no other question's words fit either of them better (so a question inserted above
 * a list, which shifts every number, does not pull each answer onto its neighbour: "desktops bought in
 * 2022" is not "laptops bought in 2022"). Then by words, the closest pairs first. A section heading
 * only pairs with a heading, a question with a question.
 */
export function matchQuestions(oldQuestions: readonly Question[], newQuestions: readonly Question[]): Map<string, string> {
  const oldWords = oldQuestions.map((q) => wordsOf(q.text));
  const newWords = newQuestions.map((q) => wordsOf(q.text));
  const score = oldQuestions.map((_, i) => newQuestions.map((_, j) => similarity(oldWords[i]!, newWords[j]!)));
  const sameNumber = (i: number, j: number) => canonicalNumber(oldQuestions[i]!.number) === canonicalNumber(newQuestions[j]!.number);
  const kindsAgree = (i: number, j: number) => oldQuestions[i]!.heading === newQuestions[j]!.heading;

  const matched = new Map<string, string>();
  const taken = new Set<string>();
  const pair = (i: number, j: number) => {
    const old = oldQuestions[i]!.id;
    const neu = newQuestions[j]!.id;
    if (matched.has(old) || taken.has(neu)) return;
    matched.set(old, neu);
    taken.add(neu);
  };

  // By number, where the pair is each other's best fit by words.
  const bestForOld = score.map((row, i) => Math.max(0, ...row.filter((_, j) => kindsAgree(i, j))));
  const bestForNew = newQuestions.map((_, j) => Math.max(0, ...score.filter((_, i) => kindsAgree(i, j)).map((row) => row[j]!)));
  for (let i = 0; i < oldQuestions.length; i++) {
    for (let j = 0; j < newQuestions.length; j++) {
      const s = score[i]![j]!;
      if (kindsAgree(i, j) && sameNumber(i, j) && s >= SAME_NUMBER_SIMILARITY && s >= bestForOld[i]! && s >= bestForNew[j]!) pair(i, j);
    }
  }

  // Then by words, closest first; a shared number still counts for a pair whose words changed more.
  const rest: Array<{ i: number; j: number; s: number; same: boolean }> = [];
  for (let i = 0; i < oldQuestions.length; i++) {
    if (matched.has(oldQuestions[i]!.id) || oldWords[i]!.size === 0) continue;
    for (let j = 0; j < newQuestions.length; j++) {
      if (taken.has(newQuestions[j]!.id) || !kindsAgree(i, j)) continue;
      const s = score[i]![j]!;
      const same = sameNumber(i, j);
      if (s >= (same ? SAME_NUMBER_SIMILARITY : TEXT_SIMILARITY)) rest.push({ i, j, s, same });
    }
  }
  rest.sort((a, b) => b.s - a.s || Number(b.same) - Number(a.same) || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
  for (const { i, j } of rest) pair(i, j);
  return matched;
}

/** "1.a", "1a", "1 (a)" and "Q1.A" are the same number. */
export function canonicalNumber(n: string): string {
  return n.toLowerCase().replace(/^q(?=\d)/, '').replace(/[^a-z0-9]/g, '');
}

/** The words of a question, case, accents and punctuation aside. */
export function wordsOf(text: string): Set<string> {
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return new Set(plain.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Jaccard similarity of two word sets: 1 for the same words, 0 for none in common; two empty texts are the same. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}
