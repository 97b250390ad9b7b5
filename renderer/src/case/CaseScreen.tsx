import { useCallback, useEffect, useState } from 'react';
import type { DeadlineView, DeskApi } from '../../../core/api/contract';
import { answerHasText, caseOutcome, OUTCOME_LABELS } from '../../../core/drafting/outcome';
import { REGIME_LABELS, statusOnceDrafting, type Case } from '../../../core/model';
import { errorMessage, failedWith } from '../desk';
import { saveStateText, useDebouncedSave } from '../ui/useDebouncedSave';
import { saveErrorText } from '../ui/fieldErrorText';
import { ClockPanel } from './ClockPanel';
import { InternalReviewPanel } from './InternalReviewPanel';
import { DeadlinePanel } from './DeadlinePanel';
import { QuestionsPanel } from './QuestionsPanel';
import { AnsweredBeforePanel } from '../reuse/AnsweredBeforePanel';
import { useReuseLink } from '../reuse/useCaseReuse';
import { LetterPartsPanel } from './LetterPartsPanel';
import { ChannelField } from './ChannelField';
import { ClauseUiProvider } from '../clauses/ClauseUiContext';
import { ClauseLibraryPanel } from '../clauses/ClauseLibraryPanel';
import { useShortcut } from '../ui/useShortcut';
import { blockingFindings } from '../../../core/checks/applyOverrides';
import { useCheckGate } from '../checks/useCheckGate';
import { downloadBase64, MIME } from '../ui/downloadFile';
import type { Organisation } from '../../../core/model';
import { DeleteCaseButton } from '../caseList/DeleteCaseButton';
import { SentCopyPanel } from '../history/SentCopyPanel';
import { CaseAuditPanel } from '../history/CaseAuditPanel';
import { SentEditGuardConsumer, SentEditGuardProvider } from '../history/SentEditGuard';
import { TeamPanel } from '../team/TeamPanel';
import { describeQuestionGroup } from '../../../core/drafting/answerGroups';
import { useLiveChanges } from '../live/useWorkspaceChanges';

interface Props {
  desk: DeskApi;
  caseId: string;
  onChanged: () => void;
  onMissing: () => void;
  /** Opens another case (an earlier answer's case from the Answered before panel). */
  onOpenCase?: (id: string) => void;
}

/** One case: deadline and clock, the questions with their answers, and the request as received beside them. */
export function CaseScreen({ desk, caseId, onChanged, onMissing, onOpenCase }: Props) {
  const [c, setCase] = useState<Case | null>(null);
  const [deadline, setDeadline] = useState<DeadlineView | null>(null);
  const [requestText, setRequestText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const [answers, setAnswers] = useState<Case['answers'] | null>(null);
  const [checkContext, setCheckContext] = useState<{ organisation: Organisation; extraHolidays: string[] } | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);
  // Bumped when the sent record may have changed (an export, a reason recorded): the panel reads it again.
  const [sentRecordVersion, setSentRecordVersion] = useState(0);
  const gate = useCheckGate(desk);

  // The service moves a New case to In progress with the first answer that has words
  // (core/model/caseStatus); the status field says so at once, not after a reload.
  useEffect(() => {
    if (!answers) return;
    const drafting = answers.some(answerHasText);
    setCase((prev) => (prev && statusOnceDrafting(prev.status, drafting) !== prev.status ? { ...prev, status: statusOnceDrafting(prev.status, drafting) } : prev));
  }, [answers]);

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

  /** A draft for sign-off is watermarked DRAFT and skips the send checks; the real letter never does. */
  async function exportLetter(format: 'docx' | 'pdf', draft = false) {
    setExporting(`${draft ? 'draft-' : ''}${format}`);
    try {
      if (!draft && !(await confirmSend())) return;
      const file = await desk.exportLetter({ id: caseId, format, draft });
      downloadBase64(file.fileName, file.base64, MIME[format]);
      if (!draft) setSentRecordVersion((v) => v + 1);
    } catch (err) {
      setError(saveErrorText(err));
    } finally {
      setExporting(null);
    }
  }

  // The letter's parts saved: the live checks read the closing section from the case.
  const onLetterSaved = useCallback((letter: Case['letter']) => setCase((prev) => (prev ? { ...prev, letter } : prev)), []);

  const refreshDeadline = useCallback(async () => setDeadline(await desk.getCaseDeadline({ id: caseId })), [desk, caseId]);

  useEffect(() => {
    let live = true;
    // team: the answers come with their versions, so a save another officer overtook is refused (core/team).
    Promise.all([desk.getCase({ id: caseId, team: true }), desk.getCaseDeadline({ id: caseId })]).then(
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

  // Another window or officer changed this case (../live): the header, deadline and status read
  // again, the request too unless the officer is typing in it, and the answers go to the questions
  // panel, which keeps the one being written. Nothing takes focus; the app frame says what changed.
  const [live, setLive] = useState<Case | null>(null);
  useLiveChanges((changes) => {
    if (!changes.some((ch) => !ch.own && (ch.caseId === caseId || ch.kind === 'many'))) return;
    Promise.all([desk.getCase({ id: caseId, team: true }), desk.getCaseDeadline({ id: caseId })]).then(
      ([fresh, dl]) => {
        setCase(fresh);
        setDeadline(dl);
        if (requestSave.state === 'saved' && document.activeElement?.id !== 'request-text') setRequestText(fresh.requestText);
        setLive(fresh);
      },
      // Gone to the bin elsewhere: what is on screen stays, and saving says why it cannot.
      () => undefined,
    );
  });

  // The clause library panel takes the request's place beside the answers while it is open.
  const [libraryOpen, setLibraryOpen] = useState(false);
  useShortcut('mod+shift+l', () => setLibraryOpen((open) => !open));
  // The question in focus, for the Answered before panel beside the list (renderer/src/reuse).
  const reuse = useReuseLink();

  if (error) return <p className="banner error" role="alert">{error}</p>;
  if (!c || !deadline) return <p role="status" className="muted">Opening case…</p>;

  return (
    <ClauseUiProvider desk={desk} caseDetails={c}>
    <SentEditGuardProvider desk={desk} caseId={c.id} sent={(c.status === 'sent' || c.status === 'closed') && c.sent ? c.sent : null} onRecorded={() => setSentRecordVersion((v) => v + 1)}>
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
            <button type="button" disabled={exporting !== null} title="A draft for sign-off, marked DRAFT — not for sending" onClick={() => void exportLetter('docx', true)}>
              {exporting === 'draft-docx' ? 'Exporting…' : 'Export draft (Word)'}
            </button>
            <button type="button" disabled={exporting !== null} title="A draft for sign-off, marked DRAFT — not for sending" onClick={() => void exportLetter('pdf', true)}>
              {exporting === 'draft-pdf' ? 'Exporting…' : 'Export draft (PDF)'}
            </button>
            <button type="button" aria-pressed={libraryOpen} aria-keyshortcuts="Control+Shift+L" title="Clause library (Ctrl+Shift+L)" onClick={() => setLibraryOpen(!libraryOpen)}>
              Clause library
            </button>
            <DeleteCaseButton
              desk={desk}
              caseId={c.id}
              caseRef={c.ref}
              onDeleted={() => {
                onChanged();
                onMissing();
              }}
            />
          </div>
        </header>
        <DeadlinePanel deadline={deadline} c={c} />
        <TeamPanel
          desk={desk}
          c={c}
          answerLabels={(answers ?? c.answers).map((a) => ({ id: a.id, label: `Answer to question ${describeQuestionGroup(c.questions.filter((q) => a.covers.includes(q.id)).map((q) => q.number)) || '(not linked)'}` }))}
          onChanged={(updated) => {
            if (updated) setCase(updated);
            onChanged();
          }}
        />
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
        <SentCopyPanel desk={desk} caseId={c.id} refresh={`${c.status} ${c.sent ?? ''} ${sentRecordVersion}`} />
        <CaseAuditPanel desk={desk} caseId={c.id} refresh={`${c.updatedAt} ${c.status} ${c.owner ?? ''} ${c.approval?.at ?? ''}`} />
        <InternalReviewPanel desk={desk} c={c} onSaved={(review) => setCase((prev) => (prev ? { ...prev, review } : prev))} />
        <QuestionsPanel desk={desk} c={c} requestText={requestText} onCaseChanged={onChanged} checkContext={checkContext} onAnswersChanged={setAnswers} reuse={reuse.link} live={live} />
        <LetterPartsPanel desk={desk} c={c} onSaved={onLetterSaved} />
        {gate.dialog}
      </div>
      {libraryOpen ? (
        <aside className="request clause-side" aria-labelledby="clause-panel-heading">
          <ClauseLibraryPanel desk={desk} onClose={() => setLibraryOpen(false)} />
        </aside>
      ) : (
      <div className="case-side">
      {reuse.focus && (
        <aside className="answered-before-side" aria-labelledby="answered-before-heading">
          <AnsweredBeforePanel desk={desk} caseId={c.id} question={reuse.focus} onInsert={reuse.insert} onOpenCase={onOpenCase} />
        </aside>
      )}
      <aside className="request" aria-labelledby="request-heading">
        <h2 id="request-heading">Request as received</h2>
        <ChannelField desk={desk} c={c} onSaved={(channel) => setCase((prev) => (prev ? { ...prev, channel } : prev))} />
        <label htmlFor="request-text" className="visually-hidden">Request text</label>
        {/* A sent case's request changes only with a reason (history/SentEditGuard). */}
        <SentEditGuardConsumer>
          {(guard) => (
            <textarea
              id="request-text"
              value={requestText}
              spellCheck={false}
              onChange={(e) => {
                const text = e.target.value;
                guard.whenAllowed(() => {
                  setRequestText(text);
                  requestSave.schedule(text);
                });
              }}
            />
          )}
        </SentEditGuardConsumer>
        <p className="save-state" role="status" aria-live="polite">{saveStateText(requestSave.state, requestSave.error)}</p>
      </aside>
      </div>
      )}
    </article>
    </SentEditGuardProvider>
    </ClauseUiProvider>
  );
}
