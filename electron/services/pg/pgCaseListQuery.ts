import type { CaseFilter } from '../../../core/api/contract';
import { addWorkingDays } from '../../../core/deadlines';
import { REGIMES, type Regime } from '../../../core/model';
import { lastWorkingDayOnOrBefore } from '../caseListQuery';
import { monthRange } from '../caseRepository';
import type { CaseQuery } from '../store/caseStore';

/**
 * The case list's filters in PostgreSQL's SQL, over the stored due date, with the same date ranges
 * as SQLite's (../caseListQuery.ts, which explains them); the store contract suite holds the two
 * to the same answers. Parameters are written `?` and numbered when the query runs (numbered, below).
 * Conditions name the cases table `c`.
 */
export interface PgCondition {
  sql: string;
  params: (string | number | boolean | null)[];
}

export function pgCaseCondition(query: CaseQuery): PgCondition {
  const parts: PgCondition[] = [{ sql: 'c.deleted_at IS NULL', params: [] }, filterCondition(query.filter, query.today, query.extraHolidays)];
  if (query.regime) parts.push({ sql: 'c.regime = ?', params: [query.regime] });
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}

function filterCondition(filter: CaseFilter, today: string, extraHolidays: readonly string[]): PgCondition {
  switch (filter) {
    case 'all':
      return { sql: 'true', params: [] };
    case 'open':
      return { sql: 'c.is_open', params: [] };
    case 'sent-this-month': {
      // A half-open range: a date column cannot be compared with a day 31 that the month lacks.
      const { first, next } = monthRange(today.slice(0, 7));
      return { sql: 'c.sent >= ?::date AND c.sent < ?::date', params: [first, next] };
    }
    case 'overdue':
      return perRegime((r) => ({ sql: 'c.due < ?::date', params: [lastWorkingDayOnOrBefore(today, r, extraHolidays)] }));
    case 'due-this-week':
      return perRegime((r) => ({ sql: 'c.due >= ?::date AND c.due < ?::date', params: [lastWorkingDayOnOrBefore(today, r, extraHolidays), addWorkingDays(today, 6, r, extraHolidays)] }));
  }
}

function perRegime(range: (r: Regime) => PgCondition): PgCondition {
  const each = REGIMES.map((r) => ({ r, ...range(r) }));
  return {
    sql: `c.is_open AND (${each.map((e) => `(c.regime = ? AND ${e.sql})`).join(' OR ')})`,
    params: each.flatMap((e) => [e.r, ...e.params]),
  };
}

/** `?` placeholders numbered as PostgreSQL wants them ($1, $2...). Only for SQL written here, which never holds a `?` of its own. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
