import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { DeskApi } from '../../../core/api/contract';
import { VERSION_REASON_LABELS, type AnswerVersionSummary } from '../../../core/api/historyContract';
import { wordDiff } from '../../../core/drafting/wordDiff';
import { errorMessage } from '../desk';
import { Dialog } from '../ui/Dialog';
import { formatVersionTime } from './versionTime';
import './history.css';

interface Props {
  desk: DeskApi;
  caseId: string;
  answerId: string;
  /** "Answer to question 3": what the dialog is the history of. */
  label: string;
  /** The answer's words as they are now, to compare each version with. */
  currentText: string;
  /** Restores the version (the caller closes the dialog, and asks first on a sent case). */
  onRestore: (versionId: number) => void;
  onClose: () => void;
}

/**
 * An answer's kept versions, newest first, each with when and why it was kept. Choosing one shows,
 * word by word, what has changed since it: removed words struck through, added words underlined,
 * and each said in words to a screen reader, so the marks never rest on colour alone.
 */
export function AnswerHistoryDialog({ desk, caseId, answerId, label, currentText, onRestore, onClose }: Props) {
  const [versions, setVersions] = useState<AnswerVersionSummary[] | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    desk.listAnswerVersions({ caseId, answerId }).then(
      (list) => {
        if (!live) return;
        setVersions(list);
        // The first version that differs from the text now is the one worth looking at.
        setChosen((list.find((v) => v.plainText !== currentText) ?? list[0])?.id ?? null);
      },
      (err) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [desk, caseId, answerId, currentText]);

  const version = versions?.find((v) => v.id === chosen) ?? null;
  const parts = useMemo(() => (version ? wordDiff(version.plainText, currentText) : []), [version, currentText]);
  const same = parts.every((p) => p.kind === 'same');

  // On the page itself, not inside the question: a question's row contains its paint (content-visibility),
  // which would clip a dialog drawn within it.
  return createPortal(
    <Dialog labelledBy="history-title" describedBy="history-intro" className="history-dialog" onClose={onClose}>
      <h2 id="history-title">History: {label}</h2>
      <p id="history-intro" className="hint">
        A version is kept for each minute of typing, and at each export and change of status. Restoring one keeps the current text as a version too.
      </p>
      {error && <p className="banner error" role="alert">{error}</p>}
      {versions === null && !error && <p role="status">Loading the versions…</p>}
      {versions?.length === 0 && <p>No earlier versions yet: they are kept from the first edit.</p>}
      {versions && versions.length > 0 && (
        <div className="history-body">
          <fieldset className="history-versions">
            <legend>Versions, newest first</legend>
            {versions.map((v, i) => (
              <label key={v.id} className="history-version">
                <input type="radio" name="history-version" checked={v.id === chosen} onChange={() => setChosen(v.id)} />
                <span>
                  {formatVersionTime(v.at)}
                  <span className="reason">
                    {VERSION_REASON_LABELS[v.reason]}
                    {i === 0 && v.plainText === currentText ? ' · the current text' : ''}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          <section className="history-compare" aria-labelledby="history-compare-title">
            <h3 id="history-compare-title">{version ? `Changes since ${formatVersionTime(version.at)}` : 'Choose a version'}</h3>
            <p className="diff-legend">
              <span>
                <del>struck through</del>: in that version, not now
              </span>
              <span>
                <ins>underlined</ins>: added since
              </span>
            </p>
            <div className="word-diff" data-testid="word-diff" tabIndex={0} role="region" aria-label="Differences between the chosen version and the current text">
              {same ? (
                <p className="muted">No differences: this version has the same words as the current text.</p>
              ) : (
                parts.map((p, i) =>
                  p.kind === 'same' ? (
                    <span key={i}>{p.text}</span>
                  ) : p.kind === 'removed' ? (
                    <del key={i}>
                      <span className="visually-hidden">[removed: </span>
                      {p.text}
                      <span className="visually-hidden">]</span>
                    </del>
                  ) : (
                    <ins key={i}>
                      <span className="visually-hidden">[added: </span>
                      {p.text}
                      <span className="visually-hidden">]</span>
                    </ins>
                  ),
                )
              )}
            </div>
          </section>
        </div>
      )}
      <div className="history-actions">
        <button type="button" className="primary" disabled={!version || same} onClick={() => version && onRestore(version.id)}>
          Restore this version
        </button>
        <button type="button" onClick={onClose}>Close</button>
      </div>
    </Dialog>,
    document.body,
  );
}
