import type { Answer, Case, Disposition } from '../model/case';

/** The case outcome the statistics count, from the answers' dispositions. */
export type CaseOutcome = 'granted-in-full' | 'granted-in-part' | 'refused' | 'not-held' | 'redirected' | 'undecided';

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  'granted-in-full': 'Granted in full',
  'granted-in-part': 'Granted in part',
  refused: 'Refused',
  'not-held': 'Information not held',
  redirected: 'Redirected',
  undecided: 'Not yet decided',
};

export function caseOutcome(c: Pick<Case, 'answers'>): CaseOutcome {
  const own = c.answers.filter((a: Answer) => a.disposition !== 'covered').map((a) => a.disposition);
  if (own.length === 0) return 'undecided';
  const has = (d: Disposition) => own.includes(d);
  const all = (d: Disposition) => own.every((x) => x === d);
  if (all('answered')) return 'granted-in-full';
  if (all('exempt')) return 'refused';
  if (all('not-held')) return 'not-held';
  if (all('redirected')) return 'redirected';
  if (has('answered') || has('partly-answered')) return 'granted-in-part';
  if (has('exempt')) return 'refused';
  return has('not-held') ? 'not-held' : 'redirected';
}
