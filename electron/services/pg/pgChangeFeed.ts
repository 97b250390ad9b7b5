import pg from 'pg';
import type { WorkspaceChange } from '../../../core/api/changesContract';
import { distinctChanges, manyChanges, MAX_CHANGES_NAMED, type ChangeFeed, type ChangeRead } from '../changes/changeFeed';

/**
 * Live refresh on a team workspace: desk_changes (schema step 16) read after a cursor, and one
 * LISTEN connection per workspace that wakes every waiting window when a transaction that changed
 * something commits. The listener is its own connection, not one of the pool's: a pooled connection
 * goes back to the pool between queries, and LISTEN lasts only as long as its session.
 *
 * The cursor is a transaction-id boundary, not a row id: ids are handed out before commit and commit
 * out of order, so "after id 11" would skip a row 10 committed a moment later. Every row of a
 * transaction older than the oldest still running is final, so that boundary is the cursor
 * (desk_changes_after in the step). A change committed while an older transaction still runs is
 * held back until it ends; the waiter reads again shortly instead of waiting for another NOTIFY.
 *
 * A dropped listener (a server restart, a network blip, pg_terminate_backend) is made again, with a
 * growing pause; each new one wakes the waiters, who read from their cursors, so nothing committed
 * while it was away is missed. While it is down the waiters are woken every RETRY_MS anyway: they
 * fall back to polling rather than wait blind.
 */
export type PgFeedPool = pg.Pool;

export const CHANNEL = 'desk_changes';
/** Named so that IT (and the tests) can tell it apart in pg_stat_activity. */
export const LISTENER_NAME = 'Disclosure Desk (live refresh)';
const RETRY_MS = [250, 1000, 2000, 5000] as const;
/** The listener stays this long after its last waiter: the window asks again at once, every time. */
const LINGER_MS = 30_000;
/** How often an open listener checks that its workspace is still open (the pool not ended). */
const CHECK_MS = 1000;

interface AfterRow {
  next_cursor: string;
  missed: boolean;
  held_back: boolean;
  total: string;
  case_id: string | null;
  kind: string | null;
  who: string | null;
  ref: string | null;
}

class PgChangeFeed implements ChangeFeed {
  private readonly waiters = new Set<() => void>();
  private listener: pg.Client | null = null;
  private connecting = false;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private lingerTimer: ReturnType<typeof setTimeout> | null = null;
  private checkTimer: ReturnType<typeof setInterval> | null = null;
  private me: Promise<string> | null = null;
  /** Listeners made so far: 1 at the start, one more after each drop. Tests read it. */
  connections = 0;

  constructor(private readonly pool: pg.Pool) {}

  async cursor(): Promise<number> {
    const { rows } = await this.pool.query<{ xmin: string }>('SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin');
    return Number(rows[0]!.xmin);
  }

  async read(after: number): Promise<ChangeRead> {
    const me = await (this.me ??= this.pool.query<{ me: string }>('SELECT session_user AS me').then((r) => r.rows[0]!.me));
    const { rows } = await this.pool.query<AfterRow>(
      `SELECT f.next_cursor, f.missed, f.held_back, f.total, f.case_id, f.kind, f.who, c.ref
         FROM desk_changes_after($1, $2) f LEFT JOIN cases c ON c.id = f.case_id`,
      [after, MAX_CHANGES_NAMED],
    );
    const head = rows[0]!;
    const cursor = Number(head.next_cursor);
    const heldBack = head.held_back;
    const named = rows.filter((r) => r.kind !== null);
    if (head.missed) return { cursor, changes: [manyChanges(false)], heldBack };
    if (Number(head.total) > MAX_CHANGES_NAMED) return { cursor, changes: [manyChanges(named.every((r) => r.who === me))], heldBack };
    const changes = named.map(
      (r): WorkspaceChange => ({ caseId: r.case_id, kind: r.kind!, ...(r.ref !== null ? { ref: r.ref } : {}), ...(r.who !== null ? { by: r.who } : {}), own: r.who === me }),
    );
    return { cursor, changes: distinctChanges(changes), heldBack };
  }

  watch(wake: () => void): () => void {
    this.waiters.add(wake);
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = null;
    this.listen();
    return () => {
      this.waiters.delete(wake);
      if (this.waiters.size > 0 || this.lingerTimer) return;
      this.lingerTimer = setTimeout(() => {
        this.lingerTimer = null;
        if (this.waiters.size === 0) this.close();
      }, LINGER_MS);
      this.lingerTimer.unref?.();
    };
  }

  /** Stops listening now (the workspace closed, a test ended). Waiters still read by polling if any remain. */
  close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    if (this.checkTimer) clearInterval(this.checkTimer);
    this.retryTimer = this.lingerTimer = this.checkTimer = null;
    const listener = this.listener;
    this.listener = null;
    void listener?.end().catch(() => undefined);
  }

  /** The listener's backend, for tests that drop it. */
  get listenerPid(): number | null {
    return (this.listener as unknown as { processID?: number } | null)?.processID ?? null;
  }

  private listen(): void {
    if (this.listener || this.connecting || this.retryTimer || this.pool.ending) return;
    this.connecting = true;
    const client = new pg.Client({ ...this.pool.options, application_name: LISTENER_NAME });
    const dropped = () => this.dropped(client);
    client.on('error', dropped);
    client.on('end', dropped);
    client.on('notification', (n) => {
      if (n.channel === CHANNEL) this.wakeAll();
    });
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(
        () => {
          this.connecting = false;
          if (this.pool.ending || this.waiters.size === 0) {
            void client.end().catch(() => undefined);
            return;
          }
          this.listener = client;
          this.connections++;
          this.failures = 0;
          this.checkTimer ??= setInterval(() => {
            if (this.pool.ending) this.close();
          }, CHECK_MS);
          this.checkTimer.unref?.();
          // Anything committed while no one listened is read now, from each waiter's cursor.
          this.wakeAll();
        },
        () => {
          this.connecting = false;
          void client.end().catch(() => undefined);
          this.retryLater();
        },
      );
  }

  private dropped(client: pg.Client): void {
    if (this.listener !== client) return;
    this.listener = null;
    void client.end().catch(() => undefined);
    this.wakeAll();
    this.retryLater();
  }

  private retryLater(): void {
    if (this.retryTimer || this.waiters.size === 0 || this.pool.ending) return;
    const delay = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      // Meanwhile the waiters poll: each wake is a read from their cursor.
      this.wakeAll();
      this.listen();
    }, delay);
    this.retryTimer.unref?.();
  }

  private wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}

// One listener per workspace (per pool), however many windows wait on it.
const feeds = new WeakMap<pg.Pool, PgChangeFeed>();

export function pgChangeFeed(pool: pg.Pool): PgChangeFeed {
  let feed = feeds.get(pool);
  if (!feed) {
    feed = new PgChangeFeed(pool);
    feeds.set(pool, feed);
  }
  return feed;
}

/** Stops the workspace's listener at once, rather than within a second of its pool ending. */
export function closePgChangeFeed(pool: pg.Pool): void {
  feeds.get(pool)?.close();
}
