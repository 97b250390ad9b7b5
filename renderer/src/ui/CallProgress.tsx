import type { CallProgress as Progress } from '../../../core/api/calls';

/**
 * The progress of a long call, with a Cancel button. A real progressbar (its value read out by
 * screen readers) once counts arrive, and a polite live region that says what is happening, so
 * the officer hears "Reading case 40 of 120" without losing their place.
 */
export function CallProgress({ label, progress, cancelling, onCancel }: { label: string; progress: Progress | null; cancelling: boolean; onCancel: () => void }) {
  const known = progress !== null && progress.total > 0;
  const text = cancelling ? 'Cancelling…' : (progress?.message ?? `${label}…`);
  return (
    <div className="call-progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        {...(known ? { 'aria-valuemax': progress.total, 'aria-valuenow': progress.done, 'aria-valuetext': `${progress.done} of ${progress.total}` } : {})}
        className="call-progress-bar"
      >
        <span style={{ width: known ? `${Math.round((100 * progress.done) / progress.total)}%` : undefined }} className={known ? undefined : 'indeterminate'} />
      </div>
      <span aria-live="polite" className="muted">
        {text}
      </span>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        Cancel
      </button>
    </div>
  );
}
