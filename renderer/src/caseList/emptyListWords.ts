import type { CaseFilter, DeskOutput } from '../../../core/api/contract';
import { CASE_STATUS_LABELS, REGIME_LABELS, type Regime } from '../../../core/model';
import type { TeamView } from '../team/teamView';

type Explanation = DeskOutput<'explainEmptyList'>;

/** The filters' names as an empty list says them: "No open cases." */
const NONE: Record<CaseFilter, string> = {
  open: 'No open cases.',
  'due-this-week': 'No cases due within 5 days.',
  overdue: 'No overdue cases.',
  'sent-this-month': 'No cases sent this month.',
  all: 'No cases here yet.',
};

export interface EmptyListWords {
  /** What the list is empty of. */
  lead: string;
  /** What a filter hides, and the button that stops it hiding: "3 sent cases match" + "Show all". */
  hidden: { text: string; action: 'show-all' | 'all-regimes' | 'open-bin' | 'everyone'; label: string }[];
}

/** Each filter's cases as a count says them: "4 open cases", "1 case due within 5 days". */
const KIND: Record<CaseFilter, [before: string, after: string]> = {
  open: ['open ', ''],
  'due-this-week': ['', ' due within 5 days'],
  overdue: ['overdue ', ''],
  'sent-this-month': ['', ' sent this month'],
  all: ['', ''],
};
const ofKind = (filter: CaseFilter, n: number) => `${n} ${KIND[filter][0]}case${n === 1 ? '' : 's'}${KIND[filter][1]}`;

/** Where the team view puts its words in the lead: "No open cases of yours.", "No unassigned cases.", "No case waiting for review matches “x”." */
const TEAM_WORDS: Record<Exclude<TeamView, 'everyone'>, { before: string; after: string }> = {
  mine: { before: '', after: ' of yours' },
  unassigned: { before: 'unassigned ', after: '' },
  'for-review': { before: '', after: ' waiting for review' },
};

function teamLead(view: Exclude<TeamView, 'everyone'>, filter: CaseFilter, typed: string, inRegime: string): string {
  const { before, after } = TEAM_WORDS[view];
  if (typed) return `No${inRegime} ${before}case${after} matches “${typed}”.`;
  return `No ${KIND[filter][0]}${before}${inRegime.trim() ? `${inRegime.trim()} ` : ''}cases${after}${KIND[filter][1]}.`;
}

/** What the team view hides, by whose: "4 open cases belong to others and 2 are unassigned". */
function teamHidden(view: Exclude<TeamView, 'everyone'>, filter: CaseFilter, t: NonNullable<Explanation['hiddenByTeam']>): string | null {
  const are = (n: number) => (n === 1 ? 'is' : 'are');
  if (view === 'mine') {
    if (t.others > 0 && t.unassigned > 0) return `${ofKind(filter, t.others)} ${t.others === 1 ? 'belongs to another officer' : 'belong to others'} and ${t.unassigned} ${are(t.unassigned)} unassigned`;
    if (t.others > 0) return `${ofKind(filter, t.others)} ${t.others === 1 ? 'belongs to another officer' : 'belong to others'}`;
    if (t.unassigned > 0) return `${ofKind(filter, t.unassigned)} ${are(t.unassigned)} unassigned`;
    return null;
  }
  if (view === 'unassigned') {
    const owned = t.mine + t.others;
    if (owned === 0) return null;
    return `${ofKind(filter, owned)} ${owned === 1 ? 'has an owner' : 'have owners'}${t.mine > 0 ? ` (${t.mine === owned ? (owned === 1 ? 'yours' : 'all yours') : `${t.mine} yours`})` : ''}`;
  }
  const waiting = t.mine + t.others + t.unassigned;
  return waiting > 0 ? `${ofKind(filter, waiting)} ${are(waiting)} not waiting for review` : null;
}

const cases = (n: number) => `${n} case${n === 1 ? '' : 's'}`;
const match = (n: number) => (n === 1 ? 'matches' : 'match');

/**
 * The words of an empty list: which filter hides what ("No open cases. 3 sent cases match: Show
 * all"), so an officer never concludes a case is gone when a filter is only hiding it. Under a team
 * view the lead says whose ("No cases of yours.") and what the view hides comes first, with the
 * button that shows everyone's: "4 open cases belong to others: Show everyone's".
 */
export function emptyListWords(filter: CaseFilter, search: string, regime: Regime | undefined, why: Explanation | null, team: TeamView = 'everyone'): EmptyListWords {
  const typed = search.trim();
  const inRegime = regime ? ` ${REGIME_LABELS[regime]}` : '';
  const lead =
    team !== 'everyone'
      ? teamLead(team, typed ? 'all' : filter, typed, inRegime)
      : typed
        ? `No${inRegime} case matches “${typed}”.`
        : regime
          ? NONE[filter].replace(/cases/, `${REGIME_LABELS[regime]} cases`)
          : NONE[filter];
  const hidden: EmptyListWords['hidden'] = [];
  if (!why) return { lead, hidden };
  // A search looks in every status, so its counts are of every case: "4 cases belong to others".
  const byTeam = team !== 'everyone' && why.hiddenByTeam ? teamHidden(team, typed ? 'all' : filter, why.hiddenByTeam) : null;
  if (byTeam) hidden.push({ text: byTeam, action: 'everyone', label: "Show everyone's" });
  const byStatus = why.otherStatuses.filter((s) => s.count > 0);
  const statusTotal = byStatus.reduce((n, s) => n + s.count, 0);
  if (byStatus.length === 1) {
    const only = byStatus[0]!;
    hidden.push({ text: `${only.count} ${CASE_STATUS_LABELS[only.status].toLowerCase()} ${only.count === 1 ? 'case' : 'cases'} ${match(only.count)}`, action: 'show-all', label: 'Show all' });
  } else if (byStatus.length > 1) {
    const parts = byStatus.map((s) => `${s.count} ${CASE_STATUS_LABELS[s.status].toLowerCase()}`).join(', ');
    hidden.push({ text: `${cases(statusTotal)} in other lists ${match(statusTotal)} (${parts})`, action: 'show-all', label: 'Show all' });
  }
  const regimeTotal = why.otherRegimes.reduce((n, r) => n + r.count, 0);
  if (regimeTotal > 0) {
    const names = why.otherRegimes.filter((r) => r.count > 0).map((r) => REGIME_LABELS[r.regime]).join(', ');
    hidden.push({ text: `${cases(regimeTotal)} under ${names} ${match(regimeTotal)}`, action: 'all-regimes', label: 'Show every regime' });
  }
  if (why.inBin > 0) hidden.push({ text: `${cases(why.inBin)} in the bin ${match(why.inBin)}`, action: 'open-bin', label: 'Open the bin' });
  return { lead, hidden };
}
