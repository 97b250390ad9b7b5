import type { CallProgress } from './calls';
import type { DeskApi } from './contract';
import type { DispatchResult } from './dispatch';
import { DeskError } from './errors';
import { DESK_METHOD_NAMES } from './methodNames';

export type DeskTransport = (method: string, input: unknown) => Promise<DispatchResult>;
export type ProgressListener = (progress: CallProgress) => void;

/**
 * What a host puts in the page (the preload through contextBridge, or the e2e init script): one
 * names-only `invoke` that resolves with a DispatchResult as data, never throwing, so the error's
 * code survives the crossing; and a feed of progress events for long calls.
 */
export interface DeskBridge {
  invoke: DeskTransport;
  /** Returns the function that stops listening. */
  onProgress?: (listener: ProgressListener) => () => void;
}

/** `window.desk`: the typed contract, plus the progress feed of long calls. */
export type DeskClient = DeskApi & { onProgress: (listener: ProgressListener) => () => void };

const LOST_CONNECTION = 'The window lost its connection to your workspace. Close Disclosure Desk and open it again; nothing you saved is lost.';

/**
 * Builds the typed client on a bridge. Each call resolves with the value or rejects with a
 * DeskError re-made from the {code, message} the host sent, so the window branches on `code`.
 * Imports no zod: validation is dispatch's, on the other side of the bridge.
 */
export function createDeskClient(bridge: DeskBridge | DeskTransport): DeskClient {
  const { invoke, onProgress } = typeof bridge === 'function' ? { invoke: bridge, onProgress: undefined } : bridge;
  const client: Record<string, unknown> = {};
  for (const name of DESK_METHOD_NAMES) {
    client[name] = async (input: unknown) => {
      let result: DispatchResult;
      try {
        result = await invoke(name, input);
      } catch {
        // Only the transport itself throws (dispatch never does): the main process is gone or restarting.
        throw new DeskError('unavailable', LOST_CONNECTION);
      }
      if (result?.ok === true) return result.value;
      throw DeskError.fromData(result?.error);
    };
  }
  client['onProgress'] = (listener: ProgressListener) => (onProgress ? onProgress(listener) : () => {});
  return Object.freeze(client) as unknown as DeskClient;
}
