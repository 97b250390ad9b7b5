import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { describeQuestionGroup, slots } from '../../../core/drafting/answerGroups';
import {
  addQuestionAfter,
  demote,
  duplicateNumbers,
  editText,
  mergeWithPrevious,
  promote,
  removeQuestion,
  renumberOne,
  splitAt,
  toggleHeading,
} from '../../../core/drafting/questionEdits';
import { splitRequest } from '../../../core/intake';
import { emptyDoc, todayInUk, type Answer, type Case, type Organisation, type Question } from '../../../core/model';
import type { Finding } from '../../../core/checks/finding';
import { redactQuestions } from '../../../core/checks/redact';
import { ChecksSummary, UNANSWERED_RULE } from '../checks/ChecksSummary';
import { answerHasText } from '../../../core/drafting/outcome';
import { saveStateText, useDebouncedSave } from '../ui/useDebouncedSave';
import { useShortcut } from '../ui/useShortcut';
import { QuestionRow } from './QuestionRow';
import { QuestionEditRow, type QuestionAction } from './QuestionEditRow';
import { joinAnswers, unlinkAnswer } from '../../../core/drafting/answerLinks';
import { resplitAnswers } from '../../../core/drafting/resplit';
import { ResplitNotice, type ResplitReport } from './ResplitNotice';
import { UnlinkedAnswers } from './UnlinkedAnswers';
import { useCaseReuse, type ReuseLink } from '../reuse/useCaseReuse';
import { AnswerBlocks, AnswerBlocksContext } from './answerBlocks';
import { useRowsInStages } from './useRowsInStages';
import { useSentEditGuard } from '../history/SentEditGuard';
import { saveErrorText } from '../ui/fieldErrorText';

interface Props {
  desk: DeskApi;
  c: Case;
  requestText: string;
  onCaseChanged: () => void;
  /** What the live checks need besides the case; null until loaded. */
  checkContext: { organisation: Organisation; extraHolidays: string[] } | null;
  /** Told of each structural change to the answers (their outcomes feed the case outcome). */
  onAnswersChanged?: (answers: Answer[]) => void;
  /** The Answered before panel beside the list: told of the question in focus, inserts into its answer. */
  reuse?: ReuseLink;
  /** The case as stored after another window's or officer's change (renderer/src/live): taken in where the officer is not writing. */
  live?: Case | null;
}

const NO_FINDINGS: readonly Finding[] = [];

// The rules (and the holiday tables their timing checks need) load after the case is on screen,
// keeping them out of the window's first load.
let checksModule: Promise<typeof import('../../../core/checks')> | null = null;
const loadChecks = () => (checksModule ??= import('../../../core/checks'));

const newId = () => crypto.randomUUID();
const positionKey = (caseId: string) => `desk.case.${caseId}.question`;

/**
 * The drafting view: the request's questions in its own numbering, each answer under the questions
 * it covers. Keyboard: Alt+↓ / Alt+↑ next and previous question, Ctrl+G go to a question number.
 */
export function QuestionsPanel({ desk, c, requestText, onCaseChanged, checkContext, onAnswersChanged, reuse: reuseLink, live }: Props) {
  const [questions, setQuestions] = useState<Question[]>(c.questions);
  const [answers, setAnswers] = useState<Answer[]>(c.answers);
  const [activeAnswer, setActiveAnswer] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState(c.questions.length === 0);
  const [goTo, setGoTo] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // The newest text of every answer, kept without re-rendering: joining answers must not lose typing.
  const latest = useRef(new Map<string, Answer>());
  const current = (list: Answer[]) => list.map((a) => latest.current.get(a.id) ?? a);

  const saveQuestions = useDebouncedSave(useCallback((qs: Question[]) => desk.updateCase({ id: c.id, patch: { questions: qs } }).then(onCaseChanged), [desk, c.id, onCaseChanged]));
  // A sent case changes only with a reason: every change below asks first (history/SentEditGuard).
  const guard = useSentEditGuard();
  const changeQuestions = (qs: Question[]) =>
    guard.whenAllowed(() => {
      setQuestions(qs);
      saveQuestions.schedule(qs);
    });
  // The answers on screen, each saving its own text: flushed before the answers change as a whole.
  const blocks = useMemo(() => new AnswerBlocks(), []);

  const rows = useMemo(() => slots(questions, answers), [questions, answers]);
  // Answers attached to no question the case has: shown in their own section, never out of view. Their
  // dead links are dropped here so that autosave (which refuses unknown questions) keeps working.
  const unlinked = useMemo(() => {
    const ids = new Set(questions.map((q) => q.id));
    return answers.filter((a) => !a.covers.some((id) => ids.has(id))).map((a) => (a.covers.length ? { ...a, covers: [] } : a));
  }, [questions, answers]);
  const openQuestions = useMemo(() => rows.filter((r) => !r.question.heading && !r.answer).map((r) => r.question), [rows]);
  const dupes = useMemo(() => duplicateNumbers(questions), [questions]);
  const answerable = rows.filter((r) => !r.question.heading);

  // A long request's rows are drawn in two stages (./useRowsInStages): the first ones, and the question
  // last worked on, with the screen; the rest a moment later, without holding up the first answer.
  const stages = useRowsInStages(rows.length, () => {
    const last = localStorage.getItem(positionKey(c.id));
    return last ? rows.findIndex((r) => r.question.id === last) + 1 : 0;
  });

  // Back where the officer was: the question last worked on in this case.
  useEffect(() => {
    const last = localStorage.getItem(positionKey(c.id));
    if (last) document.getElementById(`q-${last}`)?.scrollIntoView({ block: 'center' });
  }, [c.id]);

  // The last split again, kept so that it can be undone exactly, and what it did to the answers.
  const [resplit, setResplit] = useState<{ before: { questions: Question[]; answers: Answer[] }; report: ResplitReport } | null>(null);
  const [splitting, setSplitting] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Where focus goes once a split or its undo is on screen: never left on the button that did it.
  const [focusAfterSplit, setFocusAfterSplit] = useState(0);

  /** Questions and answers written together, in one call (core/drafting/resplit for the matching). */
  async function replaceSplit(nextQuestions: Question[], nextAnswers: Answer[]): Promise<boolean> {
    setSplitting(true);
    try {
      // A correction still waiting to be saved must not land after, and undo, the new split.
      await saveQuestions.flush();
      // So must an answer's own pending save, which carries its links as they were (an unlinked answer's are empty).
      await blocks.flushAll();
      await desk.resplitCase({ id: c.id, questions: nextQuestions, answers: nextAnswers });
      latest.current.clear();
      setQuestions(nextQuestions);
      setAnswers(nextAnswers);
      void takeVersions();
      setActiveAnswer(null);
      setSelected(new Set());
      setError(null);
      onCaseChanged();
      return true;
    } catch (err) {
      setError(saveErrorText(err));
      return false;
    } finally {
      setSplitting(false);
    }
  }

  function runSplit() {
    guard.whenAllowed(() => void splitNow());
  }

  async function splitNow() {
    const split = splitRequest(requestText).map((s) => ({ id: newId(), number: s.number, label: s.label, text: s.text, heading: s.heading }));
    const before = { questions, answers: current(answers) };
    const carried = resplitAnswers(before.questions, before.answers, split);
    if (!(await replaceSplit(split, carried.answers))) return;
    // A first split is for correcting; a split again shows the answers where they landed.
    setEditing(before.answers.length === 0);
    setResplit(before.questions.length ? { before, report: { questions: split.filter((q) => !q.heading).length, kept: carried.kept, unmatched: carried.unmatched, partlyMatched: carried.partlyMatched } } : null);
    setFocusAfterSplit((n) => n + 1);
  }

  /** Undo split: the questions and each answer's links exactly as before; text typed since is kept. */
  function undoSplit() {
    guard.whenAllowed(() => void undoNow());
  }

  async function undoNow() {
    if (!resplit) return;
    const now = new Map(current(answers).map((a) => [a.id, a]));
    const restored = resplit.before.answers.map((a) => ({ ...(now.get(a.id) ?? a), covers: a.covers }));
    const known = new Set(resplit.before.questions.map((q) => q.id));
    // An answer started on a question of the undone split stays, unlinked, rather than vanish.
    const since = [...now.values()].filter((a) => !resplit.before.answers.some((b) => b.id === a.id)).map((a) => ({ ...a, covers: a.covers.filter((id) => known.has(id)) }));
    if (!(await replaceSplit(resplit.before.questions, [...restored, ...since]))) return;
    setResplit(null);
    setEditing(false);
    setFocusAfterSplit((n) => n + 1);
  }

  function attach(answerId: string, questionId: string) {
    const next = current(answers).map((a) => (a.id === answerId ? { ...a, covers: [questionId] } : a));
    void persistAnswers(next, []);
    setResplit((r) => r && { ...r, report: { ...r.report, kept: r.report.kept + 1, unmatched: r.report.unmatched.filter((u) => u.answer.id !== answerId) } });
  }

  function act(q: Question, action: QuestionAction, cursor?: number) {
    const next = {
      merge: () => mergeWithPrevious(questions, q.id),
      split: () => splitAt(questions, q.id, cursor ?? q.text.length, newId),
      heading: () => toggleHeading(questions, q.id),
      promote: () => promote(questions, q.id),
      demote: () => demote(questions, q.id),
      remove: () => removeQuestion(questions, q.id),
      add: () => addQuestionAfter(questions, q.id, newId),
    }[action]();
    changeQuestions(next);
  }

  function persistAnswers(next: Answer[], removed: string[]): Promise<void> {
    return new Promise((resolve) => guard.whenAllowed(() => void persistNow(next, removed).then(resolve), resolve));
  }

  async function persistNow(next: Answer[], removed: string[]) {
    // A pending save of an answer being attached or joined would land after this and undo it.
    await blocks.flushAll();
    latest.current.clear();
    setAnswers(next);
    try {
      // One call, one transaction: a failure part-way cannot leave a question answered twice.
      await desk.replaceAnswers({ caseId: c.id, answers: next, removed });
      void takeVersions();
      onCaseChanged();
    } catch (err) {
      setError(saveErrorText(err));
    }
  }

  /**
   * Splitting again and answering together save answers too, and each save bumps an answer's version
   * (core/team): the answers take the new versions, so the officer's next typing is not refused as if
   * another officer had overtaken it. Only the versions change; the text stays the window's own.
   */
  async function takeVersions() {
    try {
      const fresh = await desk.getCase({ id: c.id, team: true });
      const versions = new Map(fresh.answers.map((a) => [a.id, a.version]));
      const withVersion = (a: Answer): Answer => {
        const v = versions.get(a.id);
        return v === undefined || v === a.version ? a : { ...a, version: v };
      };
      for (const [id, a] of latest.current) latest.current.set(id, withVersion(a));
      setAnswers((prev) => current(prev).map(withVersion));
    } catch {
      // The versions stay as they were: at worst the next save asks the officer to choose.
    }
  }

  function startAnswer(q: Question) {
    guard.whenAllowed(() => void startNow(q));
  }

  async function startNow(q: Question) {
    const a: Answer = { id: newId(), covers: [q.id], doc: emptyDoc(), disposition: 'answered', exemptions: [], redirectTo: '' };
    setAnswers((prev) => [...prev, a]);
    setActiveAnswer(a.id);
    try {
      await desk.saveAnswer({ caseId: c.id, answer: a });
    } catch (err) {
      setError(saveErrorText(err));
    }
  }

  function answerTogether() {
    const ids = questions.filter((q) => selected.has(q.id) && !q.heading).map((q) => q.id);
    if (ids.length < 2) return;
    const { answers: next, removed, shared } = joinAnswers(current(answers), ids, newId);
    void persistAnswers(next, removed);
    setSelected(new Set());
    setActiveAnswer(shared);
  }

  const onSelect = useCallback((questionId: string, on: boolean) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(questionId);
      else next.delete(questionId);
      return next;
    });
  }, []);

  const onActivate = useCallback(
    (questionId: string, answerId: string) => {
      localStorage.setItem(positionKey(c.id), questionId);
      setActiveAnswer(answerId);
    },
    [c.id],
  );

  // Whether each answer has words: when that changes, so do the case outcome, the counts and the
  // status, so the list hears of it at once, not when the editor closes.
  const hasText = useRef(new Map<string, boolean>());
  const onAnswerChange = useCallback((a: Answer, structural: boolean) => {
    latest.current.set(a.id, a);
    const words = answerHasText(a);
    const wordsChanged = hasText.current.get(a.id) !== words;
    hasText.current.set(a.id, words);
    if (structural || wordsChanged) setAnswers((prev) => prev.map((x) => (x.id === a.id ? a : x)));
    else scheduleChecksRef.current();
  }, []);

  // Once saved, an answer that gained or lost its words changes the case list's counts and status.
  const savedHasText = useRef(new Map(c.answers.map((a) => [a.id, answerHasText(a)])));
  const caseChangedRef = useRef(onCaseChanged);
  caseChangedRef.current = onCaseChanged;
  const onAnswerSaved = useCallback((a: Answer) => {
    const words = answerHasText(a);
    if ((savedHasText.current.get(a.id) ?? false) === words) return;
    savedHasText.current.set(a.id, words);
    caseChangedRef.current();
  }, []);

  // Another window or officer changed this case (renderer/src/live): their answers replace those on
  // screen, except the one the officer is in and any holding unsaved words or a conflict. Those keep
  // the version they were based on, so their next save meets the other side's as a conflict
  // (team/AnswerConflict) rather than overwriting it. The questions follow unless being corrected;
  // reviewers' comments always do.
  const activeRef = useRef(activeAnswer);
  activeRef.current = activeAnswer;
  useEffect(() => {
    if (!live) return;
    const held = new Set(blocks.busyIds());
    if (activeRef.current) held.add(activeRef.current);
    setAnswers((prev) => {
      const mine = new Map(current(prev).map((a) => [a.id, a]));
      const next = live.answers.map((theirs) => {
        const own = mine.get(theirs.id);
        if (!own || !(held.has(own.id) || (own.version !== undefined && own.version === theirs.version))) return theirs;
        // A reviewer's comment is not the officer's words: it arrives (or goes) even on the answer being written.
        const { reviewComment: _mine, ...words } = own;
        return theirs.reviewComment ? { ...words, reviewComment: theirs.reviewComment } : words;
      });
      const stored = new Set(live.answers.map((a) => a.id));
      for (const id of held) if (!stored.has(id) && mine.has(id)) next.push(mine.get(id)!);
      return next;
    });
    for (const a of live.answers) {
      if (held.has(a.id)) continue;
      latest.current.delete(a.id);
      hasText.current.set(a.id, answerHasText(a));
      savedHasText.current.set(a.id, answerHasText(a));
    }
    if (!editingRef.current && !questionsPendingRef.current) setQuestions((prev) => (JSON.stringify(prev) === JSON.stringify(live.questions) ? prev : live.questions));
    // Runs once per case read after a change; the refs hold the rest.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live]);
  const editingRef = useRef(editing);
  editingRef.current = editing;
  const questionsPendingRef = useRef(false);
  questionsPendingRef.current = saveQuestions.state !== 'saved';

  const answersRef = useRef(answers);
  answersRef.current = answers;
  const questionsRef = useRef(questions);
  questionsRef.current = questions;

  // Live checks: the whole case is checked 300 ms after the officer stops typing, in the page,
  // on the newest text (well under the 50 ms a 200-question case takes), so findings keep up.
  const [findings, setFindings] = useState<readonly Finding[] | null>(null);
  const checkTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const contextRef = useRef(checkContext);
  contextRef.current = checkContext;
  const scheduleChecks = useCallback(() => {
    if (checkTimer.current) clearTimeout(checkTimer.current);
    checkTimer.current = setTimeout(async () => {
      const ctx = contextRef.current;
      if (!ctx) return;
      const { applyOverrides, checkCase } = await loadChecks();
      const draft = { ...c, questions: questionsRef.current, answers: current(answersRef.current) };
      const check = { ...ctx, today: todayInUk() };
      const forLetter = checkCase(draft, { ...check, purpose: 'send' });
      // The log prints every question word for word, so a case marked for the log also hears of
      // personal data in a question's text or label now, while it can be redacted in one click.
      const inQuestions = c.publish ? checkCase(draft, { ...check, purpose: 'publish' }).filter(isAboutQuestionText) : [];
      setFindings(applyOverrides([...forLetter, ...inQuestions], c.overrides));
    }, 300);
  }, [c]);
  useEffect(() => {
    scheduleChecks();
  }, [questions, answers, checkContext, scheduleChecks]);
  useEffect(() => onAnswersChanged?.(answers), [answers, onAnswersChanged]);
  useEffect(() => () => void (checkTimer.current && clearTimeout(checkTimer.current)), []);
  const scheduleChecksRef = useRef(scheduleChecks);
  scheduleChecksRef.current = scheduleChecks;
  const findingsByAnswer = useMemo(() => groupBy(findings ?? [], (f) => f.answerId), [findings]);
  // A question not yet started is counted in the checks summary ("12 questions to answer"), not given
  // a red box of its own: that shows only under an answer started and left empty.
  const startedAndLeft = useMemo(() => new Set(rows.filter((r) => r.answer && r.answer.id !== activeAnswer).map((r) => r.question.number)), [rows, activeAnswer]);
  const findingsByQuestion = useMemo(
    () => groupBy((findings ?? []).filter((f) => !f.answerId && (f.ruleId !== UNANSWERED_RULE || startedAndLeft.has(f.questionNumber ?? ''))), (f) => f.questionNumber),
    [findings, startedAndLeft],
  );

  // One-click redaction of a question: its text and label, wherever the finding's words occur, saved
  // through updateCase like any correction of the split.
  const [questionRedactNote, setQuestionRedactNote] = useState<string | null>(null);
  const onRedactQuestion = useCallback((f: Finding) => {
    if (!f.redaction || f.questionNumber === undefined) return;
    const { questions: next, count } = redactQuestions(questionsRef.current, f.questionNumber, f.redaction.find, f.redaction.replaceWith);
    if (count === 0) {
      setQuestionRedactNote(`"${f.redaction.find}" is no longer in question ${f.questionNumber}: check the question by hand.`);
      return;
    }
    setQuestionRedactNote(null);
    handlers.current.changeQuestions(next);
  }, []);

  // Read the lists and this render's handlers through refs so these callbacks never change and the
  // rows stay memoised, yet never call a stale handler (one that saves to the case first shown).
  const handlers = useRef({ persistAnswers, startAnswer, changeQuestions });
  handlers.current = { persistAnswers, startAnswer, changeQuestions };
  const onUnlink = useCallback((answerId: string) => {
    const { answers: next, removed } = unlinkAnswer(current(answersRef.current), answerId, questionsRef.current, newId);
    void handlers.current.persistAnswers(next, removed);
  }, []);

  const onStart = useCallback((questionId: string) => {
    const q = questionsRef.current.find((x) => x.id === questionId);
    if (q) void handlers.current.startAnswer(q);
  }, []);

  function focusQuestion(index: number) {
    const row = answerable[Math.max(0, Math.min(index, answerable.length - 1))];
    if (!row) return;
    stages.showAll();
    localStorage.setItem(positionKey(c.id), row.question.id);
    const el = document.getElementById(`q-${row.question.id}`);
    el?.scrollIntoView({ block: 'center' });
    const target = row.answer ? document.querySelector<HTMLElement>(`[data-answer-id="${row.answer.id}"] .answer-preview, [data-answer-id="${row.answer.id}"] [contenteditable]`) : el?.querySelector<HTMLElement>('.start-answer');
    (target ?? el)?.focus();
  }

  /** An unlinked answer is reached like any other: scrolled to and focused. */
  function focusAnswer(answerId: string): boolean {
    stages.showAll();
    const block = document.querySelector<HTMLElement>(`[data-answer-id="${answerId}"]`);
    if (!block) return false;
    block.scrollIntoView({ block: 'center' });
    (block.querySelector<HTMLElement>('.answer-preview, [contenteditable]') ?? block).focus();
    return true;
  }

  /** Where a finding's "Go to" leads, or null: a finding with nowhere to go gets no "Go to". */
  function goToTarget(f: Finding): (() => void) | null {
    if (f.answerId && unlinked.some((a) => a.id === f.answerId)) return () => void focusAnswer(f.answerId!);
    if (f.answerId || f.questionNumber) {
      const i = answerable.findIndex((r) => (f.answerId ? r.answer?.id === f.answerId && r.answerHere : r.question.number === f.questionNumber));
      return i >= 0 ? () => focusQuestion(i) : null;
    }
    if (f.place === 'date-sent') return () => document.getElementById('case-sent')?.focus();
    if (f.place === 'clock') {
      return () => {
        const details = document.querySelector<HTMLDetailsElement>('.clock-panel details');
        if (!details) return;
        details.open = true;
        details.scrollIntoView({ block: 'center' });
        details.querySelector<HTMLElement>('summary')?.focus();
      };
    }
    return null;
  }
  const goToFinding = (f: Finding) => goToTarget(f)?.();
  // The summary's fixes that change an answer go through that answer's block, as its own fix button
  // does: one edit, one autosave, never a second save racing the block's pending one.
  const fixFinding = (f: Finding) => {
    if (f.fix?.kind !== 'set-disposition' || blocks.fix(f)) return;
    const { answerId, disposition, redirectTo } = f.fix;
    const next = current(answersRef.current).map((a) => (a.id === answerId ? { ...a, disposition, ...(redirectTo !== undefined ? { redirectTo } : {}) } : a));
    void persistAnswers(next, []);
  };
  const canGoTo = (f: Finding) => goToTarget(f) !== null;

  const currentIndex = () => {
    const el = document.activeElement?.closest('[data-question-id]');
    const id = el?.getAttribute('data-question-id');
    return answerable.findIndex((r) => r.question.id === id);
  };

  useEffect(() => {
    if (!focusAfterSplit) return;
    if (noticeRef.current) noticeRef.current.focus();
    else if (editing) document.querySelector<HTMLElement>('.question-edit-list textarea')?.focus();
    else focusQuestion(0);
    // Runs once per split or undo, on the screen that split produced.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusAfterSplit]);

  const lostFor = useMemo(() => new Map((resplit?.report.unmatched ?? []).map((u) => [u.answer.id, u.lost])), [resplit]);
  const onActivateUnlinked = useCallback((answerId: string) => setActiveAnswer(answerId), []);

  // Earlier answers: marks on questions answered before, a round robin's banner, insert (renderer/src/reuse).
  const reuse = useCaseReuse({
    desk,
    caseId: c.id,
    questions,
    currentAnswers: () => current(answersRef.current),
    link: reuseLink,
    persist: (next, removed) => handlers.current.persistAnswers(next, removed),
    activate: setActiveAnswer,
    newId,
  });

  useShortcut('alt+arrowdown', () => focusQuestion(currentIndex() + 1), !editing);
  useShortcut('alt+arrowup', () => focusQuestion(Math.max(0, currentIndex() - 1)), !editing);
  useShortcut('mod+g', () => setGoTo(''), !editing);

  return (
    <AnswerBlocksContext.Provider value={blocks}>
    <section className="questions" aria-labelledby="questions-heading">
      <div className="questions-bar">
        <h2 id="questions-heading">Questions and answers</h2>
        <button type="button" onClick={() => void runSplit()} disabled={!requestText.trim() || splitting}>
          {questions.length ? 'Split again' : 'Split into questions'}
        </button>
        {questions.length > 0 && (
          <button type="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>
            {editing ? 'Done correcting' : 'Correct the split'}
          </button>
        )}
        {selected.size >= 2 && (
          <button type="button" className="primary" onClick={answerTogether}>
            Answer {describeQuestionGroup(questions.filter((q) => selected.has(q.id)).map((q) => q.number))} together
          </button>
        )}
        <span className="save-state" role="status">{questions.length > 0 && saveQuestions.state !== 'saved' ? saveStateText(saveQuestions.state, saveQuestions.error) : ''}</span>
      </div>
      {error && <p className="banner error" role="alert">{error}</p>}
      {questionRedactNote && <p className="banner error" role="alert">{questionRedactNote}</p>}
      {resplit && <ResplitNotice ref={noticeRef} report={resplit.report} busy={splitting} onUndo={() => void undoSplit()} onDismiss={() => setResplit(null)} />}
      {questions.length > 0 && !editing && <ChecksSummary findings={findings} onGoTo={goToFinding} canGoTo={canGoTo} onFix={fixFinding} />}
      {!editing && reuse.banner}
      {goTo !== null && (
        <form
          className="goto"
          onSubmit={(e) => {
            e.preventDefault();
            const wanted = goTo.trim().toLowerCase().replace(/[^a-z0-9.]/g, '');
            const i = answerable.findIndex((r) => r.question.number === wanted || r.question.number.replace(/\./g, '') === wanted.replace(/\./g, ''));
            setGoTo(null);
            if (i >= 0) focusQuestion(i);
          }}
        >
          <label>
            Go to question{' '}
            <input autoFocus value={goTo} onChange={(e) => setGoTo(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setGoTo(null)} />
          </label>
          <button type="submit">Go</button>
        </form>
      )}
      <UnlinkedAnswers
        desk={desk}
        caseId={c.id}
        answers={unlinked}
        open={openQuestions}
        lostFor={lostFor}
        activeAnswer={activeAnswer}
        onActivate={onActivateUnlinked}
        onAnswerChange={onAnswerChange}
        onAttach={attach}
        findingsByAnswer={findingsByAnswer}
      />
      {questions.length === 0 ? (
        <p className="muted">No questions yet. Paste the request above, then choose <strong>Split into questions</strong>.</p>
      ) : editing ? (
        <ol className="question-edit-list" aria-label="Correct the split">
          {questions.map((q, i) => (
            <QuestionEditRow
              key={q.id}
              question={q}
              index={i}
              duplicate={dupes.has(q.number)}
              onText={(t) => changeQuestions(editText(questions, q.id, t))}
              onNumber={(n) => changeQuestions(renumberOne(questions, q.id, n))}
              onAction={(a, cursor) => act(q, a, cursor)}
            />
          ))}
        </ol>
      ) : (
        <ol className="question-list" ref={listRef} onFocus={reuse.onListFocus}>
          {rows.slice(0, stages.limit).map(({ question: q, answer, answerHere }) => (
            <QuestionRow
              key={q.id}
              desk={desk}
              caseId={c.id}
              question={q}
              questions={questions}
              answer={answer}
              answerHere={answerHere}
              active={answer !== null && activeAnswer === answer.id}
              selected={selected.has(q.id)}
              onSelect={onSelect}
              onActivate={onActivate}
              onAnswerChange={onAnswerChange}
              onAnswerSaved={onAnswerSaved}
              onUnlink={onUnlink}
              onStart={onStart}
              findings={(answer && findingsByAnswer.get(answer.id)) || NO_FINDINGS}
              questionFindings={findingsByQuestion.get(q.number) ?? NO_FINDINGS}
              onRedactQuestion={onRedactQuestion}
              answeredBefore={reuse.marks.get(q.id)}
            />
          ))}
        </ol>
      )}
    </section>
    </AnswerBlocksContext.Provider>
  );
}

/** A publication finding about what a question says (its text or label), not about its answer. */
function isAboutQuestionText(f: Finding): boolean {
  return f.questionNumber !== undefined && f.answerId === undefined && f.redaction !== undefined;
}

function groupBy<K>(items: readonly Finding[], key: (f: Finding) => K | undefined): Map<K, Finding[]> {
  const out = new Map<K, Finding[]>();
  for (const f of items) {
    const k = key(f);
    if (k === undefined) continue;
    out.set(k, [...(out.get(k) ?? []), f]);
  }
  return out;
}
