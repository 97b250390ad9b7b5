import type { DeadlineView } from '../../../core/api/contract';
import { isCaseOpen, type Case } from '../../../core/model';
import { daysLeftText, formatUkDate, urgency } from '../ui/dates';

/** The statutory date, any extended date, and the days left in words. */
export function DeadlinePanel({ deadline, c }: { deadline: DeadlineView; c: Case }) {
  const open = isCaseOpen(c);
  const level = urgency(deadline.workingDaysLeft, open);
  return (
    <dl className={`deadline ${level}`} aria-label="Deadline">
      <div>
        <dt>Received</dt>
        <dd>{formatUkDate(deadline.received)}</dd>
      </div>
      {deadline.clockStart !== deadline.received && (
        <div>
          <dt>Clock restarted</dt>
          <dd>{formatUkDate(deadline.clockStart)} (clarification received)</dd>
        </div>
      )}
      {deadline.feePause && (
        <div>
          <dt>Clock stopped for a fee</dt>
          <dd data-testid="fee-pause">
            {deadline.feePause.awaitingFee
              ? `Since ${formatUkDate(deadline.feePause.from)}, fee awaited: the dates below hold if it arrives today`
              : `${formatUkDate(deadline.feePause.from)} to ${formatUkDate(deadline.feePause.to)} (fee received)`}
          </dd>
        </div>
      )}
      {deadline.basis && (
        <div>
          <dt>Time limit</dt>
          <dd data-testid="time-limit-basis">{deadline.basis}</dd>
        </div>
      )}
      <div>
        <dt>{deadline.extendedDue ? 'Refusal notice due' : 'Due'}</dt>
        <dd data-testid="due-date">{formatUkDate(deadline.due)}</dd>
      </div>
      {deadline.extendedDue && (
        <div>
          <dt>Extended response due</dt>
          <dd>{formatUkDate(deadline.extendedDue)}</dd>
        </div>
      )}
      <div>
        <dt>{open ? 'Time left' : 'Sent'}</dt>
        <dd data-testid="days-left" className="days-left">
          {open ? daysLeftText(deadline.workingDaysLeft) : c.sent ? `${formatUkDate(c.sent)} (${deadline.workingDaysLeft >= 0 ? 'on time' : 'late'})` : '—'}
        </dd>
      </div>
    </dl>
  );
}
