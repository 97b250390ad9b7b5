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

interface Props {
  cases: CaseSummary[] | null;
  filter: CaseFilter;
  onFilter: (f: CaseFilter) => void;
  search: string;
  onSearch: (s: string) => void;
  selectedId: string | null;
  onOpen: (id: string) => void;
}

/** The sidebar list: most urgent first, with the due date and days left in words beside each case. */
export function CaseList({ cases, filter, onFilter, search, onSearch, selectedId, onOpen }: Props) {
  useShortcut('mod+f', () => document.getElementById('case-search')?.focus());
  return (
    <div className="case-list">
      <label htmlFor="case-search" className="visually-hidden">Search cases</label>
      <input
        id="case-search"
        type="search"
        placeholder="Search reference, title or text"
        value={search}
        onChange={(e) => onSearch(e.target.value)}
        aria-keyshortcuts="Control+F"
      />
      <label htmlFor="case-filter" className="visually-hidden">Show</label>
      <select id="case-filter" value={filter} onChange={(e) => onFilter(e.target.value as CaseFilter)}>
        {FILTERS.map((f) => (
          <option key={f.value} value={f.value}>{f.label}</option>
        ))}
      </select>
      {cases === null ? (
        <p className="muted" role="status">Loading cases…</p>
      ) : cases.length === 0 ? (
        <p className="muted" role="status">{search ? 'No case matches that search.' : 'No cases here yet.'}</p>
      ) : (
        <ul className="cases" aria-label={`${cases.length} case${cases.length === 1 ? '' : 's'}`}>
          {cases.map((c) => {
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
    </div>
  );
}
