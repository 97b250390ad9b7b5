import type { DeskOutput } from '../../core/api/contract';
import type { CaseFilter } from '../../core/api/contract';
import type { CaseStatus, Regime } from '../../core/model';
import type { OwnerFilter } from '../../core/team/teamContract';
import type { CaseRepository } from './caseRepository';
import { BINNED, caseListCondition, effectiveFilter, hiddenByFilters, type CaseListCondition } from './caseListQuery';
import { teamListCondition } from './team/teamRepository';

/**
 * Why a list came back empty, in counts the window turns into words: "No open cases. 3 sent cases
 * match: Show all". A search looks in every status already (effectiveFilter), so it can only be
 * hidden by the regime, the bin or the team view. Under a team view ("Mine", "Unassigned", "For
 * review") every count is of that view's cases, since its buttons keep the view; what the view
 * itself hides is counted apart, by whose the cases are: "4 open cases belong to others".
 */
export function explainEmptyList(
  cases: CaseRepository,
  input: { filter: CaseFilter; search: string; regime?: Regime | undefined; owner?: OwnerFilter | undefined; forReview?: boolean | undefined; me?: string },
  today: string,
  extraHolidays: readonly string[],
): DeskOutput<'explainEmptyList'> {
  const search = input.search.trim();
  const filter = effectiveFilter(input.filter, search);
  const team = teamListCondition(input.owner, input.forReview, input.me ?? '');
  const inView = (c: CaseListCondition | null) => (c && team ? both(c, team) : c);
  const hidden = hiddenByFilters(filter, today, extraHolidays, input.regime);
  const total = (where: CaseListCondition) => cases.countBy('status', where, search).reduce((n, r) => n + r.n, 0);
  return {
    otherStatuses: hidden.byStatus ? cases.countBy('status', inView(hidden.byStatus)!, search).map((r) => ({ status: r.key as CaseStatus, count: r.n })) : [],
    otherRegimes: hidden.byRegime ? cases.countBy('regime', inView(hidden.byRegime)!, search).map((r) => ({ regime: r.key as Regime, count: r.n })) : [],
    // Only a search says which binned cases it would have found; a filter alone does not look in the bin.
    inBin: search ? total(inView(BINNED)!) : 0,
    ...(team ? { hiddenByTeam: hiddenByTeam(total, both(caseListCondition(filter, today, extraHolidays, input.regime), not(team)), input.me ?? '') } : {}),
  };
}

/** The cases `outside` holds (those the other filters show but the team view hides), by whose they are. */
function hiddenByTeam(total: (where: CaseListCondition) => number, outside: CaseListCondition, me: string): NonNullable<DeskOutput<'explainEmptyList'>['hiddenByTeam']> {
  return {
    mine: total(both(outside, { sql: 'c.owner = ?', params: [me] })),
    others: total(both(outside, { sql: 'c.owner <> ?', params: [me] })),
    unassigned: total(both(outside, { sql: 'c.owner IS NULL', params: [] })),
  };
}

const both = (a: CaseListCondition, b: CaseListCondition): CaseListCondition => ({ sql: `(${a.sql}) AND (${b.sql})`, params: [...a.params, ...b.params] });
// coalesce: a condition that is NULL for a case (no owner, for "Mine") leaves the case out of the view, so it is hidden.
const not = (c: CaseListCondition): CaseListCondition => ({ sql: `NOT coalesce((${c.sql}), 0)`, params: c.params });
