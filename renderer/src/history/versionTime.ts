import { formatUkDate } from '../../../core/deadlines/ukDateFormat';

/**
 * "3 June 2024, 10:15" in UK time for a stored ISO timestamp (UTC). The day and month are spelled
 * out by core, as in letters; the clock time is the UK's, summer time included, whatever the
 * machine's own zone.
 */
export function formatVersionTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${formatUkDay(`${parts['year']}-${parts['month']}-${parts['day']}`)}, ${parts['hour']}:${parts['minute']}`;
}

/** "3 June 2024": a UK date without its weekday. */
export function formatUkDay(date: string): string {
  return formatUkDate(date).replace(/^\S+ /, '');
}
