import { OWNER_FILTER_LABELS, type OwnerFilter } from '../../../core/team/teamContract';

/** The list's "Whose" choice: an owner filter, or the reviewers' queue (in review, not yet approved). */
export type TeamView = OwnerFilter | 'for-review';

export const TEAM_VIEWS: { value: TeamView; label: string }[] = [
  { value: 'everyone', label: OWNER_FILTER_LABELS.everyone },
  { value: 'mine', label: OWNER_FILTER_LABELS.mine },
  { value: 'unassigned', label: OWNER_FILTER_LABELS.unassigned },
  { value: 'for-review', label: 'For review' },
];

/** What listCases is asked for the view: nothing extra for everyone's, so a single officer's list is as before. */
export function teamQuery(view: TeamView): { owner?: OwnerFilter; forReview?: boolean } {
  if (view === 'for-review') return { forReview: true };
  return view === 'everyone' ? {} : { owner: view };
}
