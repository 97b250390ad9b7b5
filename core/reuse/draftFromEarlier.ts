import type { Answer } from '../model/case';
import type { RichNode } from '../model/richText';
import { answerHasText } from '../drafting/outcome';

/**
 * Drafting a new request from an earlier case it matches (a round robin or a repeat): each matching
 * question takes the earlier answer to its twin, whole (clause nodes and their values as they were,
 * outcome, sections, redirect). Questions answered together there are answered together here.
 * A question that already has words in its answer keeps them; an empty answer in the way gives way.
 */
export interface DraftPair {
  /** The question of the case being drafted. */
  questionId: string;
  /** The earlier question it matches. */
  earlierQuestionId: string;
}

export function draftFromEarlier(current: readonly Answer[], earlier: readonly Answer[], pairs: readonly DraftPair[], newId: () => string): { answers: Answer[]; removed: string[]; drafted: number } {
  const answered = new Set(current.filter(answerHasText).flatMap((a) => a.covers));
  const wanted = pairs.filter((p) => !answered.has(p.questionId));
  const source = new Map<string, Answer>();
  for (const p of wanted) {
    const a = earlier.find((e) => e.covers.includes(p.earlierQuestionId) && answerHasText(e));
    if (a) source.set(p.questionId, a);
  }
  const targets = new Set(source.keys());
  // Empty answers lose the questions now drafted; one left with none goes.
  const removed: string[] = [];
  const kept: Answer[] = [];
  for (const a of current) {
    const covers = a.covers.filter((q) => !targets.has(q));
    if (covers.length === a.covers.length) kept.push(a);
    else if (covers.length > 0) kept.push({ ...a, covers });
    else removed.push(a.id);
  }
  const drafted: Answer[] = [];
  for (const e of new Set(source.values())) {
    const covers = wanted.filter((p) => source.get(p.questionId) === e).map((p) => p.questionId);
    drafted.push({ id: newId(), covers, doc: structuredCloneDoc(e.doc), disposition: e.disposition, exemptions: [...e.exemptions], redirectTo: e.redirectTo });
  }
  return { answers: [...kept, ...drafted], removed, drafted: targets.size };
}

function structuredCloneDoc(doc: RichNode): RichNode {
  return JSON.parse(JSON.stringify(doc)) as RichNode;
}
