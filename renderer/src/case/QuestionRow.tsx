import { memo, useMemo } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { Answer, Question } from '../../../core/model';
import { AnswerBlock } from './AnswerBlock';
import type { Finding } from '../../../core/checks/finding';
import { FindingList } from '../checks/FindingList';

interface Props {
  desk: DeskApi;
  caseId: string;
  question: Question;
  questions: Question[];
  answer: Answer | null;
  answerHere: boolean;
  active: boolean;
  selected: boolean;
  onSelect: (questionId: string, selected: boolean) => void;
  onActivate: (questionId: string, answerId: string) => void;
  onAnswerChange: (a: Answer, structural: boolean) => void;
  /** Told after each autosave of the answer printed here. */
  onAnswerSaved?: (a: Answer) => void;
  onUnlink: (answerId: string) => void;
  onStart: (questionId: string) => void;
  /** Live findings about the answer printed here. */
  findings: readonly Finding[];
  /** Live findings about the question itself: unanswered, or personal data in its text or label. */
  questionFindings: readonly Finding[];
  /** Redacts a finding's words from the question's text and label. Stable, so rows stay memoised. */
  onRedactQuestion: (f: Finding) => void;
  /** "Answered 14 March 2024 in 5023911": asked before almost word for word (renderer/src/reuse). */
  answeredBefore?: string | undefined;
}

/**
 * One question and, where it is printed, its answer. Memoised with stable handlers so typing in one
 * answer re-renders that answer alone, not the other 199 questions of a long request.
 */
export const QuestionRow = memo(function QuestionRow(p: Props) {
  const q = p.question;
  const covered = useMemo(() => (p.answer ? p.questions.filter((x) => p.answer!.covers.includes(x.id)) : []), [p.answer, p.questions]);
  return (
    <li id={`q-${q.id}`} data-question-id={q.id} className={q.heading ? 'q-heading' : 'q-item'}>
      <div className="q-line">
        {!q.heading && (
          <input type="checkbox" aria-label={`Select question ${q.number} to answer with others`} checked={p.selected} onChange={(e) => p.onSelect(q.id, e.target.checked)} />
        )}
        <span className="q-number">{q.label || q.number}</span>
        {q.heading ? <h3 className="q-text">{q.text}</h3> : <p className="q-text">{q.text}</p>}
      </div>
      {p.answeredBefore && <p className="answered-before-mark">{p.answeredBefore}</p>}
      {/* What is wrong with the question itself shows under it, answered or not: the log prints it too. */}
      <FindingList findings={p.questionFindings} onRedact={p.onRedactQuestion} />
      {!q.heading && p.answer && p.answerHere && (
        <AnswerBlock
          desk={p.desk}
          caseId={p.caseId}
          answer={p.answer}
          covered={covered}
          active={p.active}
          onActivate={() => p.onActivate(q.id, p.answer!.id)}
          onChange={p.onAnswerChange}
          onSaved={p.onAnswerSaved}
          onUnlink={() => p.onUnlink(p.answer!.id)}
          findings={p.findings}
        />
      )}
      {!q.heading && p.answer && !p.answerHere && <p className="answered-with">Answered together with the questions below.</p>}
      {!q.heading && !p.answer && (
        <button type="button" className="start-answer" onClick={() => p.onStart(q.id)}>
          Answer question {q.number}
        </button>
      )}
    </li>
  );
});
