import type { WorkspaceChange } from '../../../core/api/changesContract';

/**
 * What each engine offers live refresh (./waitForChanges.ts): the workspace's change log read after
 * a cursor, and a wake-up when it may have grown. SQLite (./sqliteChangeFeed.ts) polls its file;
 * PostgreSQL (../pg/pgChangeFeed.ts) listens for NOTIFY.
 */
export interface ChangeRead {
  /** Pass this to the next read: everything up to it has been handed out. */
  cursor: number;
  changes: WorkspaceChange[];
  /**
   * Changes exist that cannot be handed out yet (PostgreSQL: committed while an older transaction
   * still runs, see pgChangeFeed.ts): read again shortly, even without a wake-up.
   */
  heldBack?: boolean;
}

export interface ChangeFeed {
  /** The cursor now: a window starting to follow the workspace starts from here. */
  cursor(): Promise<number>;
  read(after: number): Promise<ChangeRead>;
  /** Calls `wake` whenever the log may have grown (or the feed closed); returns how to stop. */
  watch(wake: () => void): () => void;
}

/** More rows than this after one cursor are reported as one `many`: the window reads everything again. */
export const MAX_CHANGES_NAMED = 200;

/** One entry per case and kind (an autosave writes an answer and its case's updated_at). */
export function distinctChanges(changes: readonly WorkspaceChange[]): WorkspaceChange[] {
  const seen = new Map<string, WorkspaceChange>();
  for (const c of changes) {
    const key = `${c.caseId ?? ''}\u0000${c.kind}\u0000${c.own ? 1 : 0}`;
    const before = seen.get(key);
    // The newest says best who changed it last and what it is called now.
    seen.set(key, before ? { ...before, ...c } : c);
  }
  return [...seen.values()];
}

export function manyChanges(own: boolean): WorkspaceChange {
  return { caseId: null, kind: 'many', own };
}
