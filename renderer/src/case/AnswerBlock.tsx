import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { docToHtml } from '../../../core/editor/toHtml';
import { DISPOSITION_LABELS, DispositionSchema, type Answer, type Question, type RichNode } from '../../../core/model';
import { describeQuestionGroup } from '../../../core/drafting/answerGroups';
import { AnswerEditor } from '../editor/AnswerEditor';
import { redactDoc } from '../../../core/checks/redact';
import type { Finding } from '../../../core/checks/finding';
import { FindingList } from '../checks/FindingList';
import { withCitedSections } from '../../../core/clauses/citedInDoc';
import { withRedirect } from '../../../core/clauses/redirectInDoc';
import { dispositionLabel } from '../../../core/drafting/outcome';
import { saveStateText, useDebouncedSave } from '../ui/useDebouncedSave';
import { saveErrorText } from '../ui/fieldErrorText';
import { richToPlainText } from '../../../core/editor/plainText';
import { AnswerHistoryDialog } from '../history/AnswerHistoryDialog';
import { useSentEditGuard } from '../history/SentEditGuard';
import { useRegisterAnswerBlock } from './answerBlocks';
import { answerConflictOf } from '../../../core/team/teamContract';
import { AnswerConflict } from '../team/AnswerConflict';
import { ReviewCommentNote } from '../team/ReviewCommentNote';

interface Props {
  desk: DeskApi;
  caseId: string;
  answer: Answer;
  covered: Question[];
  active: boolean;
  onActivate: () => void;
  /** `structural` is false for text edits, which the question list need not re-render for. */
  onChange: (a: Answer, structural: boolean) => void;
  /** Told after each autosave, with what was saved. */
  onSaved?: (a: Answer) => void;
  onUnlink: () => void;
  /** Live check findings about this answer. */
  findings: readonly Finding[];
}

/**
 * One answer: its disposition and its text. The text is shown as HTML until the officer goes into
 * it, then becomes a live editor; either way every change is saved within half a second.
 */
export function AnswerBlock({ desk, caseId, answer: given, covered, active, onActivate, onChange, onSaved, onUnlink, findings }: Props) {
  // The block owns its answer while the officer types. Keystrokes go to a ref, not state: the editor
  // already shows them, and re-rendering on each one would cost the typing its frame budget. State
  // (and the list) hear only of structural changes, and catch up when the editor closes.
  const [answer, setAnswer] = useState(given);
  const answerRef = useRef(given);
  // The stored version this window's text is based on (core/team): sent with every save, so one that
  // another officer's save overtook is refused instead of overwriting their words. Versions only grow,
  // so an older copy of the answer handed down again never lowers it.
  const versionRef = useRef(given.version);
  useEffect(() => {
    answerRef.current = given;
    setAnswer(given);
    if (given.version !== undefined) versionRef.current = Math.max(versionRef.current ?? 0, given.version);
  }, [given]);
  useEffect(() => {
    if (!active) setAnswer(answerRef.current);
  }, [active]);
  const savedRef = useRef(onSaved);
  savedRef.current = onSaved;
  const [conflict, setConflict] = useState<{ mine: Answer; theirs: Answer } | null>(null);
  // One save at a time: a save sent before the last one answered would carry the version before it.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const save = useDebouncedSave(
    useCallback(
      (a: Answer) => {
        const run = chain.current.then(async () => {
          const base = versionRef.current;
          try {
            const saved = await desk.saveAnswer({ caseId, answer: base === undefined ? a : { ...a, version: base } });
            if (saved.version !== undefined) versionRef.current = saved.version;
            setConflict(null);
            savedRef.current?.(a);
          } catch (err) {
            const theirs = answerConflictOf(err);
            if (theirs) setConflict({ mine: a, theirs });
            throw err;
          }
        });
        chain.current = run.catch(() => undefined);
        return run;
      },
      [desk, caseId],
    ),
  );
  const [exemptionsText, setExemptionsText] = useState(answer.exemptions.join(', '));
  // Links in the preview are shown but not followed or tabbed to: a click or Enter edits the answer.
  const html = useMemo(() => (active ? '' : docToHtml(answer.doc).replace(/<a href="[^"]*">/g, '<span class="link">').replace(/<\/a>/g, '</span>')), [active, answer.doc]);
  const numbers = covered.map((q) => q.number);
  // An answer whose questions went (a new split) is still named: it must never read "Answer to question ".
  const label = numbers.length === 0 ? 'Answer not linked to a question' : `Answer to question${numbers.length > 1 ? 's' : ''} ${describeQuestionGroup(numbers)}`;

  const update = (patch: Partial<Answer>) => {
    const prev = answerRef.current;
    const edited = { ...prev, ...patch };
    // Sections and the redirect follow the clause nodes in the text (core/clauses/citedInDoc, redirectInDoc).
    const next = patch.doc ? withRedirect(prev, withCitedSections(prev, edited)) : edited;
    const cited = next !== edited;
    const structural = !('doc' in patch) || cited;
    answerRef.current = next;
    if (cited) setExemptionsText(next.exemptions.join(', '));
    if (structural) setAnswer(next);
    onChange(next, structural);
    save.schedule(next);
  };

  // A redaction rewrites the stored text, so the live editor is remounted on the new version.
  const [editorKey, setEditorKey] = useState(0);
  const [redactNote, setRedactNote] = useState<string | null>(null);
  function redact(f: Finding) {
    if (!f.redaction) return;
    const { doc, count } = redactDoc(answerRef.current.doc, f.redaction.find, f.redaction.replaceWith);
    if (count === 0) {
      setRedactNote(`"${f.redaction.find}" runs across differently formatted text: select it in the answer and replace it by hand.`);
      return;
    }
    setRedactNote(null);
    update({ doc });
    setEditorKey((k) => k + 1);
  }

  // History (../history): the versions the service keeps, compared with the text now, and restored
  // through the service so the text replaced stays in the history. A sent case asks for a reason first.
  const guard = useSentEditGuard();
  const editing = active && !guard.locked;
  const activate = () => void guard.allowEdit().then((ok) => ok && onActivate());
  const [history, setHistory] = useState<{ currentText: string } | null>(null);
  const historyOpener = useRef<HTMLElement | null>(null);
  async function openHistory() {
    historyOpener.current = document.activeElement as HTMLElement | null;
    await save.flush();
    setHistory({ currentText: richToPlainText(answerRef.current.doc).trim() });
  }
  async function restore(versionId: number) {
    setHistory(null);
    if (!(await guard.allowEdit())) return;
    await save.flush();
    try {
      const restored = await desk.restoreAnswerVersion({ caseId, versionId });
      if (restored.version !== undefined) versionRef.current = restored.version;
      answerRef.current = restored;
      setAnswer(restored);
      setExemptionsText(restored.exemptions.join(', '));
      onChange(restored, true);
      // The kept editor takes the restored text as one more step: Ctrl+Z undoes the restore.
      setEditorKey((k) => k + 1);
      setRedactNote(null);
    } catch (err) {
      setRedactNote(saveErrorText(err));
    }
  }

  // A refused save (core/team): keep mine saves it again over the version now stored; take theirs puts
  // their text in the editor and saves it as is, so the unsaved text of mine is never written after.
  function keepMine() {
    if (!conflict) return;
    versionRef.current = conflict.theirs.version;
    setConflict(null);
    save.schedule(answerRef.current);
    void save.flush();
  }
  function takeTheirs() {
    if (!conflict) return;
    const { version, reviewComment: _c, ...theirs } = conflict.theirs;
    const next: Answer = { ...theirs, ...(answerRef.current.reviewComment ? { reviewComment: answerRef.current.reviewComment } : {}) };
    versionRef.current = version;
    answerRef.current = next;
    setAnswer(next);
    setExemptionsText(next.exemptions.join(', '));
    onChange(next, true);
    setEditorKey((k) => k + 1);
    setConflict(null);
    save.schedule(next);
    void save.flush();
  }
  async function resolveComment() {
    try {
      await desk.resolveReviewComment({ caseId, answerId: answerRef.current.id });
      const { reviewComment: _done, ...rest } = answerRef.current;
      answerRef.current = rest;
      setAnswer(rest);
      onChange(rest, true);
    } catch (err) {
      setRedactNote(saveErrorText(err));
    }
  }

  // One-click fixes that change this answer go through update, like any edit, so they are saved and undoable by hand.
  // A sent case asks for a reason first, as for any edit.
  function fix(f: Finding) {
    const wanted = f.fix;
    if (wanted?.kind !== 'set-disposition' || wanted.answerId !== answerRef.current.id) return;
    guard.whenAllowed(() => update({ disposition: wanted.disposition, ...(wanted.redirectTo !== undefined ? { redirectTo: wanted.redirectTo } : {}) }));
  }
  // The panel around reaches this answer for the checks summary's fixes, and flushes its pending
  // save before it changes the answers' links (./answerBlocks).
  const fixRef = useRef(fix);
  fixRef.current = fix;
  // Live refresh leaves an answer alone while it holds unsaved words or a conflict (./answerBlocks).
  const busyRef = useRef(false);
  busyRef.current = save.state !== 'saved' || conflict !== null;
  const handle = useMemo(() => ({ flush: save.flush, fix: (f: Finding) => fixRef.current(f), busy: () => busyRef.current }), [save.flush]);
  useRegisterAnswerBlock(answer.id, handle);

  return (
    <section className={`answer disposition-${answer.disposition}`} aria-label={label} data-answer-id={answer.id}>
      {covered.length > 1 && (
        <p className="answer-group">
          In relation to questions {describeQuestionGroup(numbers)}
          <button type="button" className="link-button" onClick={onUnlink}>Answer separately</button>
        </p>
      )}
      {/* The outcome controls exist only on the answer in use: a 200-question case stays light. */}
      {editing ? (
        <div className="answer-meta">
          <label>
            Outcome{' '}
            <select value={answer.disposition} onChange={(e) => update({ disposition: DispositionSchema.parse(e.target.value) })}>
              {DispositionSchema.options.map((d) => (
                <option key={d} value={d}>{DISPOSITION_LABELS[d]}</option>
              ))}
            </select>
          </label>
          {(answer.disposition === 'exempt' || answer.disposition === 'partly-answered') && (
            <label>
              Sections relied on{' '}
              <input
                value={exemptionsText}
                placeholder="e.g. s31(1)(a), s40(2)"
                onChange={(e) => {
                  setExemptionsText(e.target.value);
                  update({ exemptions: e.target.value.split(',').map((s) => s.trim()).filter(Boolean) });
                }}
              />
            </label>
          )}
          {answer.disposition === 'redirected' && (
            <label>
              Redirected to{' '}
              <input value={answer.redirectTo} placeholder="e.g. All police forces" onChange={(e) => update({ redirectTo: e.target.value })} />
            </label>
          )}
          {answer.exemptions.length > 0 && <span className="cited" data-testid="cited">Cited: {answer.exemptions.join(', ')}</span>}
          <button type="button" className="link-button" onClick={() => void openHistory()}>History</button>
          <span className={`save-state ${save.state}`} role="status">{saveStateText(save.state, save.error)}</span>
        </div>
      ) : (
        <p className="answer-meta">
          <span className="disposition-text">{dispositionLabel(answer, DISPOSITION_LABELS)}</span>
          {answer.disposition === 'redirected' && answer.redirectTo && <span> to {answer.redirectTo}</span>}
          {answer.exemptions.length > 0 && <span className="cited" data-testid="cited">Cited: {answer.exemptions.join(', ')}</span>}
          <button type="button" className="link-button" aria-label={`History of the ${label.charAt(0).toLowerCase()}${label.slice(1)}`} onClick={() => void openHistory()}>History</button>
          {save.state !== 'saved' && <span className={`save-state ${save.state}`} role="status">{saveStateText(save.state, save.error)}</span>}
        </p>
      )}
      {answer.reviewComment && <ReviewCommentNote comment={answer.reviewComment} onResolve={() => void resolveComment()} />}
      {conflict && <AnswerConflict mine={conflict.mine} theirs={conflict.theirs} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />}
      <FindingList findings={findings} onRedact={redact} onFix={fix} />
      {redactNote && <p className="field-error" role="alert">{redactNote}</p>}
      {history && <AnswerHistoryDialog desk={desk} caseId={caseId} answerId={answer.id} label={label} currentText={history.currentText} onRestore={(id) => void restore(id)} onClose={() => {
            setHistory(null);
            historyOpener.current?.focus();
          }} />}
      {editing ? (
        <AnswerEditor key={editorKey} sessionKey={answer.id} doc={answerRef.current.doc} label={label} autoFocus onChange={(doc: RichNode) => update({ doc })} />
      ) : (
        <div
          className="answer-preview"
          role="group"
          tabIndex={0}
          aria-label={`${label} (press Enter to edit)`}
          // A sent case is read until the officer asks to edit: moving through it never opens the warning.
          onFocus={guard.locked ? undefined : onActivate}
          onClick={activate}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              activate();
            }
          }}
        >
          {html.replace(/<[^>]+>/g, '').trim() ? <div dangerouslySetInnerHTML={{ __html: html }} /> : <p className="placeholder">Write the answer…</p>}
        </div>
      )}
    </section>
  );
}
