import { useRef } from 'react';
import type { Question } from '../../../core/model';

export type QuestionAction = 'merge' | 'split' | 'heading' | 'promote' | 'demote' | 'remove' | 'add';

interface Props {
  question: Question;
  index: number;
  duplicate: boolean;
  onText: (text: string) => void;
  onNumber: (number: string) => void;
  onAction: (action: QuestionAction, cursor?: number) => void;
}

/** One question in "correct the split" mode: every correction is one button or one field. */
export function QuestionEditRow({ question, index, duplicate, onText, onNumber, onAction }: Props) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = `qe-${question.id}`;
  return (
    <li className={`question-edit ${question.heading ? 'is-heading' : ''}`}>
      <div className="question-edit-fields">
        <label className="number-field">
          <span className="visually-hidden">Number of question {index + 1}</span>
          <input value={question.number} size={5} aria-invalid={duplicate ? 'true' : undefined} aria-describedby={duplicate ? `${id}-dup` : undefined} onChange={(e) => onNumber(e.target.value)} />
        </label>
        <label className="text-field">
          <span className="visually-hidden">Text of question {question.number}</span>
          <textarea ref={textRef} rows={2} value={question.text} onChange={(e) => onText(e.target.value)} />
        </label>
      </div>
      {duplicate && <p id={`${id}-dup`} className="field-error">Another question has the number {question.number}.</p>}
      <div className="question-edit-actions" role="group" aria-label={`Correct question ${question.number}`}>
        <button type="button" onClick={() => onAction('merge')} disabled={index === 0}>Merge with previous</button>
        <button type="button" onClick={() => onAction('split', textRef.current?.selectionStart ?? question.text.length)} title="Split at the cursor in the text">Split at cursor</button>
        <button type="button" onClick={() => onAction('heading')} aria-pressed={question.heading}>Section heading</button>
        <button type="button" onClick={() => onAction('demote')} disabled={index === 0}>Demote</button>
        <button type="button" onClick={() => onAction('promote')} disabled={!question.number.includes('.')}>Promote</button>
        <button type="button" onClick={() => onAction('add')}>Add after</button>
        <button type="button" onClick={() => onAction('remove')}>Remove</button>
      </div>
    </li>
  );
}
