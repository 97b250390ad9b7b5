import { useCallback, useEffect, useState } from 'react';
import type { DeadlineView, DeskApi } from '../../../core/api/contract';
import { caseOutcome, OUTCOME_LABELS } from '../../../core/drafting/outcome';
import { REGIME_LABELS, type Case } from '../../../core/model';
import { errorMessage, failedWith } from '../desk';
import { saveStateText, useDebouncedSave } from '../ui/useDebouncedSave';
import { ClockPanel } from './ClockPanel';
import { DeadlinePanel } from './DeadlinePanel';
import { QuestionsPanel } from './QuestionsPanel';
import { ClauseUiProvider } from '../clauses/ClauseUiContext';
import { ClauseLibraryPanel } from '../clauses/ClauseLibraryPanel';
import { useShortcut } from '../ui/useShortcut';
import { blockingFindings } from '../../../core/checks/applyOverrides';
import { useCheckGate } from '../checks/useCheckGate';
import { downloadBase64, MIME } from '../ui/downloadFile';
import type { Organisation } from '../../../core/model';

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

  const [answers, setAnswers] = useState<Case['answers'] | null>(null);
  const [checkContext, setCheckContext] = useState<{ organisation: Organisation; extraHolidays: string[] } | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  const gate = useCheckGate(desk);

  useEffect(() => {
    Promise.all([desk.getWorkspace({}), desk.listHolidays({})]).then(
      ([w, holidays]) => setCheckContext({ organisation: w.organisation, extraHolidays: holidays.map((h) => h.date) }),
      (err) => setError(errorMessage(err)),
    );
  }, [desk]);

  /** Before anything goes to the requester: the send checks, blocking on errors. */
  const confirmSend = useCallback(async () => {
    const findings = await desk.checkCase({ id: caseId, purpose: 'send' });
    return gate.confirm({ title: 'Before this response goes out', action: 'send the response', blocking: blockingFindings(findings) });
  }, [desk, caseId, gate]);

  async function exportLetter(format: 'docx' | 'pdf') {
    setExporting(format);
    try {
      if (!(await confirmSend())) return;
      const file = await desk.exportLetter({ id: caseId, format });
      downloadBase64(file.fileName, file.base64, MIME[format]);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setExporting(null);
    }
  }

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
        if (failedWith(err, 'case-missing')) onMissing();
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

  if (error) return <p className="banner error" role="alert">{error}</p>;
  if (!c || !deadline) return <p role="status" className="muted">Opening case…</p>;

  return (
    <ClauseUiProvider desk={desk} caseDetails={c}>
    <article className="case-screen" aria-labelledby="case-title">
      <div className="case-main">
        <header className="case-header">
          <p className="case-ref-line">
            <span className="case-ref">{c.ref}</span> · {REGIME_LABELS[c.regime]} · {OUTCOME_LABELS[caseOutcome({ answers: answers ?? c.answers })]}
          </p>
          <h1 id="case-title">{c.title}</h1>
          <div className="case-tools">
            <button type="button" disabled={exporting !== null} onClick={() => void exportLetter('docx')}>
              {exporting === 'docx' ? 'Exporting…' : 'Letter (Word)'}
            </button>
            <button type="button" disabled={exporting !== null} onClick={() => void exportLetter('pdf')}>
              {exporting === 'pdf' ? 'Exporting…' : 'Letter (PDF)'}
            </button>
            <button type="button" aria-pressed={libraryOpen} aria-keyshortcuts="Control+Shift+L" title="Clause library (Ctrl+Shift+L)" onClick={() => setLibraryOpen(!libraryOpen)}>
              Clause library
            </button>
          </div>
        </header>
        <DeadlinePanel deadline={deadline} c={c} />
        <ClockPanel
          desk={desk}
          c={c}
          confirmSend={confirmSend}
          settings={checkContext?.organisation}
          onSaved={(updated) => {
            setCase({ ...updated, answers: c.answers, questions: c.questions });
            void refreshDeadline();
            onChanged();
          }}
        />
        <QuestionsPanel desk={desk} c={c} requestText={requestText} onCaseChanged={onChanged} checkContext={checkContext} onAnswersChanged={setAnswers} />
        {gate.dialog}
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
