import type { CaseFilter } from '../../core/api/contract';
import { addWorkingDays, workingDaysBetween } from '../../core/deadlines';
import { REGIMES, type Regime } from '../../core/model';

/**
 * The case list's filters as SQL over the stored deadline (cases.due), so the list never computes a
 * deadline it does not show. "Working days left" depends on today and the regime's calendar, so each
 * filter becomes a date range per regime, worked out once per call:
 *   overdue        working days left < 0   <=> due < the last working day on or before today
 *   due this week  0 <= days left <= 5     <=> that day <= due < the 6th working day after today
 * (workingDaysBetween counts the working days after one date up to and including the other.)
 * Conditions name the cases table as `c`.
 */
export interface CaseListCondition {
  sql: string;
  params: (string | number)[];
}

export function caseListCondition(filter: CaseFilter, today: string, extraHolidays: readonly string[], regime?: Regime): CaseListCondition {
  const parts: CaseListCondition[] = [LIVE, filterCondition(filter, today, extraHolidays)];
  if (regime) parts.push({ sql: 'c.regime = ?', params: [regime] });
  return all(parts);
}

/** Cases not in the bin: the list, search, log and checks see only these. */
export const LIVE: CaseListCondition = { sql: 'c.deleted_at IS NULL', params: [] };
/** Cases in the bin (walks the partial index cases_binned). */
export const BINNED: CaseListCondition = { sql: 'c.deleted_at IS NOT NULL', params: [] };

/**
 * The status filter a list really applies: a search looks in every case whatever the filter, so the
 * case the officer is looking for ("Jo rang about her request") is never hidden by it.
 */
export function effectiveFilter(filter: CaseFilter, search: string): CaseFilter {
  return search.trim() ? 'all' : filter;
}

/**
 * What an empty list leaves out, as conditions to count: the live cases the status filter hides (in
 * the regime chosen), and those of other regimes the regime hides (under the same status filter).
 */
export function hiddenByFilters(filter: CaseFilter, today: string, extraHolidays: readonly string[], regime?: Regime): { byStatus: CaseListCondition | null; byRegime: CaseListCondition | null } {
  const status = filterCondition(filter, today, extraHolidays);
  return {
    // coalesce: a condition that is NULL for a case (no date sent) leaves it out of the filter, so it is hidden.
    byStatus: filter === 'all' ? null : all([LIVE, { sql: `NOT coalesce((${status.sql}), 0)`, params: status.params }, ...(regime ? [{ sql: 'c.regime = ?', params: [regime] }] : [])]),
    byRegime: regime ? all([LIVE, status, { sql: 'c.regime <> ?', params: [regime] }]) : null,
  };
}

function all(parts: readonly CaseListCondition[]): CaseListCondition {
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}

function filterCondition(filter: CaseFilter, today: string, extraHolidays: readonly string[]): CaseListCondition {
  switch (filter) {
    case 'all':
      return { sql: '1', params: [] };
    case 'open':
      return { sql: 'c.is_open = 1', params: [] };
    case 'sent-this-month': {
      const month = today.slice(0, 7);
      return { sql: 'c.sent >= ? AND c.sent <= ?', params: [`${month}-01`, `${month}-31`] };
    }
    case 'overdue':
      return perRegime((r) => ({ sql: 'c.due < ?', params: [lastWorkingDayOnOrBefore(today, r, extraHolidays)] }));
    case 'due-this-week':
      return perRegime((r) => ({ sql: 'c.due >= ? AND c.due < ?', params: [lastWorkingDayOnOrBefore(today, r, extraHolidays), addWorkingDays(today, 6, r, extraHolidays)] }));
  }
}

function perRegime(range: (r: Regime) => CaseListCondition): CaseListCondition {
  const each = REGIMES.map((r) => ({ r, ...range(r) }));
  return {
    sql: `c.is_open = 1 AND (${each.map((e) => `(c.regime = ? AND ${e.sql})`).join(' OR ')})`,
    params: each.flatMap((e) => [e.r, ...e.params]),
  };
}

export function lastWorkingDayOnOrBefore(today: string, regime: Regime, extraHolidays: readonly string[]): string {
  let day = today;
  // A run of non-working days is at most a long weekend with holidays: a fortnight is ample.
  for (let i = 0; i < 14; i++) {
    const before = shiftDays(day, -1);
    if (workingDaysBetween(before, day, regime, extraHolidays) === 1) return day;
    day = before;
  }
  return day;
}

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
