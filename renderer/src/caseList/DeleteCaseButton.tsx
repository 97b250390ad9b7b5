import { useRef, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { BIN_DAYS } from '../../../core/api/bin';
import { errorMessage } from '../desk';
import { Dialog } from '../ui/Dialog';

interface Props {
  desk: DeskApi;
  caseId: string;
  caseRef: string;
  /** The case is in the bin: close it and read the list again. */
  onDeleted: () => void;
}

/** "Delete case…" on the case screen: to the bin, after a confirm that says it can be restored. */
export function DeleteCaseButton({ desk, caseId, caseRef, onDeleted }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  function close() {
    setAsking(false);
    setError(null);
    button.current?.focus();
  }

  async function confirm() {
    setBusy(true);
    try {
      await desk.deleteCase({ id: caseId });
      setAsking(false);
      onDeleted();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button ref={button} type="button" className="danger" onClick={() => setAsking(true)}>
        Delete case…
      </button>
      {asking && (
        <Dialog labelledBy="delete-case-title" describedBy="delete-case-intro" onClose={close}>
          <h2 id="delete-case-title">Delete case {caseRef}?</h2>
          <p id="delete-case-intro">
            The case goes to the Bin, with its questions and answers. You can restore it from the Bin in the case list for {BIN_DAYS} days;
            after that it may be removed for good.
          </p>
          {error && <p className="banner error" role="alert">{error}</p>}
          <div className="actions">
            <button type="button" className="primary" autoFocus onClick={close}>
              Keep the case
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
              {busy ? 'Deleting…' : 'Move to the Bin'}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
