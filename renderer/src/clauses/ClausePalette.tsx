import { useMemo, useState } from 'react';
import { citedSection, searchClauses } from '../../../core/clauses';
import type { LibraryClause } from '../../../core/api/clauseContract';
import type { LoadedLibrary } from './clauseLibraryStore';
import { previewOf } from './clauseAttrs';
import { Dialog } from '../ui/Dialog';

interface Props {
  library: LoadedLibrary | null;
  error: string | null;
  onChoose: (clause: LibraryClause) => void;
  onClose: () => void;
}

const LIMIT = 30;
export const KIND_LABELS: Record<string, string> = {
  exemption: 'Exemption',
  ncnd: 'Neither confirm nor deny',
  cost: 'Cost limit',
  vexatious: 'Vexatious or repeated',
  'not-held': 'Not held',
  redirect: 'Redirect',
  standard: 'Standard wording',
  closing: 'Closing',
};

/**
 * The clause palette: type a section ("31 1 a", "s40(2)", "reg 13") or words, ↑/↓ to move, Enter to
 * choose. A combobox over a listbox, so a screen reader hears the highlighted clause as it moves.
 */
export function ClausePalette({ library, error, onChoose, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => (library ? searchClauses(library.index, query, LIMIT) : []), [library, query]);
  const chosen = (i: number) => {
    const hit = hits[i];
    const clause = hit && library?.byId.get(hit.clause.id);
    if (clause) onChoose(clause);
  };
  const optionId = (i: number) => `clause-option-${i}`;
  const current = Math.min(active, Math.max(0, hits.length - 1));

  return (
    <Dialog labelledBy="palette-title" className="clause-palette" onClose={onClose}>
      <h2 id="palette-title" className="visually-hidden">Insert a clause</h2>
      <label htmlFor="palette-input" className="palette-label">Insert a clause</label>
      <input
        id="palette-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-results"
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
        aria-describedby="palette-hint"
        autoComplete="off"
        spellCheck={false}
        placeholder="Section or words, e.g. 31 1 a, s40(2), police"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive(Math.min(current + 1, hits.length - 1));
            document.getElementById(optionId(Math.min(current + 1, hits.length - 1)))?.scrollIntoView({ block: 'nearest' });
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(Math.max(current - 1, 0));
            document.getElementById(optionId(Math.max(current - 1, 0)))?.scrollIntoView({ block: 'nearest' });
          } else if (e.key === 'Enter') {
            e.preventDefault();
            chosen(current);
          }
        }}
      />
      <p id="palette-hint" className="hint">↑ and ↓ to choose, Enter to insert, Escape to go back to the answer.</p>
      {error && <p className="field-error" role="alert">The clause library could not be read: {error}</p>}
      {!library && !error && <p role="status" className="muted">Loading the clause library…</p>}
      <ul id="palette-results" role="listbox" aria-label="Clauses" className="palette-results">
        {hits.map((hit, i) => {
          const section = citedSection(hit.clause);
          return (
            <li
              key={hit.clause.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className="palette-option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => chosen(i)}
              onMouseMove={() => i !== current && setActive(i)}
            >
              <span className="palette-line">
                {section && <span className="palette-section">{section}</span>}
                <span className="palette-title">{hit.clause.title}</span>
                <span className="palette-kind">{KIND_LABELS[hit.clause.kind] ?? hit.clause.kind}</span>
                {library?.byId.get(hit.clause.id)?.source === 'local' && <span className="tag">own</span>}
              </span>
              <span className="palette-preview">{previewOf(hit.clause.body)}</span>
            </li>
          );
        })}
      </ul>
      {library && hits.length === 0 && <p role="status" className="muted">No clause matches “{query}”.</p>}
      <p className="visually-hidden" role="status" aria-live="polite">{library ? `${hits.length} clause${hits.length === 1 ? '' : 's'}` : ''}</p>
    </Dialog>
  );
}
