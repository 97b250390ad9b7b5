import { MATCHING_QUESTION } from './questionWords';

/**
 * Round robins and repeats: the same request sent by several requesters, or to every public body
 * through WhatDoTheyKnow. A new request is recognised as like an earlier case when more than half of
 * its questions each match a different question of that case (core/reuse/questionWords).
 */
export interface QuestionMatches {
  /** The question's place in the new request. */
  index: number;
  matches: { caseId: string; questionId: string; similarity: number }[];
}

export interface RoundRobin {
  caseId: string;
  total: number;
  /** Each matching question of the request and the earlier one it matches, in the request's order. */
  pairs: { index: number; questionId: string; similarity: number }[];
}

/** The earlier cases the request mostly matches, the best first; at most `max`. */
export function recogniseRoundRobins(questions: readonly QuestionMatches[], total: number, max = 3): RoundRobin[] {
  if (total === 0) return [];
  const byCase = new Map<string, { index: number; questionId: string; similarity: number }[]>();
  for (const q of questions) {
    for (const m of q.matches) {
      if (m.similarity < MATCHING_QUESTION) continue;
      byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), { index: q.index, questionId: m.questionId, similarity: m.similarity }]);
    }
  }
  const out: RoundRobin[] = [];
  for (const [caseId, links] of byCase) {
    // Closest links first; each question of either request is used once.
    const usedIndex = new Set<number>();
    const usedQuestion = new Set<string>();
    const pairs: RoundRobin['pairs'] = [];
    for (const l of [...links].sort((a, b) => b.similarity - a.similarity || a.index - b.index)) {
      if (usedIndex.has(l.index) || usedQuestion.has(l.questionId)) continue;
      usedIndex.add(l.index);
      usedQuestion.add(l.questionId);
      pairs.push(l);
    }
    pairs.sort((a, b) => a.index - b.index);
    if (pairs.length * 2 > total) out.push({ caseId, total, pairs });
  }
  const score = (r: RoundRobin) => r.pairs.reduce((s, p) => s + p.similarity, 0);
  return out.sort((a, b) => b.pairs.length - a.pairs.length || score(b) - score(a)).slice(0, max);
}
