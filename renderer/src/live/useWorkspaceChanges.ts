import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import { LIVE_PACE_MS, type WorkspaceChange } from '../../../core/api/changesContract';
import type { DeskApi } from '../../../core/api/contract';

/**
 * Live refresh: while the window is open it asks the workspace what changed (waitForChanges, a long
 * poll that answers within a second of another window's or officer's change) and tells whoever
 * listens: the app frame refreshes the list, the open case its header and the answers not being
 * written. One loop per window; screens subscribe through LiveChangesContext.
 */
export type ChangesListener = (changes: readonly WorkspaceChange[]) => void;

export class LiveChanges {
  private readonly listeners = new Set<ChangesListener>();

  subscribe(listener: ChangesListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  emit(changes: readonly WorkspaceChange[]): void {
    for (const listener of [...this.listeners]) listener(changes);
  }
}

export const LiveChangesContext = createContext<LiveChanges | null>(null);

// After a failure (the workspace reopening, an older host without the method) the loop waits, longer
// each time, so a window never hammers a service that cannot answer.
const FIRST_PAUSE_MS = 1000;
const LONGEST_PAUSE_MS = 30_000;

const pause = (ms: number, stopped: () => boolean) =>
  new Promise<void>((resolve) => {
    const started = Date.now();
    const tick = () => (stopped() || Date.now() - started >= ms ? resolve() : setTimeout(tick, Math.min(250, ms)));
    setTimeout(tick, Math.min(250, ms));
  });

/** Runs the window's loop for as long as the component using it is mounted. */
export function useWorkspaceChanges(desk: DeskApi): LiveChanges {
  const live = useMemo(() => new LiveChanges(), []);
  useEffect(() => {
    let stopped = false;
    const isStopped = () => stopped;
    // Named so that the window closing (unmounting) cancels the one waiting call (core/api/calls).
    const callId = `live-${Math.random().toString(36).slice(2)}`;
    void (async () => {
      let cursor: number | undefined;
      let wait = FIRST_PAUSE_MS;
      while (!stopped) {
        try {
          const result = await desk.waitForChanges(cursor === undefined ? { callId } : { after: cursor, callId });
          if (stopped) return;
          cursor = result.cursor;
          wait = FIRST_PAUSE_MS;
          if (result.changes.length > 0) {
            live.emit(result.changes);
            await pause(LIVE_PACE_MS, isStopped);
          }
        } catch {
          if (stopped) return;
          // Nothing to tell the officer: their own work is unaffected, and the next try catches up
          // from the cursor, so no change is missed.
          await pause(wait, isStopped);
          wait = Math.min(wait * 2, LONGEST_PAUSE_MS);
        }
      }
    })();
    return () => {
      stopped = true;
      desk.cancelCall({ callId }).catch(() => undefined);
    };
  }, [desk, live]);
  return live;
}

/** Hears the window's changes while the calling component is mounted; the newest listener is always the one called. */
export function useLiveChanges(listener: ChangesListener): void {
  const live = useContext(LiveChangesContext);
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => live?.subscribe((changes) => latest.current(changes)), [live]);
}
