import type { DeskApi } from '../../core/api/contract';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or the e2e bridge; the renderer's only way out. */
    desk?: DeskApi;
  }
}

export function getDesk(): DeskApi | null {
  return window.desk ?? null;
}

/** The officer-facing text of anything a desk call rejected with. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
