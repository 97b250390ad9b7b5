// Straight from the formatting module: the package index would pull the holiday tables into the first load.
import { formatUkDate, formatUkShort } from '../../../core/deadlines/ukDateFormat';

export { formatUkDate, formatUkShort };

/** "3 working days left", "due today", "2 working days overdue": text, never colour alone. */
export function daysLeftText(days: number): string {
  if (days === 0) return 'due today';
  if (days > 0) return `${days} working day${days === 1 ? '' : 's'} left`;
  return `${-days} working day${days === -1 ? '' : 's'} overdue`;
}

export type Urgency = 'overdue' | 'due-soon' | 'on-track' | 'done';

export function urgency(days: number, open: boolean): Urgency {
  if (!open) return 'done';
  if (days < 0) return 'overdue';
  if (days <= 5) return 'due-soon';
  return 'on-track';
}
