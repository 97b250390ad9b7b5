import type { WorkspaceChange } from '../../../core/api/changesContract';
import { DeskError } from '../../../core/api/errors';
import type { Db } from '../workspaceDb';
import { distinctChanges, manyChanges, MAX_CHANGES_NAMED, type ChangeFeed, type ChangeRead } from './changeFeed';

/**
 * Live refresh on a SQLite workspace: the `changes` table (migration 14), filled by triggers, read
 * after a cursor (its id). SQLite has one writer at a time and a write holds the lock until it
 * commits, so ids are committed in order and a cursor never skips a row.
 *
 * Another connection's commit (another window, the CLI) is seen by polling, every POLL_MS while a
 * window waits: PRAGMA data_version moves only when another connection has committed, and the log's
 * newest id moves with every write, this connection's too. Reading both in one read transaction also
 * tells this connection's own writes from the others': rows that appeared while data_version stood
 * still were written here (the window already shows them). Where both happened between two looks the
 * rows count as another's: a needless refresh is harmless, a missed one is not.
 */
export const POLL_MS = 200;

/** How many stretches of own rows are remembered: enough for any window that is still waiting. */
const OWN_RANGES_KEPT = 200;

interface ChangeRow {
  id: number;
  case_id: string | null;
  kind: string;
  who: string | null;
  ref: string | null;
}

class SqliteChangeWatcher implements ChangeFeed {
  private readonly waiters = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private seenMax = -1;
  private seenVersion = -1;
  /** [from, to]: ids written by this connection, oldest first. */
  private readonly own: [number, number][] = [];

  constructor(private readonly db: Db) {}

  async cursor(): Promise<number> {
    if (!this.db.open) throw closedError();
    this.look();
    return Math.max(0, this.seenMax);
  }

  async read(after: number): Promise<ChangeRead> {
    // The workspace closed under the waiter (another opened, the app restarting its service): the
    // window asks again, and reaches whichever service is open now, with the same cursor.
    if (!this.db.open) throw closedError();
    this.look();
    const max = Math.max(0, this.seenMax);
    if (after === max) return { cursor: max, changes: [] };
    // A cursor ahead of the log (another workspace's, or a backup restored over this one), or one
    // behind what the trim kept: what happened in between is not known, so everything is read again.
    const oldest = (this.db.prepare('SELECT min(id) AS id FROM changes').get() as { id: number | null }).id;
    if (after > max || (oldest !== null && oldest > after + 1)) return { cursor: max, changes: [manyChanges(false)] };
    const rows = this.db
      .prepare(
        `SELECT ch.id, ch.case_id, ch.kind, ch.who, c.ref FROM changes ch LEFT JOIN cases c ON c.id = ch.case_id
         WHERE ch.id > ? AND ch.id <= ? ORDER BY ch.id LIMIT ?`,
      )
      .all(after, max, MAX_CHANGES_NAMED + 1) as ChangeRow[];
    if (rows.length > MAX_CHANGES_NAMED) return { cursor: max, changes: [manyChanges(this.isOwn(after + 1, max))] };
    return { cursor: max, changes: distinctChanges(rows.map((r) => this.toChange(r))) };
  }

  watch(wake: () => void): () => void {
    this.waiters.add(wake);
    if (!this.timer) {
      this.timer = setInterval(() => this.look(), POLL_MS);
      // A CLI run or a test ends when its work does, not when the last waiter's timer would.
      this.timer.unref?.();
    }
    return () => {
      this.waiters.delete(wake);
      if (this.waiters.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  /** Notes how far the log has come, whose rows the new ones are, and wakes the waiters if it grew. */
  private look(): void {
    if (!this.db.open) {
      this.wakeAll();
      return;
    }
    // Inside this connection's own open transaction the rows are not committed (and a rollback would
    // give their ids to the next write): look again after it.
    if (this.db.inTransaction) return;
    // One read transaction, so the newest id and data_version describe the same moment.
    const { max, version } = this.db.transaction(() => ({
      max: (this.db.prepare('SELECT coalesce(max(id), 0) AS id FROM changes').get() as { id: number }).id,
      version: this.db.pragma('data_version', { simple: true }) as number,
    }))();
    const grew = this.seenMax >= 0 && max > this.seenMax;
    if (grew && version === this.seenVersion) {
      this.own.push([this.seenMax + 1, max]);
      if (this.own.length > OWN_RANGES_KEPT) this.own.shift();
    }
    this.seenMax = max;
    this.seenVersion = version;
    if (grew) this.wakeAll();
  }

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }

  private isOwn(from: number, to: number): boolean {
    // Own ranges are disjoint and in order; the stretch is own only if they cover all of it.
    let next = from;
    for (const [a, b] of this.own) {
      if (b < next) continue;
      if (a > next) return false;
      next = b + 1;
      if (next > to) return true;
    }
    return next > to;
  }

  private toChange(r: ChangeRow): WorkspaceChange {
    return { caseId: r.case_id, kind: r.kind, ...(r.ref !== null ? { ref: r.ref } : {}), ...(r.who !== null ? { by: r.who } : {}), own: this.isOwn(r.id, r.id) };
  }
}

function closedError(): DeskError {
  return new DeskError('unavailable', 'The workspace was closed. Changes made elsewhere show again once it is open.');
}

// One watcher per connection: every window waiting on it shares one poll.
const watchers = new WeakMap<Db, SqliteChangeWatcher>();

export function sqliteChangeFeed(db: Db): ChangeFeed {
  let watcher = watchers.get(db);
  if (!watcher) {
    watcher = new SqliteChangeWatcher(db);
    watchers.set(db, watcher);
  }
  return watcher;
}
