import { useMemo, useState } from 'react';
import type { Answer } from '../../../core/model';
import { wordDiff } from '../../../core/drafting/wordDiff';
import { richToPlainText } from '../../../core/editor/plainText';

interface Props {
  /** What this officer typed, not saved. */
  mine: Answer;
  /** What another officer (or window) saved meanwhile, with its version. */
  theirs: Answer;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/**
 * A save refused because the answer moved on (core/team): both texts side by side, the words only in
 * each marked, and the officer chooses. Nothing is lost whichever they pick: the text replaced stays
 * in the answer's History, and "Copy my text" keeps theirs to paste in.
 */
export function AnswerConflict({ mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const mineText = useMemo(() => richToPlainText(mine.doc).trim(), [mine.doc]);
  const theirsText = useMemo(() => richToPlainText(theirs.doc).trim(), [theirs.doc]);
  // before = theirs, after = mine: "removed" words are only in theirs, "added" only in mine.
  const parts = useMemo(() => wordDiff(theirsText, mineText), [theirsText, mineText]);
  const [copied, setCopied] = useState<string | null>(null);

  async function copyMine() {
    try {
      await navigator.clipboard.writeText(mineText);
      setCopied('Your text is copied: paste it wherever you need it.');
    } catch {
      setCopied('The text could not be copied: select it in "Your text" and press Ctrl+C.');
    }
  }

  return (
    <section className="answer-conflict" role="alert" aria-labelledby={`conflict-${mine.id}`}>
      <h3 id={`conflict-${mine.id}`}>Someone else saved this answer while you were writing</h3>
      <p className="hint">Your text was not saved over theirs. Compare the two, then choose which to keep.</p>
      <div className="conflict-sides">
        <div className="conflict-side" role="region" aria-label="Your text" tabIndex={0}>
          <h4>Your text</h4>
          <p data-testid="conflict-mine">
            {parts.map((p, i) => (p.kind === 'removed' ? null : p.kind === 'added' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>))}
          </p>
        </div>
        <div className="conflict-side" role="region" aria-label="Saved by someone else" tabIndex={0}>
          <h4>Saved by someone else</h4>
          <p data-testid="conflict-theirs">
            {parts.map((p, i) => (p.kind === 'added' ? null : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
          </p>
        </div>
      </div>
      <div className="conflict-actions">
        <button type="button" onClick={onKeepMine}>Keep mine</button>
        <button type="button" onClick={onTakeTheirs}>Take theirs</button>
        <button type="button" onClick={() => void copyMine()}>Copy my text</button>
      </div>
      {copied && <p role="status">{copied}</p>}
    </section>
  );
}
