import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { closingWithDefaults, letterDefaults } from '../../../core/documents/letterDefaults';
import { letterPartsOf, type Case, type LetterPartName, type LetterParts, type Organisation, type RichNode } from '../../../core/model';
import { onAddClosingParagraphs } from '../checks/closingFix';
import { useClauseLibrary } from '../clauses/clauseLibraryStore';
import { AnswerEditor } from '../editor/AnswerEditor';
import { errorMessage } from '../desk';
import { saveStateText, useDebouncedSave } from '../ui/useDebouncedSave';
import { useSentEditGuard } from '../history/SentEditGuard';

interface Props {
  desk: DeskApi;
  c: Case;
  /** After each save, so the case screen's checks read the closing section as stored. */
  onSaved: (letter: LetterParts) => void;
}

const DEFAULT_FROM: Record<LetterPartName, string> = {
  salutation: "From the requester's name",
  opening: 'From Settings, with this request’s date and title',
  closing: "The clause library's closing paragraphs for this law",
  signOff: 'From Settings',
};

/**
 * The letter's own parts, around the answers: salutation and opening before them, the closing
 * section (review, the Commissioner, re-use) and sign-off after. Each shows its default until the
 * officer writes over it, can go back to it, and is saved like an answer (no Save button). The
 * closing section is rich text in the answer editor, so library clauses (Ctrl+K) and links work in it
 * exactly as in an answer; the other parts are plain words, as a letter's greeting is.
 */
export function LetterPartsPanel({ desk, c, onSaved }: Props) {
  const { library, error: libraryError } = useClauseLibrary(desk);
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    desk.getWorkspace({}).then((w) => setOrganisation(w.organisation), (err) => setLoadError(errorMessage(err)));
  }, [desk]);

  const [parts, setParts] = useState<LetterParts>(() => letterPartsOf(c));
  const partsRef = useRef(parts);
  // The closing editor is remounted when its content is replaced from outside (reset, the checks' fix).
  const [closingKey, setClosingKey] = useState(0);

  const save = useDebouncedSave(
    useCallback(
      async (next: LetterParts) => {
        const saved = await desk.updateCase({ id: c.id, patch: { letter: next } });
        onSaved(letterPartsOf(saved));
      },
      [desk, c.id, onSaved],
    ),
  );

  // Defaults need the settings and the library; the case fields they read are the request's own.
  const defaults = useMemo(
    () => (organisation && library ? letterDefaults(c, organisation, library.clauses) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the fields defaults read, not the case object that changes with every save
    [organisation, library, c.title, c.received, c.regime, c.ref, c.requester.name, c.channel, c.answers],
  );

  // A sent letter changes only with a reason (history/SentEditGuard); refused, the closing editor
  // (which shows its own keystrokes at once) goes back to the stored text.
  const guard = useSentEditGuard();
  const update = useCallback(
    (patch: Partial<LetterParts>, remountClosing = false) =>
      guard.whenAllowed(
        () => {
          const next = { ...partsRef.current, ...patch };
          partsRef.current = next;
          setParts(next);
          if (remountClosing) setClosingKey((k) => k + 1);
          save.schedule(next);
        },
        () => setClosingKey((k) => k + 1),
      ),
    [save, guard],
  );

  // "Add the closing paragraphs" from the checks: the regime's clauses the section lacks, after the officer's own words.
  const closingRef = useRef<HTMLElement>(null);
  useEffect(
    () =>
      onAddClosingParagraphs((ref) => {
        if (ref !== c.ref || !organisation || !library) return;
        update({ closing: closingWithDefaults(partsRef.current.closing, c, organisation, library.clauses) }, true);
        closingRef.current?.scrollIntoView({ block: 'start' });
        closingRef.current?.querySelector<HTMLElement>('[contenteditable]')?.focus();
      }),
    [c, organisation, library, update],
  );

  const reset = (part: LetterPartName) => (
    <button type="button" className="link-button" disabled={parts[part] === null} onClick={() => update({ [part]: null }, part === 'closing')} aria-describedby={`letter-${part}-source`}>
      Reset to default
    </button>
  );
  const source = (part: LetterPartName) => (
    <span id={`letter-${part}-source`} className="hint">
      {parts[part] === null ? `Default: ${DEFAULT_FROM[part].charAt(0).toLowerCase()}${DEFAULT_FROM[part].slice(1)}.` : 'Written for this letter.'}
    </span>
  );

  const problem = loadError ?? libraryError;
  return (
    <section className="letter-parts" aria-labelledby="letter-heading">
      <h2 id="letter-heading">Letter</h2>
      <p className="hint">The letter's own words around the answers. They go to the requester only: the disclosure log prints the request and the answers.</p>
      {problem && <p className="banner error" role="alert">The letter's defaults could not be read: {problem}</p>}
      {!defaults ? (
        !problem && <p role="status" className="muted">Reading the letter's defaults…</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="letter-salutation">Salutation</label>
            <input id="letter-salutation" value={parts.salutation ?? defaults.salutation} onChange={(e) => update({ salutation: e.target.value })} aria-describedby="letter-salutation-source" />
            <span className="letter-part-tools">{source('salutation')} {reset('salutation')}</span>
          </div>
          <div className="field">
            <label htmlFor="letter-opening">Opening</label>
            <textarea id="letter-opening" rows={3} value={parts.opening ?? defaults.opening} onChange={(e) => update({ opening: e.target.value })} aria-describedby="letter-opening-source" />
            <span className="letter-part-tools">{source('opening')} {reset('opening')}</span>
          </div>
          <p className="hint">The answers follow here, question by question.</p>
          <section className="field" ref={closingRef} aria-labelledby="letter-closing-label">
            <h3 id="letter-closing-label" className="field-label">Closing section (review, complaint, re-use)</h3>
            <AnswerEditor
              key={closingKey}
              sessionKey={`letter-closing-${c.id}`}
              doc={parts.closing ?? defaults.closing}
              label="Closing section"
              onChange={(doc: RichNode) => update({ closing: doc })}
            />
            <span className="letter-part-tools">{source('closing')} {reset('closing')}</span>
          </section>
          <div className="field">
            <label htmlFor="letter-signoff">Sign-off</label>
            <textarea id="letter-signoff" rows={4} value={parts.signOff ?? defaults.signOff} onChange={(e) => update({ signOff: e.target.value })} aria-describedby="letter-signOff-source letter-signoff-hint" />
            <span id="letter-signoff-hint" className="hint">The closing words, then who signs, one a line.</span>
            <span className="letter-part-tools">{source('signOff')} {reset('signOff')}</span>
          </div>
          <p className={`save-state ${save.state}`} role="status" aria-live="polite">{saveStateText(save.state, save.error)}</p>
        </>
      )}
    </section>
  );
}
