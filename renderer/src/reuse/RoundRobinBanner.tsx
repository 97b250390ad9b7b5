import type { RoundRobinMatch } from '../../../core/reuse/reuseContract';
import { pastLogSource } from '../../../core/reuse/pastLogSource';
import { ukDate } from './ukDate';

interface Props {
  match: RoundRobinMatch;
  onDraft: () => void;
  onDismiss: () => void;
}

/** "Looks like 5024150 of 3 June 2024: 9 of 10 questions match", with the offer to draft from it. */
export function RoundRobinBanner({ match, onDraft, onDismiss }: Props) {
  return (
    <div className="banner round-robin" role="region" aria-label="Earlier request like this one">
      <p>
        Looks like <strong>{match.ref}</strong> {match.historical ? pastLogSource(match.sent, match.received) : `of ${ukDate(match.sent ?? match.received)}`}: {match.matched} of {match.total} question{match.total === 1 ? '' : 's'} match.
      </p>
      <button type="button" className="primary" onClick={onDraft}>
        Draft from {match.ref}
      </button>
      <button type="button" onClick={onDismiss}>
        Not now
      </button>
    </div>
  );
}
