import type { TiptapEditorHTMLElement } from '@tiptap/core';
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type MutableRefObject, type ReactNode } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { ClosestEarlier, RoundRobinMatch } from '../../../core/reuse/reuseContract';
import type { Answer, Question, RichNode } from '../../../core/model';
import { draftFromEarlier } from '../../../core/reuse/draftFromEarlier';
import { errorMessage } from '../desk';
import { RoundRobinBanner } from './RoundRobinBanner';
import { ukDate } from './ukDate';
import { pastLogSource } from '../../../core/reuse/pastLogSource';

/**
 * What the case screen and its question list share about earlier answers: the question in focus
 * (for the Answered before panel beside the list) and the way back in to insert an answer there.
 */
export interface ReuseLink {
  onFocusQuestion: (question: Question) => void;
  insert: MutableRefObject<((questionId: string, earlier: Answer) => Promise<void>) | null>;
}

/** Held by the case screen: the link for the question list, the question in focus, and insert. */
export function useReuseLink() {
  const [focus, setFocus] = useState<Question | null>(null);
  const insert = useRef<ReuseLink['insert']['current']>(null);
  const onFocusQuestion = useCallback((q: Question) => setFocus((prev) => (prev?.id === q.id && prev.text === q.text ? prev : q)), []);
  const link = useMemo<ReuseLink>(() => ({ onFocusQuestion, insert }), [onFocusQuestion]);
  return { link, focus, insert: (questionId: string, earlier: Answer) => insert.current?.(questionId, earlier) ?? Promise.resolve() };
}

interface Options {
  desk: DeskApi;
  caseId: string;
  questions: Question[];
  /** The answers as typed now (the list keeps the newest text outside React state). */
  currentAnswers: () => Answer[];
  link: ReuseLink | undefined;
  /** Writes the answers in one call and shows them (QuestionsPanel's persistAnswers). */
  persist: (answers: Answer[], removed: string[]) => Promise<void>;
  /** Opens an answer's editor. */
  activate: (answerId: string) => void;
  newId: () => string;
}

/** How long the question list waits after a change of questions before asking what was answered before. */
const MARKS_DELAY_MS = 400;
const MAX_LOOKED_UP = 60;

/**
 * The question list's part of reuse: which questions were answered before almost word for word (a
 * mark under each), whether the request is a round robin of an earlier case (a banner offering to
 * draft from it), the question in focus, and inserting an earlier answer into a question's answer.
 * Every query runs after the officer pauses, in the service's own process: typing never waits for it.
 */
export function useCaseReuse({ desk, caseId, questions, currentAnswers, link, persist, activate, newId }: Options) {
  const [closest, setClosest] = useState<ClosestEarlier[]>([]);
  const [candidate, setCandidate] = useState<RoundRobinMatch | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const answerable = useMemo(() => questions.filter((q) => !q.heading), [questions]);
  // The first questions only: the service answers one call at a time, and an autosave must not queue
  // behind a look-up of a 200-question request. Round robins are short.
  const key = JSON.stringify(answerable.slice(0, MAX_LOOKED_UP).map((q) => q.text));

  useEffect(() => {
    const texts = JSON.parse(key) as string[];
    if (texts.every((t) => !t.trim())) {
      setClosest([]);
      setCandidate(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      desk.roundRobinFor({ questions: texts, excludeCaseId: caseId }).then(
        (r) => {
          if (!live) return;
          setClosest(r.closest);
          setCandidate(r.candidates[0] ?? null);
        },
        () => undefined, // marks are a help, not the work: a failed look-up leaves the list as it is
      );
    }, MARKS_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [desk, caseId, key]);

  const marks = useMemo(() => {
    const out = new Map<string, string>();
    for (const m of closest) {
      const q = answerable[m.index];
      if (q && m.same) out.set(q.id, m.historical ? `Answered in ${m.ref}, ${pastLogSource(m.date, m.date)}` : `Answered ${ukDate(m.date)} in ${m.ref}`);
    }
    return out;
  }, [closest, answerable]);

  const onListFocus = useCallback(
    (e: FocusEvent<HTMLElement>) => {
      const id = (e.target as HTMLElement).closest('[data-question-id]')?.getAttribute('data-question-id');
      const q = id ? questions.find((x) => x.id === id) : undefined;
      if (q && !q.heading) link?.onFocusQuestion(q);
    },
    [questions, link],
  );

  // Insert: into the answer's live editor at its end (so undo and autosave work as for typing),
  // or as the question's first answer when it has none.
  const insertRef = useRef<(questionId: string, earlier: Answer) => Promise<void>>(async () => undefined);
  insertRef.current = async (questionId, earlier) => {
    const existing = currentAnswers().find((a) => a.covers.includes(questionId));
    const copy = JSON.parse(JSON.stringify(earlier.doc)) as RichNode;
    if (!existing) {
      const a: Answer = { id: newId(), covers: [questionId], doc: copy, disposition: earlier.disposition, exemptions: [...earlier.exemptions], redirectTo: earlier.redirectTo };
      await persist([...currentAnswers(), a], []);
      activate(a.id);
      return;
    }
    activate(existing.id);
    const editor = await liveEditor(existing.id);
    if (!editor) {
      setError('The answer could not be opened for editing: click into it, then choose Insert again.');
      return;
    }
    const nodes = copy.content ?? [];
    if (editor.isEmpty) editor.chain().focus().selectAll().insertContent(nodes).run();
    else editor.chain().focus('end').insertContentAt(editor.state.doc.content.size, nodes).run();
  };
  useEffect(() => {
    if (!link) return;
    link.insert.current = (questionId, earlier) => insertRef.current(questionId, earlier);
    return () => {
      link.insert.current = null;
    };
  }, [link]);

  async function draftFrom(match: RoundRobinMatch) {
    try {
      const earlier = await desk.getCase({ id: match.caseId });
      const pairs = match.pairs.flatMap((p) => (answerable[p.index] ? [{ questionId: answerable[p.index]!.id, earlierQuestionId: p.questionId }] : []));
      const { answers, removed } = draftFromEarlier(currentAnswers(), earlier.answers, pairs, newId);
      await persist(answers, removed);
      setDismissed(match.caseId);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const banner: ReactNode = (
    <>
      {candidate && dismissed !== candidate.caseId && (
        <RoundRobinBanner match={candidate} onDraft={() => void draftFrom(candidate)} onDismiss={() => setDismissed(candidate.caseId)} />
      )}
      {error && (
        <p className="banner error" role="alert">
          {error} <button type="button" onClick={() => setError(null)}>Dismiss</button>
        </p>
      )}
    </>
  );

  return { marks, banner, onListFocus };
}

/** The live editor of an answer once its block has opened it (TipTap keeps it on its element). */
async function liveEditor(answerId: string) {
  for (let i = 0; i < 40; i++) {
    const el = document.querySelector<TiptapEditorHTMLElement>(`[data-answer-id="${CSS.escape(answerId)}"] .ProseMirror`);
    if (el?.editor && !el.editor.isDestroyed) return el.editor;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return null;
}
