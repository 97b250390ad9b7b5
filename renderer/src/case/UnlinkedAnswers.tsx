import type { DeskApi } from '../../../core/api/contract';
import type { Finding } from '../../../core/checks/finding';
import type { Answer, Question } from '../../../core/model';
import { AnswerBlock } from './AnswerBlock';

interface Props {
  desk: DeskApi;
  caseId: string;
  /** Answers covering no question the case has, with `covers` already emptied (so autosave is accepted). */
  answers: Answer[];
  /** Questions a lost answer may be attached to: those without an answer of their own. */
  open: Question[];
  /** What each answer answered before the last split, where known. */
  lostFor: ReadonlyMap<string, Question[]>;
  activeAnswer: string | null;
  onActivate: (answerId: string) => void;
  onAnswerChange: (a: Answer, structural: boolean) => void;
  onAttach: (answerId: string, questionId: string) => void;
  findingsByAnswer: ReadonlyMap<string, Finding[]>;
}

const NONE: Finding[] = [];

/**
 * Answers attached to no question of the request: always on screen, never lost from view, each with
 * the way to put it back under a question.
 */
export function UnlinkedAnswers({ desk, caseId, answers, open, lostFor, activeAnswer, onActivate, onAnswerChange, onAttach, findingsByAnswer }: Props) {
  if (answers.length === 0) return null;
  return (
    <section id="unlinked-answers" className="unlinked-answers" aria-labelledby="unlinked-heading">
      <h3 id="unlinked-heading">Answers not linked to a question</h3>
      <p className="muted">These answers will not be printed under any question. Attach each to the question it answers.</p>
      <ol className="question-list">
        {answers.map((a, i) => {
          const lost = lostFor.get(a.id);
          const selectId = `attach-${a.id}`;
          return (
            <li key={a.id} className="unlinked-answer">
              {lost && lost.length > 0 && (
                <p className="muted">
                  Before the split it answered question {lost.map((q) => q.number).join(', ')}: “{lost[0]!.text}”
                </p>
              )}
              <div className="attach">
                <label htmlFor={selectId}>Attach to question… <span className="visually-hidden">(unlinked answer {i + 1})</span></label>
                <select id={selectId} value="" onChange={(e) => e.target.value && onAttach(a.id, e.target.value)} disabled={open.length === 0}>
                  <option value="">{open.length ? 'Choose a question' : 'Every question has an answer'}</option>
                  {open.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.number} {shorten(q.text)}
                    </option>
                  ))}
                </select>
              </div>
              <AnswerBlock
                desk={desk}
                caseId={caseId}
                answer={a}
                covered={[]}
                active={activeAnswer === a.id}
                onActivate={() => onActivate(a.id)}
                onChange={onAnswerChange}
                onUnlink={() => undefined}
                findings={findingsByAnswer.get(a.id) ?? NONE}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function shorten(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69).trimEnd()}…` : text;
}
