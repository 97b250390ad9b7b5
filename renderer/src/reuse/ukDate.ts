import { formatUkDate } from '../../../core/deadlines/ukDateFormat';

/** "14 March 2024": a past date as the reuse panels name it, without the weekday. */
export function ukDate(iso: string): string {
  return formatUkDate(iso).replace(/^\S+ /, '');
}
