import type { ReviewComment } from '../../../core/model';
import { formatUkDate } from '../../../core/deadlines/ukDateFormat';

/** A reviewer's comment on an answer (core/team), shown on it until the officer marks it dealt with. */
export function ReviewCommentNote({ comment, onResolve }: { comment: ReviewComment; onResolve: () => void }) {
  return (
    <aside className="review-comment" aria-label={`Reviewer's comment from ${comment.by}`}>
      <p>
        <strong>Returned by {comment.by}</strong> on {formatUkDate(comment.at.slice(0, 10))}: {comment.text}
      </p>
      <button type="button" className="link-button" onClick={onResolve}>Mark as dealt with</button>
    </aside>
  );
}
