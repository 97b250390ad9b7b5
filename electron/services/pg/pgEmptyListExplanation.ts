import type { DeskOutput } from '../../../core/api/contract';
import type { CaseStatus, Regime } from '../../../core/model';
import { effectiveFilter } from '../caseListQuery';
import type { EmptyListQuery } from '../store/caseStore';
import { PG_BINNED, pgBoth, pgHiddenByFilters, pgListCondition, pgNot, pgTeamCondition, type PgCondition } from './pgCaseListQuery';

/**
 * Why a list came back empty, on the team workspace: the same counts, worked out the same way, as
 * SQLite's explainEmptyList (../emptyListExplanation.ts, which explains each). Only the conditions
 * differ, written in PostgreSQL's SQL (./pgCaseListQuery.ts); the store contract suite holds the two
 * to the same answers.
 */
export type PgCountBy = (column: 'status' | 'regime', where: PgCondition, search: string) => Promise<{ key: string; n: number }[]>;

export async function pgExplainEmptyList(countBy: PgCountBy, query: EmptyListQuery): Promise<DeskOutput<'explainEmptyList'>> {
  const search = query.search.trim();
  const filter = effectiveFilter(query.filter, search);
  const me = query.me ?? '';
  const team = pgTeamCondition(query.owner, query.forReview, me);
  const inView = (c: PgCondition) => (team ? pgBoth(c, team) : c);
  const hidden = pgHiddenByFilters(filter, query.today, query.extraHolidays, query.regime);
  const total = async (where: PgCondition) => (await countBy('status', where, search)).reduce((n, r) => n + r.n, 0);
  const out: DeskOutput<'explainEmptyList'> = {
    otherStatuses: hidden.byStatus ? (await countBy('status', inView(hidden.byStatus), search)).map((r) => ({ status: r.key as CaseStatus, count: r.n })) : [],
    otherRegimes: hidden.byRegime ? (await countBy('regime', inView(hidden.byRegime), search)).map((r) => ({ regime: r.key as Regime, count: r.n })) : [],
    // Only a search says which binned cases it would have found; a filter alone does not look in the bin.
    inBin: search ? await total(inView(PG_BINNED)) : 0,
  };
  if (!team) return out;
  // The cases the other filters show but the team view hides, by whose they are.
  const outside = pgBoth(pgListCondition(filter, query.today, query.extraHolidays, query.regime), pgNot(team));
  return {
    ...out,
    hiddenByTeam: {
      mine: await total(pgBoth(outside, { sql: 'c.owner = ?', params: [me] })),
      others: await total(pgBoth(outside, { sql: 'c.owner <> ?', params: [me] })),
      unassigned: await total(pgBoth(outside, { sql: 'c.owner IS NULL', params: [] })),
    },
  };
}
