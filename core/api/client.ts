import { DESK_METHODS, type DeskApi } from './contract';
import { DeskError } from './errors';
import type { DispatchResult } from './dispatch';

export type DeskTransport = (method: string, input: unknown) => Promise<DispatchResult>;

/**
 * Builds `window.desk` from the contract's method names over any transport (Electron IPC or the
 * e2e binding). Each call resolves with the value or rejects with a DeskError carrying the
 * officer-facing message.
 */
export function createDeskClient(transport: DeskTransport): DeskApi {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of DESK_METHODS) {
    client[name] = async (input: unknown) => {
      const result = await transport(name, input);
      if (result.ok) return result.value;
      throw new DeskError(result.error.code, result.error.message);
    };
  }
  return Object.freeze(client) as unknown as DeskApi;
}
