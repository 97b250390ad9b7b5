import type { CaseFilter } from '../../../core/api/contract';
import { addWorkingDays } from '../../../core/deadlines';
import { REGIMES, type Regime } from '../../../core/model';
import type { OwnerFilter } from '../../../core/team/teamContract';
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

/** Cases not in the bin, and those in it (walks the partial index cases_binned). */
export const PG_LIVE: PgCondition = { sql: 'c.deleted_at IS NULL', params: [] };
export const PG_BINNED: PgCondition = { sql: 'c.deleted_at IS NOT NULL', params: [] };

/** The list's condition: live cases, the status filter, the regime, and the team view when asked. */
export function pgCaseCondition(query: CaseQuery): PgCondition {
  const listed = pgListCondition(query.filter, query.today, query.extraHolidays, query.regime);
  const team = pgTeamCondition(query.owner, query.forReview, query.me ?? '');
  return team ? pgBoth(listed, team) : listed;
}

/** The status filter and regime over live cases (SQLite's caseListCondition). */
export function pgListCondition(filter: CaseFilter, today: string, extraHolidays: readonly string[], regime?: Regime): PgCondition {
  const parts: PgCondition[] = [PG_LIVE, filterCondition(filter, today, extraHolidays)];
  if (regime) parts.push({ sql: 'c.regime = ?', params: [regime] });
  return pgAll(parts);
}

/**
 * The team view (SQLite's teamListCondition, ../team/teamRepository.ts): whose cases (walks
 * cases_by_owner) and the reviewers' queue (in review, not yet approved); null for everyone's.
 */
export function pgTeamCondition(owner: OwnerFilter | undefined, forReview: boolean | undefined, me: string): PgCondition | null {
  const parts: PgCondition[] = [];
  if (owner === 'mine') parts.push({ sql: 'c.owner = ?', params: [me] });
  if (owner === 'unassigned') parts.push({ sql: 'c.owner IS NULL', params: [] });
  if (forReview) parts.push({ sql: "c.status = 'in-review' AND c.approved_at IS NULL", params: [] });
  return parts.length ? pgAll(parts) : null;
}

/**
 * What an empty list leaves out (SQLite's hiddenByFilters, ../caseListQuery.ts): the live cases the
 * status filter hides (in the regime chosen), and those of other regimes (under the same filter).
 */
export function pgHiddenByFilters(filter: CaseFilter, today: string, extraHolidays: readonly string[], regime?: Regime): { byStatus: PgCondition | null; byRegime: PgCondition | null } {
  const status = filterCondition(filter, today, extraHolidays);
  return {
    byStatus: filter === 'all' ? null : pgAll([PG_LIVE, pgNot(status), ...(regime ? [{ sql: 'c.regime = ?', params: [regime] }] : [])]),
    byRegime: regime ? pgAll([PG_LIVE, status, { sql: 'c.regime <> ?', params: [regime] }]) : null,
  };
}

export function pgAll(parts: readonly PgCondition[]): PgCondition {
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}

export const pgBoth = (a: PgCondition, b: PgCondition): PgCondition => pgAll([a, b]);

/** The cases a condition leaves out; coalesce: one that is NULL for a case (no date sent, no owner) leaves it out too. */
export const pgNot = (c: PgCondition): PgCondition => ({ sql: `NOT coalesce((${c.sql}), false)`, params: c.params });

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
