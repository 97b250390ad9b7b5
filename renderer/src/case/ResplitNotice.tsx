import { forwardRef } from 'react';
import type { UnmatchedAnswer } from '../../../core/drafting/resplit';

export interface ResplitReport {
  questions: number;
  kept: number;
  unmatched: UnmatchedAnswer[];
  partlyMatched: UnmatchedAnswer[];
}

interface Props {
  report: ResplitReport;
  onUndo: () => void;
  onDismiss: () => void;
  busy: boolean;
}

/**
 * What a fresh split did to the answers, said once, with the way back. Focus comes here after the
 * split, so a screen reader hears the outcome and Tab reaches Undo next.
 */
export const ResplitNotice = forwardRef<HTMLDivElement, Props>(function ResplitNotice({ report, onUndo, onDismiss, busy }, ref) {
  return (
    <div ref={ref} className="banner resplit-notice" role="region" aria-label="The request was split again" aria-describedby="resplit-summary" tabIndex={-1}>
      <div>
        <p id="resplit-summary" className="resplit-summary">{summaryOf(report)}</p>
        {report.unmatched.length > 0 && (
          <p>
            {report.unmatched.length === 1 ? 'It is' : 'They are'} kept below, under “Answers not linked to a question”, where you can attach{' '}
            {report.unmatched.length === 1 ? 'it' : 'each'} to a question of the new split.
          </p>
        )}
        {report.partlyMatched.map(({ answer, lost }) => (
          <p key={answer.id}>
            A shared answer lost {lost.length === 1 ? 'question' : 'questions'} {lost.map((q) => q.number).join(', ')}, which the new split does not have.
          </p>
        ))}
      </div>
      <div className="resplit-actions">
        <button type="button" onClick={onUndo} disabled={busy}>Undo split</button>
        <button type="button" className="link-button" onClick={onDismiss}>Dismiss</button>
      </div>
    </div>
  );
});

/** "Kept 9 answers on their questions; 1 answer could not be matched." */
export function summaryOf({ questions, kept, unmatched }: Pick<ResplitReport, 'questions' | 'kept' | 'unmatched'>): string {
  if (kept === 0 && unmatched.length === 0) return `Split the request again into ${questions} question${questions === 1 ? '' : 's'}. There were no answers to carry over.`;
  const keptText = kept === 1 ? 'Kept 1 answer on its question' : `Kept ${kept} answers on their questions`;
  if (unmatched.length === 0) return `${keptText}.`;
  return `${keptText}; ${unmatched.length} answer${unmatched.length === 1 ? '' : 's'} could not be matched.`;
}
