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
import { ChecksSummary } from '../checks/ChecksSummary';
import { errorMessage } from '../desk';
import { saveStateText, useDebouncedSave } from '../ui/useDebouncedSave';
import { useShortcut } from '../ui/useShortcut';
import { QuestionRow } from './QuestionRow';
import { QuestionEditRow, type QuestionAction } from './QuestionEditRow';
import { joinAnswers, unlinkAnswer } from '../../../core/drafting/answerLinks';

interface Props {
  desk: DeskApi;
  c: Case;
  requestText: string;
  onCaseChanged: () => void;
  /** What the live checks need besides the case; null until loaded. */
  checkContext: { organisation: Organisation; extraHolidays: string[] } | null;
  /** Told of each structural change to the answers (their outcomes feed the case outcome). */
  onAnswersChanged?: (answers: Answer[]) => void;
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
export function QuestionsPanel({ desk, c, requestText, onCaseChanged, checkContext, onAnswersChanged }: Props) {
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
  const changeQuestions = (qs: Question[]) => {
    setQuestions(qs);
    saveQuestions.schedule(qs);
  };

  const rows = useMemo(() => slots(questions, answers), [questions, answers]);
  const dupes = useMemo(() => duplicateNumbers(questions), [questions]);
  const answerable = rows.filter((r) => !r.question.heading);

  // Back where the officer was: the question last worked on in this case.
  useEffect(() => {
    const last = localStorage.getItem(positionKey(c.id));
    if (last) document.getElementById(`q-${last}`)?.scrollIntoView({ block: 'center' });
  }, [c.id]);

  function runSplit() {
    if (questions.length > 0 && !window.confirm('Replace the current questions with a fresh split of the request? Answers to questions that disappear are kept but unlinked.')) return;
    const split = splitRequest(requestText).map((s) => ({ id: newId(), number: s.number, label: s.label, text: s.text, heading: s.heading }));
    changeQuestions(split);
    setEditing(true);
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

  async function persistAnswers(next: Answer[], removed: string[]) {
    latest.current.clear();
    setAnswers(next);
    try {
      // One call, one transaction: a failure part-way cannot leave a question answered twice.
      await desk.replaceAnswers({ caseId: c.id, answers: next, removed });
      onCaseChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function startAnswer(q: Question) {
    const a: Answer = { id: newId(), covers: [q.id], doc: emptyDoc(), disposition: 'answered', exemptions: [], redirectTo: '' };
    setAnswers((prev) => [...prev, a]);
    setActiveAnswer(a.id);
    try {
      await desk.saveAnswer({ caseId: c.id, answer: a });
    } catch (err) {
      setError(errorMessage(err));
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

  const onAnswerChange = useCallback((a: Answer, structural: boolean) => {
    latest.current.set(a.id, a);
    if (structural) setAnswers((prev) => prev.map((x) => (x.id === a.id ? a : x)));
    else scheduleChecksRef.current();
  }, []);

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
  const findingsByQuestion = useMemo(() => groupBy((findings ?? []).filter((f) => !f.answerId), (f) => f.questionNumber), [findings]);

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
    localStorage.setItem(positionKey(c.id), row.question.id);
    const el = document.getElementById(`q-${row.question.id}`);
    el?.scrollIntoView({ block: 'center' });
    const target = row.answer ? document.querySelector<HTMLElement>(`[data-answer-id="${row.answer.id}"] .answer-preview, [data-answer-id="${row.answer.id}"] [contenteditable]`) : el?.querySelector<HTMLElement>('.start-answer');
    (target ?? el)?.focus();
  }

  function goToFinding(f: Finding) {
    const i = answerable.findIndex((r) => (f.answerId ? r.answer?.id === f.answerId && r.answerHere : r.question.number === f.questionNumber));
    if (i >= 0) focusQuestion(i);
  }

  const currentIndex = () => {
    const el = document.activeElement?.closest('[data-question-id]');
    const id = el?.getAttribute('data-question-id');
    return answerable.findIndex((r) => r.question.id === id);
  };

  useShortcut('alt+arrowdown', () => focusQuestion(currentIndex() + 1), !editing);
  useShortcut('alt+arrowup', () => focusQuestion(Math.max(0, currentIndex() - 1)), !editing);
  useShortcut('mod+g', () => setGoTo(''), !editing);

  return (
    <section className="questions" aria-labelledby="questions-heading">
      <div className="questions-bar">
        <h2 id="questions-heading">Questions and answers</h2>
        <button type="button" onClick={runSplit} disabled={!requestText.trim()}>
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
      {questions.length > 0 && !editing && <ChecksSummary findings={findings} onGoTo={goToFinding} />}
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
        <ol className="question-list" ref={listRef}>
          {rows.map(({ question: q, answer, answerHere }) => (
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
              onUnlink={onUnlink}
              onStart={onStart}
              findings={(answer && findingsByAnswer.get(answer.id)) || NO_FINDINGS}
              questionFindings={findingsByQuestion.get(q.number) ?? NO_FINDINGS}
              onRedactQuestion={onRedactQuestion}
            />
          ))}
        </ol>
      )}
    </section>
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
