import type { AnswerView, CaseView } from '../caseView';
import { finding, type Rule } from '../rule';

// Rests on FOIA s1(1) (FOISA s1(1)): every part of the request must be dealt with; a cross-reference that points nowhere answers nothing.

// "See our answer to question 2", "as in our response to Q1a", "covered in 3(b) above".
const POINTER = /\b(?:see|in|under|to|at)\s+(?:our\s+)?(?:answer|response|reply)?\s*(?:to|for|at)?\s*(?:question|q\.?)\s*([0-9]+(?:[.\s]?\(?[a-z]{1,4}\)?)?)/gi;

function normalise(n: string): string {
  return n.toLowerCase().replace(/[\s().]/g, '');
}

function targetOf(view: CaseView, a: AnswerView): { number: string; known: boolean } | undefined {
  const byNormal = new Map(view.c.questions.map((q) => [normalise(q.number), q]));
  const named = a.answer.redirectTo.trim() || [...a.text.matchAll(POINTER)].map((m) => m[1] ?? '')[0];
  if (!named) return undefined;
  const q = byNormal.get(normalise(named));
  if (!q) return { number: named, known: false };
  const answered = view.answers.some((other) => other !== a && other.answer.disposition !== 'covered' && other.answer.covers.includes(q.id));
  return { number: q.number, known: answered };
}

/**
 * An answer must point at real questions, and one marked "covered by another answer" must say which,
 * and that one must exist: otherwise the reader is sent to nothing.
 */
export const danglingAnswer: Rule = {
  id: 'dangling-answer',
  summary: 'An answer points at nothing',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      const unknown = a.answer.covers.filter((id) => !view.questionNumberById.has(id));
      if (a.answer.covers.length === 0 || unknown.length === a.answer.covers.length) {
        out.push(finding(view, this.id, 'error', 'This answer is not attached to any question of the request. Attach it to the questions it answers, or delete it.', { answer: a }));
        continue;
      }
      if (unknown.length) {
        out.push(finding(view, this.id, 'error', `This answer names ${unknown.length} question${unknown.length > 1 ? 's' : ''} the request no longer has. Re-attach it to the questions it answers.`, { answer: a }));
      }
      if (a.answer.disposition !== 'covered') continue;
      const target = targetOf(view, a);
      if (!target) {
        out.push(finding(view, this.id, 'error', 'This answer is marked "covered by another answer" but does not say which. Add "Please see our answer to question N", or answer it here.', { answer: a }));
      } else if (!target.known) {
        out.push(finding(view, this.id, 'error', `This answer sends the reader to question ${target.number}, which has no answer of its own. Point it at the answer that holds the information, or answer it here.`, { answer: a }));
      }
    }
    return out;
  },
};
