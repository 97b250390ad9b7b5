import type { z } from 'zod';
import { cancelledError } from '../../../core/api/calls';
import type { changesContract } from '../../../core/api/changesContract';
import type { WorkspaceStore } from '../store/caseStore';
import type { ChangeFeed } from './changeFeed';

type Input = z.output<(typeof changesContract)['waitForChanges']['input']>;
type Output = z.output<(typeof changesContract)['waitForChanges']['output']>;

/** How soon a read is tried again while PostgreSQL holds changes back behind an older transaction. */
const HELD_BACK_RETRY_MS = 250;

/**
 * The contract's waitForChanges (core/api/changesContract.ts), on either engine: a long poll. At
 * once with what changed after `after`; otherwise when the feed wakes it, after `timeoutMs`, or when
 * the call is cancelled (the window closed: cancelCall with its callId). The watch is set before the
 * read, so a change landing between the two still wakes it.
 */
export async function waitForChanges(store: WorkspaceStore, input: Input, signal: AbortSignal): Promise<Output> {
  return waitOnFeed(store.changes(), input, signal);
}

export async function waitOnFeed(feed: ChangeFeed, input: Input, signal: AbortSignal): Promise<Output> {
  if (input.after === undefined) return { cursor: await feed.cursor(), changes: [] };
  const deadline = Date.now() + input.timeoutMs;
  let after = input.after;
  for (;;) {
    if (signal.aborted) throw cancelledError();
    let woken = false;
    let wakeUp: () => void = () => undefined;
    const stop = feed.watch(() => {
      woken = true;
      wakeUp();
    });
    try {
      const read = await feed.read(after);
      if (read.changes.length > 0) return { cursor: read.cursor, changes: read.changes };
      after = read.cursor;
      const left = deadline - Date.now();
      if (left <= 0) return { cursor: after, changes: [] };
      if (woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, read.heldBack ? Math.min(left, HELD_BACK_RETRY_MS) : left);
        function done() {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          resolve();
        }
        wakeUp = done;
        signal.addEventListener('abort', done, { once: true });
      });
    } finally {
      stop();
    }
  }
}
