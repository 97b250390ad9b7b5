import { useEffect, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { EarlierAnswer } from '../../../core/reuse/reuseContract';
import { DISPOSITION_LABELS, type Answer, type Question } from '../../../core/model';
import { errorMessage } from '../desk';
import { pastLogSource } from '../../../core/reuse/pastLogSource';
import { ukDate } from './ukDate';

interface Props {
  desk: DeskApi;
  caseId: string;
  /** The question the officer is on. */
  question: Question;
  onInsert: (questionId: string, earlier: Answer) => Promise<void>;
  onOpenCase?: (caseId: string) => void;
}

/** The officer moves through questions quickly: ask only once they stay on one. */
const DELAY_MS = 250;
const ANSWER_PREVIEW_CHARS = 600;

/**
 * Beside the questions: the closest earlier questions from other cases to the one in focus, each
 * with the answer given, its date, reference and outcome; an entry of an imported past log is named
 * as such ("from the published log of June 2024"), never passed off as this office's own case. Insert puts that answer, clauses and their
 * values as they were, into this question's answer; Open goes to the earlier case.
 */
export function AnsweredBeforePanel({ desk, caseId, question, onInsert, onOpenCase }: Props) {
  const [matches, setMatches] = useState<EarlierAnswer[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [inserted, setInserted] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setMatches(null);
    setError(null);
    setInserted(null);
    const timer = setTimeout(() => {
      desk.answeredBefore({ caseId, questionId: question.id, limit: 5 }).then(
        (r) => live && setMatches(r.matches),
        (err) => live && setError(errorMessage(err)),
      );
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [desk, caseId, question.id, question.text]);

  return (
    <section className="answered-before" aria-labelledby="answered-before-heading">
      <h2 id="answered-before-heading">Answered before</h2>
      <p className="muted answered-before-for">
        Like question {question.number}: {question.text.length > 140 ? `${question.text.slice(0, 140)}…` : question.text}
      </p>
      {error && <p className="banner error" role="alert">{error}</p>}
      <div role="status" aria-live="polite" className="answered-before-status">
        {matches === null && !error ? 'Looking for earlier answers…' : matches?.length === 0 ? 'No earlier question like this one.' : inserted ? `Inserted the answer from ${inserted}.` : ''}
      </div>
      {matches && matches.length > 0 && (
        <ol className="earlier-answers">
          {matches.map((m) => {
            const id = `earlier-${m.caseId}-${m.questionId}`;
            return (
              <li key={`${m.caseId}-${m.questionId}`} aria-labelledby={`${id}-title`}>
                <p className="earlier-title" id={`${id}-title`}>
                  <strong>{m.ref}</strong>, question {m.questionNumber} ·{' '}
                  {m.historical ? <span className="past-log">{pastLogSource(m.sent, m.received)}</span> : m.sent ? ukDate(m.sent) : `received ${ukDate(m.received)}, not yet sent`} · {DISPOSITION_LABELS[m.answer.disposition]}
                  {m.answer.exemptions.length > 0 && ` (${m.answer.exemptions.join(', ')})`}
                  {m.same && <span className="same-question"> · almost word for word</span>}
                </p>
                <p className="earlier-question">{m.question}</p>
                <p className="earlier-answer">{m.answerText.length > ANSWER_PREVIEW_CHARS ? `${m.answerText.slice(0, ANSWER_PREVIEW_CHARS)}…` : m.answerText}</p>
                <div className="earlier-actions">
                  <button
                    type="button"
                    aria-describedby={`${id}-title`}
                    onClick={() =>
                      void onInsert(question.id, m.answer).then(
                        () => setInserted(m.ref),
                        (err: unknown) => setError(errorMessage(err)),
                      )
                    }
                  >
                    Insert this answer
                  </button>
                  {onOpenCase && (
                    <button type="button" onClick={() => onOpenCase(m.caseId)}>
                      Open {m.ref}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
