import { useMemo, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { ClauseDetail } from '../../../core/api/clauseContract';
import { parseClauseFile } from '../../../core/clauses';
import { errorMessage } from '../desk';

interface Props {
  desk: DeskApi;
  /** The file as it stands; empty for a new clause. */
  initialText: string;
  heading: string;
  onSaved: (clause: ClauseDetail) => void;
  onCancel: () => void;
}

export const NEW_CLAUSE_TEXT = `---
id: our-new-clause
title: "A title officers will recognise"
kind: standard
regimes: [foia]
version: 1
variables:
  - name: detail
    prompt: "What to say for this request"
    type: text
---

The wording of the clause. {{detail}}
`;

/**
 * The clause file as text, exactly as it would sit in templates/clauses: what a lawyer reviews.
 * Problems are shown with their line numbers as the officer types; the service checks again on save.
 */
export function ClauseFileEditor({ desk, initialText, heading, onSaved, onCancel }: Props) {
  const [text, setText] = useState(initialText);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const problems = useMemo(() => parseClauseFile('clause.md', text).errors, [text]);
  const blocking = problems.some((p) => p.severity === 'error');

  async function save() {
    setSaving(true);
    setError(null);
    try {
      onSaved(await desk.saveClause({ text }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="clause-file-editor"
      aria-labelledby="clause-file-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="clause-file-heading">{heading}</h3>
      <label htmlFor="clause-file-text">Clause file (Markdown)</label>
      <textarea
        id="clause-file-text"
        value={text}
        rows={18}
        spellCheck={false}
        aria-describedby="clause-file-problems"
        aria-invalid={blocking ? 'true' : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      <div id="clause-file-problems" aria-live="polite">
        {problems.length === 0 ? (
          <p className="hint">No problems found.</p>
        ) : (
          <ul className="clause-problems">
            {problems.map((p, i) => (
              <li key={i} className={p.severity}>
                Line {p.line}: {p.message}{p.severity === 'warning' ? ' (warning)' : ''}
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving || blocking}>Save clause</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
