import { DeskError } from './errors';

/**
 * Progress and cancelling for long calls (importing or exporting many cases). The window names a
 * call with a `callId` of its own choosing; the host reports progress events under that id and
 * `cancelCall({ callId })` aborts it. The service sees only a CallContext: it calls `step` between
 * cases or entries, which reports the count and throws DeskError('cancelled') once cancelled.
 * Plain TypeScript (AbortController and timers exist in Node and the browser alike).
 */

export interface CallProgress {
  callId: string;
  /** Items finished so far, of `total` (cases, entries, steps). */
  done: number;
  total: number;
  /** What is happening, for the officer: "Importing case 3 of 40". */
  message: string;
}

export interface CallContext {
  readonly signal: AbortSignal;
  /**
   * Reports `done` of `total` and lets a cancel that arrived in the meantime land: it yields to the
   * event loop now and then (a cancel is a message that cannot be read while a loop runs), and
   * throws DeskError('cancelled') once the call is cancelled. Call it before each item.
   */
  step(done: number, total: number, message: string): Promise<void>;
}

// Enough to keep the window's bar moving without an IPC message per case of 10,000.
const PROGRESS_INTERVAL_MS = 100;
// Long enough that yielding costs nothing measurable; short enough that Cancel feels immediate.
const YIELD_INTERVAL_MS = 50;

const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

export function cancelledError(): DeskError {
  return new DeskError('cancelled', 'Cancelled: nothing was written. Start it again when you are ready.');
}

/** A context for a call nobody is watching: it can still be given a signal (the CLI's Ctrl+C). */
export function createCallContext(options: { callId?: string; signal?: AbortSignal; onProgress?: (progress: CallProgress) => void; now?: () => number } = {}): CallContext {
  const signal = options.signal ?? new AbortController().signal;
  const now = options.now ?? (() => Date.now());
  let lastReport = -Infinity;
  let lastYield = now();
  return {
    signal,
    async step(done, total, message) {
      if (now() - lastYield >= YIELD_INTERVAL_MS) {
        await yieldToEventLoop();
        lastYield = now();
      }
      if (signal.aborted) throw cancelledError();
      const first = done === 0;
      const last = done >= total;
      if (options.onProgress && options.callId !== undefined && (first || last || now() - lastReport >= PROGRESS_INTERVAL_MS)) {
        lastReport = now();
        options.onProgress({ callId: options.callId, done, total, message });
      }
    },
  };
}

/**
 * A host's running long calls by id, so `cancelCall` can reach them. One per host (the app's IPC
 * binding, an e2e page, a CLI run).
 */
export class CallRegistry {
  private readonly running = new Map<string, AbortController>();

  /**
   * Registers `callId` for the length of one call; `end` must be called when it settles. A host's
   * own signal (the CLI's Ctrl+C) cancels the call too.
   */
  begin(callId: string, host: { onProgress?: (progress: CallProgress) => void; signal?: AbortSignal } = {}): { context: CallContext; end: () => void } {
    // The same id twice (a double click) cancels nothing: the later call gets its own controller.
    const controller = new AbortController();
    this.running.set(callId, controller);
    const abort = () => controller.abort();
    if (host.signal?.aborted) controller.abort();
    host.signal?.addEventListener('abort', abort, { once: true });
    const context = createCallContext({ callId, signal: controller.signal, ...(host.onProgress ? { onProgress: host.onProgress } : {}) });
    return {
      context,
      end: () => {
        host.signal?.removeEventListener('abort', abort);
        if (this.running.get(callId) === controller) this.running.delete(callId);
      },
    };
  }

  /** True when a running call was found and told to stop; it stops at its next step. */
  cancel(callId: string): boolean {
    const controller = this.running.get(callId);
    if (!controller) return false;
    controller.abort();
    this.running.delete(callId);
    return true;
  }

  get size(): number {
    return this.running.size;
  }
}
