import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallProgress } from '../../../core/api/calls';
import type { DeskApi } from '../../../core/api/contract';
import type { DeskClient } from '../../../core/api/client';
import { failedWith } from '../desk';

export interface LongCallState {
  /** What is running, for the officer ("Exporting the PDF"); null when nothing is. */
  label: string | null;
  /** The latest count from the service; null until the first arrives. */
  progress: CallProgress | null;
  cancelling: boolean;
}

/**
 * Runs one long desk call (an export, an import) under a fresh callId, follows its progress events
 * and cancels it on request. `run` resolves with the call's value, or with null when the officer
 * cancelled it: a cancel is their choice, not an error to show.
 */
export function useLongCall(desk: DeskApi | DeskClient) {
  const [state, setState] = useState<LongCallState>({ label: null, progress: null, cancelling: false });
  const callId = useRef<string | null>(null);

  useEffect(() => {
    if (!('onProgress' in desk)) return;
    return desk.onProgress((progress) => {
      if (progress.callId === callId.current) setState((s) => ({ ...s, progress }));
    });
  }, [desk]);

  const run = useCallback(async <T>(label: string, start: (callId: string) => Promise<T>): Promise<T | null> => {
    const id = crypto.randomUUID();
    callId.current = id;
    setState({ label, progress: null, cancelling: false });
    try {
      return await start(id);
    } catch (err) {
      if (failedWith(err, 'cancelled')) return null;
      throw err;
    } finally {
      if (callId.current === id) callId.current = null;
      setState({ label: null, progress: null, cancelling: false });
    }
  }, []);

  const cancel = useCallback(() => {
    const id = callId.current;
    if (!id) return;
    setState((s) => ({ ...s, cancelling: true }));
    // If the call ends first, there is nothing left to cancel and the answer says so: nothing to do.
    void desk.cancelCall({ callId: id }).catch(() => {});
  }, [desk]);

  return { ...state, running: state.label !== null, run, cancel };
}
