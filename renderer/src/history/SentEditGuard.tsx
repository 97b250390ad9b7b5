import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { errorMessage } from '../desk';
import { Dialog } from '../ui/Dialog';
import { formatUkDay } from './versionTime';
import './history.css';

interface SentEditGuard {
  /** True while the case is sent and no reason has been given in this visit. */
  locked: boolean;
  /** Resolves true when the officer may edit: at once for a case not sent, else once a reason is recorded. */
  allowEdit: () => Promise<boolean>;
  /**
   * Runs `apply` (the change) at once when the case may be edited, else once the officer has given a
   * reason; never when they cancel. Every edit on the case screen goes through here, because the
   * service refuses a change to a sent case made without a reason (core/model/sentEdits).
   */
  whenAllowed: (apply: () => void, onRefused?: () => void) => void;
}

const Context = createContext<SentEditGuard>({ locked: false, allowEdit: async () => true, whenAllowed: (apply) => apply() });

export const useSentEditGuard = () => useContext(Context);

/** For a component that renders the provider itself (the case screen's request text). */
export const SentEditGuardConsumer = Context.Consumer;

interface Props {
  desk: DeskApi;
  caseId: string;
  /** The date the case was sent, when it counts as sent; null for a case still being worked on. */
  sent: string | null;
  /** Told after a reason is recorded (the sent copy panel lists them). */
  onRecorded?: () => void;
  children: ReactNode;
}

/**
 * Before the first change to a sent case: a warning that the change is to the record, not to what
 * the requester received, and a reason, kept with who and when (DeskService.recordSentEdit). One
 * reason covers the rest of this visit to the case.
 */
export function SentEditGuardProvider({ desk, caseId, sent, onRecorded, children }: Props) {
  const [unlocked, setUnlocked] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  // While the question is open, every change asks the same question and hears the same answer.
  const asked = useRef<Promise<boolean> | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const locked = sent !== null && !unlocked;
  // Read by handlers made before the re-render that follows a reason: they must not ask twice.
  const lockedRef = useRef(locked);
  lockedRef.current = locked;
  // Sent again in this visit (taken back out, then sent): the reason given before covers the old sending only, as in the service.
  const lastSent = useRef(sent);
  useEffect(() => {
    if (lastSent.current !== sent && sent !== null) setUnlocked(false);
    lastSent.current = sent;
  }, [sent]);

  const allowEdit = useCallback(() => {
    if (!lockedRef.current) return Promise.resolve(true);
    if (resolver.current && asked.current) return asked.current;
    returnFocus.current = document.activeElement as HTMLElement | null;
    setError(null);
    setAsking(true);
    asked.current = new Promise<boolean>((resolve) => (resolver.current = resolve));
    return asked.current;
  }, []);

  const whenAllowed = useCallback(
    (apply: () => void, onRefused?: () => void) => {
      if (!lockedRef.current) return apply();
      void allowEdit().then((ok) => (ok ? apply() : onRefused?.()));
    },
    [allowEdit],
  );

  const finish = (ok: boolean) => {
    setAsking(false);
    resolver.current?.(ok);
    resolver.current = null;
    if (!ok) returnFocus.current?.focus();
  };

  async function record() {
    if (!reason.trim()) {
      setError('Say why you are changing a case that was sent.');
      return;
    }
    setBusy(true);
    try {
      await desk.recordSentEdit({ caseId, reason: reason.trim() });
      setUnlocked(true);
      lockedRef.current = false;
      setReason('');
      onRecorded?.();
      finish(true);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const value = useMemo(() => ({ locked, allowEdit, whenAllowed }), [locked, allowEdit, whenAllowed]);
  return (
    <Context.Provider value={value}>
      {children}
      {asking && sent && (
        <Dialog labelledBy="sent-edit-title" describedBy="sent-edit-warning" className="sent-edit-dialog" onClose={() => finish(false)}>
          <h2 id="sent-edit-title">Change a sent case?</h2>
          <p id="sent-edit-warning">
            This case was sent on {formatUkDay(sent)}. Editing changes your record, not what the requester received.
          </p>
          <p className="hint">The copy of the letter as sent is kept unchanged. Your reason is recorded with your name and the time.</p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void record();
            }}
          >
            <label htmlFor="sent-edit-reason">Why are you changing it? (required)</label>
            <textarea id="sent-edit-reason" value={reason} required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'sent-edit-error' : undefined} onChange={(e) => setReason(e.target.value)} />
            {error && (
              <p id="sent-edit-error" className="field-error" role="alert">
                {error}
              </p>
            )}
            <div className="sent-edit-actions">
              <button type="submit" className="primary" disabled={busy}>
                Record reason and edit
              </button>
              <button type="button" onClick={() => finish(false)}>
                Cancel
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </Context.Provider>
  );
}
