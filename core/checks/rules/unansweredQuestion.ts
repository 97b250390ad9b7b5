import { finding, type Rule } from '../rule';

// Rests on FOIA s1(1) (FOISA s1(1)): every question in the request is owed an answer or a refusal.

/** Every question (not a heading) needs an answer with some words in it, even if only "not held". */
export const unansweredQuestion: Rule = {
  id: 'unanswered-question',
  summary: 'A question has no answer',
  check(view) {
    const answered = new Set<string>();
    for (const a of view.answers) {
      if (a.text.trim() === '' && a.clauses.length === 0) continue;
      a.answer.covers.forEach((id) => answered.add(id));
    }
    return view.c.questions
      .filter((q) => !q.heading && !answered.has(q.id))
      .map((q) =>
        finding(view, this.id, 'error', `Question ${q.number} has no answer. Write one, or mark it as covered by the answer that deals with it.`, {
          questionNumber: q.number,
        }),
      );
  },
};
