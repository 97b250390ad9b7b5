import { useEffect, useRef, useState } from 'react';
import type { CaseFilter, DeskApi, DeskOutput } from '../../../core/api/contract';
import { CASE_STATUS_LABELS, REGIME_LABELS, isCaseOpen, todayInUk, type Case, type CaseSummary } from '../../../core/model';
import { daysLeftText, formatUkShort, urgency } from '../ui/dates';
import { useShortcut } from '../ui/useShortcut';
import { BinList } from './BinList';
import { emptyListWords } from './emptyListWords';
import { TEAM_VIEWS, teamQuery, type TeamView } from '../team/teamView';

const FILTERS: { value: CaseFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'due-this-week', label: 'Due within 5 days' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'sent-this-month', label: 'Sent this month' },
  { value: 'all', label: 'All cases' },
];
/** The bin is chosen like a filter, but lists deleted cases with Restore instead of the case list. */
const BIN = 'bin';

/** Cases shown at first and added by "Show more": a page the store reads in milliseconds at any size. */
export const CASE_LIST_PAGE = 100;

/** Typing pauses this long before the list is asked again: one query per word, not per keystroke. */
export const SEARCH_DEBOUNCE_MS = 150;

interface Props {
  desk: DeskApi;
  /** Up to `limit` + 1 cases: one beyond the page says there are more. */
  cases: CaseSummary[] | null;
  limit: number;
  onShowMore: () => void;
  filter: CaseFilter;
  onFilter: (f: CaseFilter) => void;
  /** Whose cases, or the reviewers' queue (core/team); absent: everyone's, with no choice shown. */
  team?: TeamView;
  onTeam?: (t: TeamView) => void;
  search: string;
  onSearch: (s: string) => void;
  selectedId: string | null;
  onOpen: (id: string) => void;
  /** A case came back from the bin: the list is to be read again. */
  onCasesChanged: () => void;
}

type Outside = Pick<Case, 'id' | 'ref' | 'title' | 'status' | 'sent'>;

/** The sidebar list: most urgent first, with the due date and days left in words beside each case. */
export function CaseList({ desk, cases, limit, onShowMore, filter, onFilter, team, onTeam, search, onSearch, selectedId, onOpen, onCasesChanged }: Props) {
  useShortcut('mod+f', () => document.getElementById('case-search')?.focus());
  const [typed, setTyped] = useState(search);
  const [binOpen, setBinOpen] = useState(false);
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
  const why = useEmptyListExplanation(desk, cases, filter, search, team ?? 'everyone');
  const outside = useOpenCaseOutside(desk, cases, limit, selectedId, search);
  const filterLabel = FILTERS.find((f) => f.value === filter)?.label ?? '';

  function showAll() {
    setBinOpen(false);
    onFilter('all');
  }

  return (
    <div className="case-list">
      <label htmlFor="case-search" className="visually-hidden">Search cases</label>
      <input
        id="case-search"
        type="search"
        placeholder="Search reference, title, text or requester"
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setBinOpen(false);
        }}
        aria-keyshortcuts="Control+F"
        aria-describedby={search.trim() ? 'case-search-scope' : undefined}
      />
      <label htmlFor="case-filter" className="visually-hidden">Show</label>
      <select
        id="case-filter"
        value={binOpen ? BIN : filter}
        onChange={(e) => {
          if (e.target.value === BIN) return setBinOpen(true);
          setBinOpen(false);
          onFilter(e.target.value as CaseFilter);
        }}
      >
        {FILTERS.map((f) => (
          <option key={f.value} value={f.value}>{f.label}</option>
        ))}
        <option value={BIN}>Bin (deleted cases)</option>
      </select>
      {onTeam && (
        <>
          <label htmlFor="case-team" className="visually-hidden">Whose cases</label>
          <select id="case-team" value={team ?? 'everyone'} onChange={(e) => onTeam(TEAM_VIEWS.find((v) => v.value === e.target.value)?.value ?? 'everyone')}>
            {TEAM_VIEWS.map((v) => (
              <option key={v.value} value={v.value}>{v.label}</option>
            ))}
          </select>
        </>
      )}
      {binOpen ? (
        <BinList desk={desk} onRestored={onCasesChanged} onOpen={onOpen} />
      ) : (
        <>
          {/* A search looks in every case: the filter is set aside, and says so. */}
          {search.trim() && filter !== 'all' && (
            <p id="case-search-scope" className="hint">Searching all cases, not only “{filterLabel}”.</p>
          )}
          {outside && <OpenCaseOutside c={outside} filterLabel={filterLabel} onOpen={onOpen} onShowAll={showAll} />}
          {shown === null ? (
            <p className="muted" role="status">Loading cases…</p>
          ) : shown.length === 0 ? (
            <EmptyList filter={filter} search={search} why={why} team={team ?? 'everyone'} onShowAll={showAll} onOpenBin={() => setBinOpen(true)} onEveryone={() => onTeam?.('everyone')} />
          ) : (
            <ul className="cases" aria-label={`${shown.length}${cases!.length > limit ? '+' : ''} case${shown.length === 1 ? '' : 's'}`}>
              {shown.map((c) => (
                <li key={c.id}>
                  <CaseRow c={c} current={c.id === selectedId} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          )}
          {cases && cases.length > limit && (
            <button type="button" className="case-list-more" onClick={onShowMore}>
              Show more cases
            </button>
          )}
        </>
      )}
    </div>
  );
}

function CaseRow({ c, current, onOpen }: { c: CaseSummary; current: boolean; onOpen: (id: string) => void }) {
  const open = isCaseOpen(c);
  const level = urgency(c.workingDaysLeft, open);
  return (
    <button type="button" className={`case-item ${level}`} aria-current={current ? 'true' : undefined} onClick={() => onOpen(c.id)}>
      <span className="case-ref">{c.ref}</span>
      <span className="case-title">{c.title}</span>
      <span className="case-meta">
        {REGIME_LABELS[c.regime]} · {CASE_STATUS_LABELS[c.status]}
        {c.questionCount > 0 && ` · ${c.answeredCount}/${c.questionCount} answered`}
        {c.owner && ` · ${c.owner}`}
        {c.approved && <span className="badge approved">Approved</span>}
        {c.historical && <span className="badge past-log">Past log</span>}
      </span>
      <span className={`case-due ${level}`}>
        {open ? `Due ${formatUkShort(c.due)}: ${daysLeftText(c.workingDaysLeft)}` : `Sent ${c.sent ? formatUkShort(c.sent) : ''}`}
      </span>
    </button>
  );
}

/** "No open cases. 3 sent cases match: Show all": which filter hides what, with the way to see it. */
function EmptyList({ filter, search, why, team, onShowAll, onOpenBin, onEveryone }: { filter: CaseFilter; search: string; why: DeskOutput<'explainEmptyList'> | null; team: TeamView; onShowAll: () => void; onOpenBin: () => void; onEveryone: () => void }) {
  const words = emptyListWords(filter, search, undefined, why, team);
  const act = { 'show-all': onShowAll, 'all-regimes': onShowAll, 'open-bin': onOpenBin, everyone: onEveryone };
  return (
    <div className="case-list-empty" role="status">
      <p>{words.lead}</p>
      {words.hidden.map((h) => (
        <p key={h.action}>
          {h.text}:{' '}
          <button type="button" className="link-button" onClick={act[h.action]}>
            {h.label}
          </button>
        </p>
      ))}
    </div>
  );
}

/**
 * The case open on the right when the filter no longer lists it (marked sent while the list shows
 * open cases): kept in reach with a link, never silently dropped.
 */
function OpenCaseOutside({ c, filterLabel, onOpen, onShowAll }: { c: Outside; filterLabel: string; onOpen: (id: string) => void; onShowAll: () => void }) {
  const justSent = c.status === 'sent' && c.sent === todayInUk();
  return (
    <section className="case-list-outside" aria-labelledby="case-outside-title">
      <p id="case-outside-title" className="case-outside-title">
        {justSent ? 'Just sent' : CASE_STATUS_LABELS[c.status]}: not in “{filterLabel}”
      </p>
      <button type="button" className="case-item done" aria-current="true" onClick={() => onOpen(c.id)}>
        <span className="case-ref">{c.ref}</span>
        <span className="case-title">{c.title}</span>
        <span className="case-meta">{c.sent ? `Sent ${formatUkShort(c.sent)}` : CASE_STATUS_LABELS[c.status]}</span>
      </button>
      <button type="button" className="link-button" onClick={onShowAll}>
        Show all cases
      </button>
    </section>
  );
}

/** Asks why the list is empty, once per empty answer; null while asking or when it is not empty. */
function useEmptyListExplanation(desk: DeskApi, cases: CaseSummary[] | null, filter: CaseFilter, search: string, team: TeamView): DeskOutput<'explainEmptyList'> | null {
  const [why, setWhy] = useState<DeskOutput<'explainEmptyList'> | null>(null);
  const empty = cases !== null && cases.length === 0;
  useEffect(() => {
    setWhy(null);
    if (!empty) return;
    let live = true;
    desk.explainEmptyList({ filter, search, ...teamQuery(team) }).then(
      (w) => live && setWhy(w),
      () => undefined, // the plain "No open cases." still stands
    );
    return () => {
      live = false;
    };
  }, [desk, empty, filter, search, team, cases]);
  return why;
}

/**
 * The case last opened, when a complete list (not a search, not cut short by paging) leaves it out:
 * null otherwise. It stays while the officer visits the log or the settings, so a case just sent
 * is one click away until another case is opened or a filter lists it again.
 */
function useOpenCaseOutside(desk: DeskApi, cases: CaseSummary[] | null, limit: number, selectedId: string | null, search: string): Outside | null {
  const [outside, setOutside] = useState<Outside | null>(null);
  const lastOpened = useRef<string | null>(null);
  if (selectedId) lastOpened.current = selectedId;
  const id = lastOpened.current;
  const missing = Boolean(id && cases && cases.length <= limit && !search.trim() && !cases.some((c) => c.id === id));
  useEffect(() => {
    if (!missing || !id) return setOutside(null);
    let live = true;
    desk.getCase({ id }).then(
      (c) => live && setOutside({ id: c.id, ref: c.ref, title: c.title, status: c.status, sent: c.sent }),
      () => live && setOutside(null), // deleted or gone: nothing to keep in reach
    );
    return () => {
      live = false;
    };
  }, [desk, missing, id, cases]);
  return outside;
}
