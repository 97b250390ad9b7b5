import { useEffect, useRef, useState } from 'react';
import type { CaseFilter } from '../../../core/api/contract';
import { CASE_STATUS_LABELS, REGIME_LABELS, isCaseOpen, type CaseSummary } from '../../../core/model';
import { daysLeftText, formatUkShort, urgency } from '../ui/dates';
import { useShortcut } from '../ui/useShortcut';

const FILTERS: { value: CaseFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'due-this-week', label: 'Due within 5 days' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'sent-this-month', label: 'Sent this month' },
  { value: 'all', label: 'All cases' },
];

/** Cases shown at first and added by "Show more": a page the store reads in milliseconds at any size. */
export const CASE_LIST_PAGE = 100;

/** Typing pauses this long before the list is asked again: one query per word, not per keystroke. */
export const SEARCH_DEBOUNCE_MS = 150;

interface Props {
  /** Up to `limit` + 1 cases: one beyond the page says there are more. */
  cases: CaseSummary[] | null;
  limit: number;
  onShowMore: () => void;
  filter: CaseFilter;
  onFilter: (f: CaseFilter) => void;
  search: string;
  onSearch: (s: string) => void;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** The sidebar list: most urgent first, with the due date and days left in words beside each case. */
export function CaseList({ cases, limit, onShowMore, filter, onFilter, search, onSearch, selectedId, onOpen }: Props) {
  useShortcut('mod+f', () => document.getElementById('case-search')?.focus());
  const [typed, setTyped] = useState(search);
  const sent = useRef(search);
  // The box shows every keystroke at once; the search goes out when typing pauses.
  useEffect(() => {
    if (typed === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = typed;
      onSearch(typed);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed, onSearch]);
  // A search set from outside (cleared after creating a case, say) shows in the box.
  useEffect(() => {
    if (search !== sent.current) {
      sent.current = search;
      setTyped(search);
    }
  }, [search]);
  const shown = cases?.slice(0, limit) ?? null;
  return (
    <div className="case-list">
      <label htmlFor="case-search" className="visually-hidden">Search cases</label>
      <input
        id="case-search"
        type="search"
        placeholder="Search reference, title or text"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        aria-keyshortcuts="Control+F"
      />
      <label htmlFor="case-filter" className="visually-hidden">Show</label>
      <select id="case-filter" value={filter} onChange={(e) => onFilter(e.target.value as CaseFilter)}>
        {FILTERS.map((f) => (
          <option key={f.value} value={f.value}>{f.label}</option>
        ))}
      </select>
      {shown === null ? (
        <p className="muted" role="status">Loading cases…</p>
      ) : shown.length === 0 ? (
        <p className="muted" role="status">{search ? 'No case matches that search.' : 'No cases here yet.'}</p>
      ) : (
        <ul className="cases" aria-label={`${shown.length}${cases!.length > limit ? '+' : ''} case${shown.length === 1 ? '' : 's'}`}>
          {shown.map((c) => {
            const open = isCaseOpen(c);
            const level = urgency(c.workingDaysLeft, open);
            return (
              <li key={c.id}>
                <button
                  type="button"
                  className={`case-item ${level}`}
                  aria-current={c.id === selectedId ? 'true' : undefined}
                  onClick={() => onOpen(c.id)}
                >
                  <span className="case-ref">{c.ref}</span>
                  <span className="case-title">{c.title}</span>
                  <span className="case-meta">
                    {REGIME_LABELS[c.regime]} · {CASE_STATUS_LABELS[c.status]}
                    {c.questionCount > 0 && ` · ${c.answeredCount}/${c.questionCount} answered`}
                  </span>
                  <span className={`case-due ${level}`}>
                    {open ? `Due ${formatUkShort(c.due)}: ${daysLeftText(c.workingDaysLeft)}` : `Sent ${c.sent ? formatUkShort(c.sent) : ''}`}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {cases && cases.length > limit && (
        <button type="button" className="case-list-more" onClick={onShowMore}>
          Show more cases
        </button>
      )}
    </div>
  );
}
