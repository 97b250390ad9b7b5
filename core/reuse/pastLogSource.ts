import { monthName } from '../documents/monthName';

/**
 * How an earlier answer from an imported past log is named beside this office's own cases: "from
 * the published log of June 2024". A past log's entries are recorded as sent on the last day of the
 * log's month (electron/services/logImport), so the month of that date is the log's month.
 */
export function pastLogSource(sent: string | null, received: string): string {
  return `from the published log of ${monthName((sent ?? received).slice(0, 7))}`;
}
