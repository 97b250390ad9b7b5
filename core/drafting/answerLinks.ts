import type { Answer, Question } from '../model/case';
import type { RichNode } from '../model/richText';

/**
 * Joins questions under one shared answer. The first existing answer among them keeps its text;
 * the text of any other answer that loses all its questions is appended, so nothing typed is lost.
 */
export function joinAnswers(answers: Answer[], questionIds: string[], newId: () => string): { answers: Answer[]; removed: string[]; shared: string } {
  const ids = new Set(questionIds);
  const involved = answers.filter((a) => a.covers.some((q) => ids.has(q)));
  const base: Answer = involved[0] ?? { id: newId(), covers: [], doc: { type: 'doc', content: [] }, disposition: 'answered', exemptions: [], redirectTo: '' };
  const removed: string[] = [];
  const extraContent: RichNode[] = [];
  const next: Answer[] = [];
  for (const a of answers) {
    if (a.id === base.id) continue;
    const remaining = a.covers.filter((q) => !ids.has(q));
    if (remaining.length === a.covers.length) next.push(a);
    else if (remaining.length > 0) next.push({ ...a, covers: remaining });
    else {
      removed.push(a.id);
      extraContent.push(...(a.doc.content ?? []).filter((n) => n.content?.length || n.type !== 'paragraph'));
    }
  }
  const covers = [...new Set([...base.covers, ...questionIds])];
  const doc: RichNode = { type: 'doc', content: [...(base.doc.content ?? []), ...extraContent] };
  if (!doc.content!.length) doc.content = [{ type: 'paragraph' }];
  next.push({ ...base, covers, doc });
  return { answers: next, removed, shared: base.id };
}

/** Splits a shared answer: it stays with its last question; the others get their own empty answers. */
export function unlinkAnswer(answers: Answer[], answerId: string, questions: Question[], newId: () => string): { answers: Answer[]; removed: string[] } {
  const a = answers.find((x) => x.id === answerId);
  if (!a || a.covers.length < 2) return { answers, removed: [] };
  const ordered = questions.filter((q) => a.covers.includes(q.id)).map((q) => q.id);
  const keep = ordered[ordered.length - 1]!;
  const others = ordered.slice(0, -1).map<Answer>((q) => ({ id: newId(), covers: [q], doc: { type: 'doc', content: [{ type: 'paragraph' }] }, disposition: 'answered', exemptions: [], redirectTo: '' }));
  return { answers: [...answers.map((x) => (x.id === answerId ? { ...x, covers: [keep] } : x)), ...others], removed: [] };
}
