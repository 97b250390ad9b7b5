import { z } from 'zod';
import { CallRegistry, createCallContext, type CallContext, type CallProgress } from './calls';
import { DeskError, describeZodError, explainSystemError, type DeskErrorData } from './errors';
import { deskContract, type DeskApiImpl, type DeskMethod, type ServiceMethod } from './contract';

export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: DeskErrorData };

/**
 * What a host lends dispatch for long calls: its registry of running calls (so cancelCall can reach
 * them) and where progress goes (an IPC event to the window, the e2e page, the terminal). A host
 * that passes neither still works: its long calls simply cannot be followed or cancelled.
 */
export interface DispatchHost {
  calls?: CallRegistry;
  onProgress?: (progress: CallProgress) => void;
  /** Aborts every call this host starts (the CLI's Ctrl+C). */
  signal?: AbortSignal;
  /** Waits before each retry of a call that found the workspace locked; tests shorten them. */
  busyRetryDelaysMs?: readonly number[];
}

// The store already waits 5 s for a lock (busy_timeout). Still locked after that means another
// program is in a long write, such as an import of thousands of cases: wait a little longer, twice,
// before telling the officer. A locked call has written nothing (SQLite refuses the transaction
// before its first write), so trying it again never writes twice.
const BUSY_RETRY_DELAYS_MS = [500, 2000] as const;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isDeskMethod(name: unknown): name is DeskMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(deskContract, name);
}

const failure = (error: DeskError): DispatchResult => ({ ok: false, error: error.toData() });

/**
 * The single entry point every host uses. It never throws: errors come back as data
 * ({ code, message }), because Electron's IPC, contextBridge and Playwright's bindings all mangle
 * thrown errors. Unknown methods and invalid input are refused before the service sees them; an
 * answer from the service that breaks the contract is the app's fault, so it is `internal`.
 */
export async function dispatch(service: DeskApiImpl, method: unknown, input: unknown, host: DispatchHost = {}): Promise<DispatchResult> {
  if (!isDeskMethod(method)) {
    return failure(new DeskError('invalid-input', `Unknown request "${String(method)}". Update Disclosure Desk: the window and the app are from different versions.`));
  }
  const spec = deskContract[method];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return failure(new DeskError('invalid-input', describeZodError(parsed.error)));

  if (method === 'cancelCall') {
    const { callId } = parsed.data as { callId: string };
    return { ok: true, value: { cancelled: host.calls?.cancel(callId) ?? false } };
  }

  const callId = (parsed.data as { callId?: unknown }).callId;
  const running = typeof callId === 'string' && host.calls ? host.calls.begin(callId, host) : null;
  const context: CallContext = running?.context ?? createCallContext(host.signal ? { signal: host.signal } : {});

  let value: unknown;
  try {
    const call = service[method as ServiceMethod] as (i: unknown, c: CallContext) => unknown;
    const delays = host.busyRetryDelaysMs ?? BUSY_RETRY_DELAYS_MS;
    for (let attempt = 0; ; attempt++) {
      try {
        value = await call.call(service, parsed.data, context);
        break;
      } catch (err) {
        const error = asDeskError(method, err);
        if (error.code !== 'workspace-locked' || attempt >= delays.length || context.signal.aborted) throw error;
        if (typeof callId === 'string') {
          host.onProgress?.({ callId, done: 0, total: 1, message: 'The workspace is busy: another window or program is writing to it (perhaps a long import). Waiting for it to finish…' });
        }
        await sleep(delays[attempt]!);
      }
    }
  } catch (err) {
    return failure(asDeskError(method, err));
  } finally {
    running?.end();
  }

  const checked = (spec.output as z.ZodType).safeParse(value);
  if (!checked.success) {
    return failure(new DeskError('internal', `Disclosure Desk made a fault answering "${method}" (${describeZodError(checked.error, 3)}). Try again; if it happens again, report it with these words.`));
  }
  return { ok: true, value: checked.data };
}

/** Expected failures keep their code; anything else is a fault in the app, said plainly. */
function asDeskError(method: string, err: unknown): DeskError {
  if (err instanceof DeskError) return err;
  const known = explainSystemError(err);
  if (known) return known;
  const detail = err instanceof z.ZodError ? describeZodError(err, 3) : err instanceof Error ? err.message : String(err);
  return new DeskError('internal', `Disclosure Desk made a fault while running "${method}" (${detail}). Try again; if it happens again, report it with these words.`);
}
