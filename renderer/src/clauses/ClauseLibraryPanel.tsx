import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import type { LibraryClause } from '../../../core/api/clauseContract';
import { buildClauseIndex, CLAUSE_KINDS, citedSection, fillClause, searchClauses } from '../../../core/clauses';
import { errorMessage } from '../desk';
import { asClause, refreshLibrary } from './clauseLibraryStore';
import { ClauseFileEditor, NEW_CLAUSE_TEXT } from './ClauseFileEditor';
import { ClauseForm } from './ClauseForm';
import { draftOfClause } from '../../../core/clauses/clauseDraft';
import { useClauseUi } from './ClauseUiContext';
import { FilledText } from './FilledText';
import { KIND_LABELS } from './ClausePalette';
import { readPackFiles, downloadBase64 } from './packFiles';

type Mode =
  | { kind: 'browse' }
  | { kind: 'edit'; text: string; heading: string }
  | { kind: 'form'; clause: LibraryClause; heading: string }
  | { kind: 'duplicate'; newId: string };

/**
 * The library beside the case: browse by kind and section, see the wording as it would be filled
 * for this case, insert it into the answer last in use, and keep the team's own clauses.
 */
export function ClauseLibraryPanel({ desk, onClose }: { desk: DeskApi; onClose: () => void }) {
  const ui = useClauseUi();
  const [clauses, setClauses] = useState<LibraryClause[] | null>(null);
  const [kind, setKind] = useState<string>('all');
  const [query, setQuery] = useState('');
  const [showRetired, setShowRetired] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'browse' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [importErrors, setImportErrors] = useState<string[]>([]);

  const reload = useCallback(async () => {
    try {
      setClauses(await desk.listClauses({ includeRetired: true }));
    } catch (err) {
      setMessage({ text: errorMessage(err), error: true });
    }
  }, [desk]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const changed = async (text: string, id?: string) => {
    await reload();
    void refreshLibrary(desk);
    if (id) setSelectedId(id);
    setMessage({ text, error: false });
  };

  const index = useMemo(() => buildClauseIndex((clauses ?? []).map(asClause)), [clauses]);
  const shown = useMemo(() => {
    if (!clauses) return [];
    const byId = new Map(clauses.map((c) => [c.id, c]));
    const ordered = searchClauses(index, query, clauses.length).map((hit) => byId.get(hit.clause.id)!);
    return ordered.filter((c) => (kind === 'all' || c.kind === kind) && (showRetired || !c.retired));
  }, [clauses, index, query, kind, showRetired]);
  const selected = clauses?.find((c) => c.id === selectedId) ?? null;
  const preview = useMemo(() => (selected && ui ? fillClause(selected, {}, ui.context) : null), [selected, ui]);

  async function act(work: () => Promise<void>) {
    setMessage(null);
    try {
      await work();
    } catch (err) {
      setMessage({ text: errorMessage(err), error: true });
    }
  }

  return (
    <section className="clause-panel" aria-labelledby="clause-panel-heading">
      <div className="clause-panel-bar">
        <h2 id="clause-panel-heading">Clause library</h2>
        <button type="button" onClick={onClose} aria-keyshortcuts="Control+Shift+L">Close</button>
      </div>
      <div className="clause-panel-tools">
        <button type="button" onClick={() => setMode({ kind: 'edit', text: NEW_CLAUSE_TEXT, heading: 'New clause' })}>New clause</button>
        <label className="file-button">
          Import pack
          <input
            type="file"
            accept=".zip,.md"
            multiple
            className="visually-hidden"
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              void act(async () => {
                const result = await desk.importClausePack(await readPackFiles(files));
                setImportErrors(result.errors.map((er) => `${er.path} line ${er.line}: ${er.message}`));
                if (result.errors.length === 0) await changed(`Imported ${result.imported.length} clause${result.imported.length === 1 ? '' : 's'}.`);
                else setMessage({ text: 'Nothing was imported: fix these problems in the pack and import it again.', error: true });
              });
            }}
          />
        </label>
        <button
          type="button"
          onClick={() =>
            void act(async () => {
              const pack = await desk.exportClausePack({});
              downloadBase64(pack.fileName, pack.base64, 'application/zip');
              setMessage({ text: `Exported ${pack.count} of your own clause${pack.count === 1 ? '' : 's'} to ${pack.fileName}.`, error: false });
            })
          }
        >
          Export pack
        </button>
      </div>
      <p role="status" aria-live="polite" className={message?.error ? 'field-error' : 'hint'}>{message?.text ?? ''}</p>
      {importErrors.length > 0 && (
        <ul className="clause-problems" aria-label="Problems in the pack">
          {importErrors.map((e, i) => <li key={i} className="error">{e}</li>)}
        </ul>
      )}

      {mode.kind === 'form' ? (
        <div className="clause-form-panel">
          <h3 id="clause-form-heading">{mode.heading}</h3>
          <ClauseForm
            key={`${mode.clause.id}-${mode.clause.version}`}
            idPrefix="clause-form"
            initial={draftOfClause(mode.clause)}
            isNew={false}
            takenIds={new Set()}
            context={ui?.context ?? { org: {} }}
            onCancel={() => setMode({ kind: 'browse' })}
            onEditAsMarkdown={(text) => setMode({ kind: 'edit', text, heading: mode.heading })}
            onSave={async (text) => {
              const clause = await desk.saveClause({ text });
              setMode({ kind: 'browse' });
              await changed(`Saved ${clause.title} (version ${clause.version}).`, clause.id);
            }}
          />
        </div>
      ) : mode.kind === 'edit' ? (
        <ClauseFileEditor
          desk={desk}
          initialText={mode.text}
          heading={mode.heading}
          onCancel={() => setMode({ kind: 'browse' })}
          onSaved={(clause) => {
            setMode({ kind: 'browse' });
            void changed(`Saved ${clause.title} (version ${clause.version}).`, clause.id);
          }}
        />
      ) : (
        <>
          <div className="clause-panel-filters">
            <label>
              Kind{' '}
              <select value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="all">All kinds</option>
                {CLAUSE_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k]}</option>)}
              </select>
            </label>
            <label>
              Find{' '}
              <input type="search" value={query} placeholder="31 1 a, police…" onChange={(e) => setQuery(e.target.value)} />
            </label>
            <label className="field inline">
              <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} /> Show retired
            </label>
          </div>
          {!clauses ? (
            <p role="status" className="muted">Loading…</p>
          ) : (
            <ul className="clause-browse" aria-label="Clauses">
              {shown.map((c) => (
                <li key={c.id}>
                  <button type="button" className="clause-browse-item" aria-current={c.id === selectedId ? 'true' : undefined} onClick={() => setSelectedId(c.id)}>
                    {citedSection(c) && <span className="palette-section">{citedSection(c)}</span>} {c.title}
                    {c.source === 'local' && <span className="tag">own</span>}
                    {c.retired && <span className="tag">retired</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {selected && (
            <div className="clause-detail" role="region" aria-label={`Clause ${selected.title}`}>
              <h3>{selected.title}</h3>
              <p className="hint">
                {KIND_LABELS[selected.kind]} · {selected.regimes.join(', ').toUpperCase()} · version {selected.version}
                {selected.source === 'local' ? ' · your own wording' : ''}
              </p>
              {selected.notes && <p className="hint">{selected.notes}</p>}
              <div className="fill-preview">{preview && <FilledText text={preview.text} missing={preview.missing} />}</div>
              {mode.kind === 'duplicate' ? (
                <form
                  className="actions"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void act(async () => {
                      const copy = await desk.duplicateClause({ id: selected.id, newId: mode.newId.trim() });
                      setMode({ kind: 'browse' });
                      await changed(`Copied to ${copy.id}.`, copy.id);
                    });
                  }}
                >
                  <label>
                    Id of the copy <input value={mode.newId} autoFocus onChange={(e) => setMode({ kind: 'duplicate', newId: e.target.value })} />
                  </label>
                  <button type="submit" className="primary">Duplicate</button>
                  <button type="button" onClick={() => setMode({ kind: 'browse' })}>Cancel</button>
                </form>
              ) : (
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={selected.retired}
                    onClick={() => {
                      if (!ui?.insertIntoLastAnswer(selected)) setMessage({ text: 'Open an answer first: click into the answer the clause should go in.', error: true });
                    }}
                  >
                    Insert
                  </button>
                  {/* Own clauses open as a form; the shipped wording, laid out by a lawyer, as its file. */}
                  <button
                    type="button"
                    onClick={() =>
                      selected.source === 'local'
                        ? setMode({ kind: 'form', clause: selected, heading: `Edit ${selected.title}` })
                        : void act(async () => setMode({ kind: 'edit', text: (await desk.getClause({ id: selected.id })).text, heading: `Edit ${selected.title}` }))
                    }
                  >
                    Edit
                  </button>
                  {selected.source === 'local' && (
                    <button type="button" onClick={() => void act(async () => setMode({ kind: 'edit', text: (await desk.getClause({ id: selected.id })).text, heading: `Edit ${selected.title}` }))}>
                      Edit as Markdown
                    </button>
                  )}
                  <button type="button" onClick={() => setMode({ kind: 'duplicate', newId: `${selected.id}-copy` })}>Duplicate</button>
                  <button
                    type="button"
                    onClick={() =>
                      void act(async () => {
                        await desk.retireClause({ id: selected.id, retired: !selected.retired });
                        await changed(selected.retired ? `${selected.title} is back in the palette.` : `${selected.title} is retired: answers that use it keep their wording.`);
                      })
                    }
                  >
                    {selected.retired ? 'Restore' : 'Retire'}
                  </button>
                </div>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
