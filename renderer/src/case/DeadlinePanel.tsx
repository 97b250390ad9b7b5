import type { DeadlineView } from '../../../core/api/contract';
import type { Case } from '../../../core/model';
import { daysLeftText, formatUkDate, urgency } from '../ui/dates';

/** The statutory date, any extended date, and the days left in words. */
export function DeadlinePanel({ deadline, c }: { deadline: DeadlineView; c: Case }) {
  const open = c.status !== 'sent' && c.status !== 'closed';
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
