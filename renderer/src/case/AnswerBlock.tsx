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
import { saveStateText, useDebouncedSave } from '../ui/useDebouncedSave';

interface Props {
  desk: DeskApi;
  caseId: string;
  answer: Answer;
  covered: Question[];
  active: boolean;
  onActivate: () => void;
  /** `structural` is false for text edits, which the question list need not re-render for. */
  onChange: (a: Answer, structural: boolean) => void;
  onUnlink: () => void;
  /** Live check findings about this answer. */
  findings: readonly Finding[];
}

/**
 * One answer: its disposition and its text. The text is shown as HTML until the officer goes into
 * it, then becomes a live editor; either way every change is saved within half a second.
 */
export function AnswerBlock({ desk, caseId, answer: given, covered, active, onActivate, onChange, onUnlink, findings }: Props) {
  // The block owns its answer while the officer types. Keystrokes go to a ref, not state: the editor
  // already shows them, and re-rendering on each one would cost the typing its frame budget. State
  // (and the list) hear only of structural changes, and catch up when the editor closes.
  const [answer, setAnswer] = useState(given);
  const answerRef = useRef(given);
  useEffect(() => {
    answerRef.current = given;
    setAnswer(given);
  }, [given]);
  useEffect(() => {
    if (!active) setAnswer(answerRef.current);
  }, [active]);
  const save = useDebouncedSave(useCallback((a: Answer) => desk.saveAnswer({ caseId, answer: a }), [desk, caseId]));
  const [exemptionsText, setExemptionsText] = useState(answer.exemptions.join(', '));
  // Links in the preview are shown but not followed or tabbed to: a click or Enter edits the answer.
  const html = useMemo(() => (active ? '' : docToHtml(answer.doc).replace(/<a href="[^"]*">/g, '<span class="link">').replace(/<\/a>/g, '</span>')), [active, answer.doc]);
  const numbers = covered.map((q) => q.number);
  const label = `Answer to question${numbers.length > 1 ? 's' : ''} ${describeQuestionGroup(numbers)}`;

  const update = (patch: Partial<Answer>) => {
    const prev = answerRef.current;
    const edited = { ...prev, ...patch };
    // Sections follow the clause nodes in the text (core/clauses/citedInDoc).
    const next = patch.doc ? withCitedSections(prev, edited) : edited;
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

  return (
    <section className={`answer disposition-${answer.disposition}`} aria-label={label} data-answer-id={answer.id}>
      {covered.length > 1 && (
        <p className="answer-group">
          In relation to questions {describeQuestionGroup(numbers)}
          <button type="button" className="link-button" onClick={onUnlink}>Answer separately</button>
        </p>
      )}
      {/* The outcome controls exist only on the answer in use: a 200-question case stays light. */}
      {active ? (
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
          <span className={`save-state ${save.state}`} role="status">{saveStateText(save.state, save.error)}</span>
        </div>
      ) : (
        <p className="answer-meta">
          <span className="disposition-text">{DISPOSITION_LABELS[answer.disposition]}</span>
          {answer.disposition === 'redirected' && answer.redirectTo && <span> to {answer.redirectTo}</span>}
          {answer.exemptions.length > 0 && <span className="cited" data-testid="cited">Cited: {answer.exemptions.join(', ')}</span>}
          {save.state !== 'saved' && <span className={`save-state ${save.state}`} role="status">{saveStateText(save.state, save.error)}</span>}
        </p>
      )}
      <FindingList findings={findings} onRedact={redact} />
      {redactNote && <p className="field-error" role="alert">{redactNote}</p>}
      {active ? (
        <AnswerEditor key={editorKey} doc={answerRef.current.doc} label={label} autoFocus onChange={(doc: RichNode) => update({ doc })} />
      ) : (
        <div
          className="answer-preview"
          role="group"
          tabIndex={0}
          aria-label={`${label} (press Enter to edit)`}
          onFocus={onActivate}
          onClick={onActivate}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onActivate();
            }
          }}
        >
          {html.replace(/<[^>]+>/g, '').trim() ? <div dangerouslySetInnerHTML={{ __html: html }} /> : <p className="placeholder">Write the answer…</p>}
        </div>
      )}
    </section>
  );
}
