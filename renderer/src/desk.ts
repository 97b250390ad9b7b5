import { createDeskClient, type DeskBridge, type DeskClient } from '../../core/api/client';
import { deskErrorCode, type DeskErrorCode } from '../../core/api/errors';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or the e2e bridge: a names-only invoke, errors as data. */
    deskBridge?: DeskBridge;
    /** A ready-made client, for hosts that install one themselves. */
    desk?: DeskClient;
  }
}

/** The renderer's only way out: the typed client built on the host's bridge. */
export function getDesk(): DeskClient | null {
  if (window.deskBridge) return createDeskClient(window.deskBridge);
  return window.desk ?? null;
}

/** The officer-facing text of anything a desk call rejected with. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** True when a desk call failed in this expected way. Branch on this, never on the message's words. */
export function failedWith(err: unknown, code: DeskErrorCode): boolean {
  return deskErrorCode(err) === code;
}
