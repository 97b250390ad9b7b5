import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DeadlineView, DeskApi } from '../../../core/api/contract';
import { caseOutcome, OUTCOME_LABELS } from '../../../core/drafting/outcome';
import { REGIME_LABELS, type Case } from '../../../core/model';
import { errorMessage } from '../desk';
import { saveStateText, useDebouncedSave } from '../ui/useDebouncedSave';
import { ClockPanel } from './ClockPanel';
import { DeadlinePanel } from './DeadlinePanel';
import { QuestionsPanel } from './QuestionsPanel';
import { ClauseUiProvider } from '../clauses/ClauseUiContext';
import { ClauseLibraryPanel } from '../clauses/ClauseLibraryPanel';
import { useShortcut } from '../ui/useShortcut';

interface Props {
  desk: DeskApi;
  caseId: string;
  onChanged: () => void;
  onMissing: () => void;
}

/** One case: deadline and clock, the questions with their answers, and the request as received beside them. */
export function CaseScreen({ desk, caseId, onChanged, onMissing }: Props) {
  const [c, setCase] = useState<Case | null>(null);
  const [deadline, setDeadline] = useState<DeadlineView | null>(null);
  const [requestText, setRequestText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const refreshDeadline = useCallback(async () => setDeadline(await desk.getCaseDeadline({ id: caseId })), [desk, caseId]);

  useEffect(() => {
    let live = true;
    Promise.all([desk.getCase({ id: caseId }), desk.getCaseDeadline({ id: caseId })]).then(
      ([loaded, dl]) => {
        if (!live) return;
        setCase(loaded);
        setDeadline(dl);
        setRequestText(loaded.requestText);
      },
      (err) => {
        if (!live) return;
        if (/no longer in this workspace/.test(errorMessage(err))) onMissing();
        else setError(errorMessage(err));
      },
    );
    return () => {
      live = false;
    };
  }, [desk, caseId, onMissing]);

  const requestSave = useDebouncedSave(useCallback((text: string) => desk.updateCase({ id: caseId, patch: { requestText: text } }), [desk, caseId]));

  // The clause library panel takes the request's place beside the answers while it is open.
  const [libraryOpen, setLibraryOpen] = useState(false);
  useShortcut('mod+shift+l', () => setLibraryOpen((open) => !open));
  const caseDetails = useMemo(() => ({ ref: c?.ref, received: c?.received }), [c?.ref, c?.received]);

  if (error) return <p className="banner error" role="alert">{error}</p>;
  if (!c || !deadline) return <p role="status" className="muted">Opening case…</p>;

  return (
    <ClauseUiProvider desk={desk} caseDetails={caseDetails}>
    <article className="case-screen" aria-labelledby="case-title">
      <div className="case-main">
        <header className="case-header">
          <p className="case-ref-line">
            <span className="case-ref">{c.ref}</span> · {REGIME_LABELS[c.regime]} · {OUTCOME_LABELS[caseOutcome(c)]}
          </p>
          <h1 id="case-title">{c.title}</h1>
          <div className="case-tools">
            <button type="button" aria-pressed={libraryOpen} aria-keyshortcuts="Control+Shift+L" title="Clause library (Ctrl+Shift+L)" onClick={() => setLibraryOpen(!libraryOpen)}>
              Clause library
            </button>
          </div>
        </header>
        <DeadlinePanel deadline={deadline} c={c} />
        <ClockPanel
          desk={desk}
          c={c}
          onSaved={(updated) => {
            setCase({ ...updated, answers: c.answers, questions: c.questions });
            void refreshDeadline();
            onChanged();
          }}
        />
        <QuestionsPanel desk={desk} c={c} requestText={requestText} onCaseChanged={onChanged} />
      </div>
      {libraryOpen ? (
        <aside className="request clause-side" aria-labelledby="clause-panel-heading">
          <ClauseLibraryPanel desk={desk} onClose={() => setLibraryOpen(false)} />
        </aside>
      ) : (
      <aside className="request" aria-labelledby="request-heading">
        <h2 id="request-heading">Request as received</h2>
        <label htmlFor="request-text" className="visually-hidden">Request text</label>
        <textarea
          id="request-text"
          value={requestText}
          spellCheck={false}
          onChange={(e) => {
            setRequestText(e.target.value);
            requestSave.schedule(e.target.value);
          }}
        />
        <p className="save-state" role="status" aria-live="polite">{saveStateText(requestSave.state, requestSave.error)}</p>
      </aside>
      )}
    </article>
    </ClauseUiProvider>
  );
}
