import { useEffect, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { SearchFilters, SearchHit } from '../../../core/reuse/reuseContract';
import { DISPOSITION_LABELS, DispositionSchema, REGIME_LABELS, type Disposition, type Regime } from '../../../core/model';
import { RegimeSchema } from '../../../core/model/regimeSchema';
import { errorMessage } from '../desk';
import { DateField } from '../ui/DateField';
import { Dialog } from '../ui/Dialog';
import { ukDate } from '../reuse/ukDate';
import { pastLogSource } from '../../../core/reuse/pastLogSource';
import { MarkedText } from './MarkedText';

interface Props {
  desk: DeskApi;
  onOpenCase: (caseId: string) => void;
  onClose: () => void;
}

/** Searching runs when the officer pauses, not on every key. */
const DELAY_MS = 200;
const LIMIT = 50;

/**
 * Ctrl+Shift+F: every case's questions and answers, and case titles and references. Words must all
 * appear, "a phrase" in order, prefix* as a start of a word; filters by date, regime, the answer's
 * outcome and a section it cites. Each result shows the matching words in context, marked.
 */
export function GlobalSearch({ desk, onOpenCase, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (!query.trim()) {
      setHits(null);
      setError(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      setSearching(true);
      desk.searchAll({ query, filters, limit: LIMIT }).then(
        (r) => {
          if (!live) return;
          setHits(r.hits);
          setError(null);
          setSearching(false);
        },
        (err) => {
          if (!live) return;
          setError(errorMessage(err));
          setSearching(false);
        },
      );
    }, DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [desk, query, filters]);

  const set = (patch: Partial<SearchFilters>) => setFilters((f) => Object.fromEntries(Object.entries({ ...f, ...patch }).filter(([, v]) => v !== undefined && v !== '')) as SearchFilters);
  const status = error ? '' : searching ? 'Searching…' : hits === null ? 'Type words to search for.' : hits.length === 0 ? 'Nothing found.' : `${hits.length === LIMIT ? `The first ${LIMIT}` : hits.length} result${hits.length === 1 ? '' : 's'}.`;

  return (
    <Dialog labelledBy="global-search-title" describedBy="global-search-help" className="global-search" onClose={onClose}>
      <h2 id="global-search-title">Search everything</h2>
      <p id="global-search-help" className="muted">
        All the words must appear. &quot;A phrase&quot; finds those words in order; contract* finds words starting with contract.
      </p>
      <form className="global-search-form" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="global-search-query">
          Search cases, questions and answers
          <input type="search" autoFocus value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <fieldset className="global-search-filters">
          <legend>Narrow to</legend>
          <DateField id="search-from" label="From" value={filters.from ?? null} onCommit={(d) => set({ from: d ?? undefined })} />
          <DateField id="search-to" label="To" value={filters.to ?? null} onCommit={(d) => set({ to: d ?? undefined })} />
          <label>
            Regime{' '}
            <select value={filters.regime ?? ''} onChange={(e) => set({ regime: (e.target.value || undefined) as Regime | undefined })}>
              <option value="">Any</option>
              {RegimeSchema.options.map((r) => (
                <option key={r} value={r}>{REGIME_LABELS[r]}</option>
              ))}
            </select>
          </label>
          <label>
            Outcome{' '}
            <select value={filters.outcome ?? ''} onChange={(e) => set({ outcome: (e.target.value || undefined) as Disposition | undefined })}>
              <option value="">Any</option>
              {DispositionSchema.options.map((d) => (
                <option key={d} value={d}>{DISPOSITION_LABELS[d]}</option>
              ))}
            </select>
          </label>
          <label>
            Section cited <input value={filters.section ?? ''} placeholder="e.g. s43" size={8} onChange={(e) => set({ section: e.target.value || undefined })} />
          </label>
        </fieldset>
      </form>
      <p role="status" aria-live="polite" className="global-search-status">{status}</p>
      {error && <p className="banner error" role="alert">{error}</p>}
      {hits && hits.length > 0 && (
        <ol className="search-results" aria-label="Search results">
          {hits.map((h) => (
            <li key={`${h.caseId}-${h.questionId ?? 'case'}`}>
              <button type="button" className="search-result" onClick={() => onOpenCase(h.caseId)}>
                <span className="search-result-head">
                  <strong>{h.ref}</strong> · {h.title} · {h.historical ? <span className="past-log">{pastLogSource(h.sent, h.received)}</span> : ukDate(h.sent ?? h.received)}
                  {h.questionNumber !== null && ` · question ${h.questionNumber}`}
                  {h.outcome && ` · ${DISPOSITION_LABELS[h.outcome]}`}
                </span>
                <span className="search-result-question">
                  <MarkedText segments={h.question} />
                </span>
                {h.answer.length > 0 && (
                  <span className="search-result-answer">
                    <MarkedText segments={h.answer} />
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </Dialog>
  );
}
