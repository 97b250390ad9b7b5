import { useEffect, useRef, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { INTERNAL_REVIEW_OUTCOME_LABELS, INTERNAL_REVIEW_OUTCOMES, InternalReviewOutcomeSchema, type Case, type InternalReview } from '../../../core/model';
import { errorMessage } from '../desk';
import { DateField } from '../ui/DateField';
import { fieldErrorText } from '../ui/fieldErrorText';

// The fields' labels by the name the service gives them in a refusal ("patch.review.completed: …").
const FIELD_LABELS: Record<string, string> = { requested: 'Review requested', outcome: 'Outcome', completed: 'Review decided' };

interface Props {
  desk: DeskApi;
  c: Case;
  onSaved: (review: Case['review']) => void;
}

/**
 * The requester's internal review of the response: the day it was asked for, then the outcome and the
 * day it was decided. The statistics count reviews and their outcomes from these (core/stats). A review
 * comes after the response, so recording one on a sent case asks for no reason: it changes nothing sent.
 * Closed until a review is recorded, so it costs a line on every other case.
 */
export function InternalReviewPanel({ desk, c, onSaved }: Props) {
  const [error, setError] = useState<string | null>(null);
  // Saves run one after another, each built on what the one before stored (a date left by Tab, then
  // an outcome chosen at once).
  const latest = useRef(c.review);
  useEffect(() => {
    latest.current = c.review;
  }, [c.review]);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  function save(build: (now: InternalReview | undefined) => InternalReview | null): Promise<void> {
    const run = queue.current.then(async () => {
      setError(null);
      const updated = await desk.updateCase({ id: c.id, patch: { review: build(latest.current) } });
      latest.current = updated.review;
      onSaved(updated.review);
    });
    queue.current = run.catch(() => undefined);
    return run;
  }

  const review = c.review;
  const decidedPart = (now: InternalReview | undefined) => ({ outcome: now?.outcome ?? null, completed: now?.completed ?? null });

  return (
    <details className="internal-review-panel" open={review !== undefined}>
      <summary>Internal review</summary>
      {error && <p className="banner error" role="alert">{error}</p>}
      <div className="field-row">
        <DateField
          id="case-review-requested"
          label="Review requested"
          value={review?.requested ?? null}
          onCommit={(requested) =>
            save((now) => {
              if (requested) return { ...decidedPart(now), requested };
              // Clearing the date takes away a review recorded in error, but never an outcome with it.
              if (now?.outcome || now?.completed) throw new Error('Review requested is needed while the review has an outcome: set the outcome to "Not decided yet" and clear the date decided first.');
              return null;
            })
          }
        />
        {review && (
          <>
            <div className="field">
              <label htmlFor="case-review-outcome">Outcome</label>
              <select
                id="case-review-outcome"
                value={review.outcome ?? ''}
                onChange={(e) => {
                  const outcome = e.target.value === '' ? null : InternalReviewOutcomeSchema.parse(e.target.value);
                  save((now) => ({ requested: now?.requested ?? review.requested, completed: now?.completed ?? null, outcome })).catch((err) =>
                    setError(fieldErrorText(errorMessage(err), (path) => FIELD_LABELS[path])),
                  );
                }}
              >
                <option value="">Not decided yet</option>
                {INTERNAL_REVIEW_OUTCOMES.map((o) => (
                  <option key={o} value={o}>{INTERNAL_REVIEW_OUTCOME_LABELS[o]}</option>
                ))}
              </select>
            </div>
            <DateField
              id="case-review-completed"
              label="Review decided"
              value={review.completed}
              onCommit={(completed) => save((now) => ({ requested: now?.requested ?? review.requested, outcome: now?.outcome ?? null, completed }))}
            />
          </>
        )}
      </div>
    </details>
  );
}
