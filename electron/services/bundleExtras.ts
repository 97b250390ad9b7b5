import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { BUNDLE_HISTORY_PER_ANSWER, MAX_BUNDLE_HISTORY_PER_CASE, ReviewCommentSchema, type Approval, type Bundle, type ReviewComment } from '../../core/model';
import type { StoredExtras } from './bundleCodec';
import type { SerialisedCase } from './caseRepository';
import type { VersionReason } from './answerHistory';
import type { Db } from './workspaceDb';
import { prepared } from './preparedStatements';

/** A kept file as the workspace holds it (sent_copies, letter_exports). */
export interface StoredFile {
  kind: 'html' | 'docx' | 'pdf';
  /** The date sent the copy was taken for; null for a held export. */
  sent: string | null;
  at: string;
  fileName: string;
  bytes: Uint8Array;
}

/** What a version 2 bundle carries of a case beyond the case itself (see docs/bundle-format.md). */
export interface CaseExtras {
  binnedAt: string | null;
  /** Each answer's updated_at, which the Case does not hold. */
  answerTimes: Map<string, string>;
  /** Oldest first; each answer's newest BUNDLE_HISTORY_PER_ANSWER versions. */
  history: { answerId: string; at: string; reason: VersionReason; docJson: string }[];
  sentCopies: StoredFile[];
  letterExports: StoredFile[];
  sentEdits: { at: string; who: string; reason: string }[];
  /** Working together (migration 11): the owner (null: unassigned) and the sign-off. */
  owner: string | null;
  approval: Approval | null;
  /** Every change of owner, oldest first. */
  assignments: { at: string; who: string; owner: string | null }[];
  /** Each answer's version and its reviewer's comment not yet resolved, by answer id. */
  answerTeam: Map<string, { version: number; reviewComment: ReviewComment | null }>;
}

/**
 * The rows a backup restores beside each case: the bin, answers' history, the sent copies and the
 * exports held for them, edits after sending, and the log's order. Read for export; written on import
 * inside the import's one transaction, after the case they belong to.
 */
export class BundleExtras {
  constructor(private readonly db: Db) {}

  /** The answers' versions a replaced case held before the import wrote over it, by case id (see withFreeIds and write). */
  private readonly heldVersions = new Map<string, Map<string, number>>();

  private stmt(sql: string): Statement {
    return prepared(this.db, sql);
  }

  // --- Export ---

  read(caseId: string): CaseExtras {
    const binned = this.stmt('SELECT deleted_at, owner, approved_by, approved_at FROM cases WHERE id = ?').get(caseId) as
      | { deleted_at: string | null; owner: string | null; approved_by: string | null; approved_at: string | null }
      | undefined;
    const times = this.stmt('SELECT id, updated_at, version, review_comment FROM answers WHERE case_id = ?').all(caseId) as { id: string; updated_at: string; version: number; review_comment: string | null }[];
    // The newest versions of each answer, written oldest first so that an import numbers them in the same order.
    const history = this.stmt(
      `SELECT answer_id AS answerId, at, reason, doc AS docJson FROM (
         SELECT *, row_number() OVER (PARTITION BY answer_id ORDER BY id DESC) AS newest FROM answer_versions WHERE case_id = ?
       ) WHERE newest <= ? ORDER BY id`,
    ).all(caseId, BUNDLE_HISTORY_PER_ANSWER) as CaseExtras['history'];
    // And at most what an import takes for one case (a case of hundreds of answers): the newest.
    if (history.length > MAX_BUNDLE_HISTORY_PER_CASE) history.splice(0, history.length - MAX_BUNDLE_HISTORY_PER_CASE);
    const files = (table: 'sent_copies' | 'letter_exports') =>
      (this.stmt(`SELECT kind, ${table === 'sent_copies' ? 'sent' : 'NULL AS sent'}, at, file_name AS fileName, bytes FROM ${table} WHERE case_id = ? ORDER BY kind`).all(caseId) as (StoredFile & { bytes: Buffer })[]).map(
        (f) => ({ ...f, bytes: new Uint8Array(f.bytes) }),
      );
    return {
      binnedAt: binned?.deleted_at ?? null,
      answerTimes: new Map(times.map((t) => [t.id, t.updated_at])),
      history,
      sentCopies: files('sent_copies'),
      letterExports: files('letter_exports'),
      sentEdits: this.stmt('SELECT at, who, reason FROM sent_edits WHERE case_id = ? ORDER BY id').all(caseId) as CaseExtras['sentEdits'],
      owner: binned?.owner ?? null,
      approval: binned?.approved_by && binned.approved_at ? { by: binned.approved_by, at: binned.approved_at } : null,
      assignments: this.stmt('SELECT at, who, owner FROM case_assignments WHERE case_id = ? ORDER BY id').all(caseId) as CaseExtras['assignments'],
      answerTeam: new Map(times.map((t) => [t.id, { version: t.version, reviewComment: storedComment(t.review_comment) }])),
    };
  }

  /** Each month's saved order as references, keeping only the cases named by `refOf` (those being exported). */
  logOrders(refOf: ReadonlyMap<string, string>): NonNullable<Bundle['logOrders']> {
    const rows = this.stmt('SELECT month, case_ids, updated_at FROM log_orders WHERE json_valid(case_ids) ORDER BY month').all() as { month: string; case_ids: string; updated_at: string }[];
    return rows
      .map((r) => ({
        month: r.month,
        refs: (JSON.parse(r.case_ids) as unknown[]).map((id) => refOf.get(String(id))).filter((ref): ref is string => ref !== undefined),
        updatedAt: r.updated_at,
      }))
      .filter((o) => o.refs.length > 0);
  }

  // --- Import ---

  /** True when a case in the workspace already has this id: the bundle's id cannot be kept for another case. */
  caseIdTaken(id: string): boolean {
    return this.stmt('SELECT 1 FROM cases WHERE id = ?').get(id) !== undefined;
  }

  /**
   * The bundle's question and answer ids are kept where no other case uses them (they are keys across
   * the whole workspace); one that is taken gets a fresh id, and the history follows its answer.
   * Runs inside the import's transaction, just before the case is written: it also notes the versions
   * of the answers a replaced case holds now, which `write` keeps the restored answers above.
   */
  withFreeIds(c: SerialisedCase, extras: StoredExtras | null): void {
    for (const q of c.questions) {
      const used = this.stmt('SELECT 1 FROM questions WHERE id = ? AND case_id <> ?').get(q.id, c.id);
      if (used) {
        const fresh = randomUUID();
        for (const a of c.answers) a.covers = a.covers.map((id) => (id === q.id ? fresh : id));
        q.id = fresh;
      }
    }
    const held = this.stmt('SELECT id, version FROM answers WHERE case_id = ?').all(c.id) as { id: string; version: number }[];
    if (held.length) this.heldVersions.set(c.id, new Map(held.map((a) => [a.id, a.version])));
    const renamed = new Map<string, string>();
    const answerIds = new Set([...c.answers.map((a) => a.id), ...(extras?.history.map((v) => v.answerId) ?? [])]);
    for (const id of answerIds) {
      const used = this.stmt('SELECT 1 FROM answers WHERE id = ? AND case_id <> ? UNION ALL SELECT 1 FROM answer_versions WHERE answer_id = ? AND case_id <> ? LIMIT 1').get(id, c.id, id, c.id);
      if (used) renamed.set(id, randomUUID());
    }
    if (renamed.size === 0) return;
    for (const a of c.answers) a.id = renamed.get(a.id) ?? a.id;
    for (const v of extras?.history ?? []) v.answerId = renamed.get(v.answerId) ?? v.answerId;
    for (const a of extras?.answers ?? []) a.id = renamed.get(a.id) ?? a.id;
  }

  /**
   * After the case is written. A replaced case keeps what the workspace held (no version, copy or
   * edit is lost); the bundle's are added, a copy of the same kind taking the place of the workspace's.
   * The case is in the bin exactly when the bundle says so, and has the bundle's owner, sign-off and
   * reviewers' comments (absent: none), as it has the bundle's answers: a sign-off given in the
   * workspace was for other words. Each change of owner is added to the workspace's record.
   * Answers keep the bundle's version but always rise above what the workspace held, so a window
   * still open on the old answer is refused its save instead of writing over the restored one.
   */
  write(caseId: string, x: StoredExtras | null): void {
    this.stmt('UPDATE cases SET deleted_at = ?, owner = ?, approved_by = ?, approved_at = ? WHERE id = ?').run(x?.binnedAt ?? null, x?.owner ?? null, x?.approval?.by ?? null, x?.approval?.at ?? null, caseId);
    for (const [answerId, version] of this.heldVersions.get(caseId) ?? []) {
      this.stmt('UPDATE answers SET version = max(version, ?) WHERE id = ? AND case_id = ?').run(version + 1, answerId, caseId);
    }
    this.heldVersions.delete(caseId);
    if (!x) return;
    for (const a of x.answers) {
      this.stmt('UPDATE answers SET version = max(version, ?), review_comment = ? WHERE id = ? AND case_id = ?').run(a.version, a.reviewComment ? JSON.stringify(a.reviewComment) : null, a.id, caseId);
    }
    for (const e of x.assignments) {
      const known = this.stmt('SELECT 1 FROM case_assignments WHERE case_id = ? AND at = ? AND who = ? AND owner IS ?').get(caseId, e.at, e.by, e.owner);
      if (!known) this.stmt('INSERT INTO case_assignments (case_id, at, who, owner) VALUES (?, ?, ?, ?)').run(caseId, e.at, e.by, e.owner);
    }
    for (const v of x.history) {
      const known = this.stmt('SELECT 1 FROM answer_versions WHERE answer_id = ? AND case_id = ? AND at = ? AND reason = ? AND doc = ?').get(v.answerId, caseId, v.at, v.reason, v.docJson);
      if (!known) this.stmt('INSERT INTO answer_versions (answer_id, case_id, at, reason, doc, plain_text) VALUES (?, ?, ?, ?, ?, ?)').run(v.answerId, caseId, v.at, v.reason, v.docJson, v.plainText);
    }
    for (const f of x.sentCopies) {
      this.stmt(
        `INSERT INTO sent_copies (case_id, kind, sent, at, file_name, bytes) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(case_id, kind) DO UPDATE SET sent = excluded.sent, at = excluded.at, file_name = excluded.file_name, bytes = excluded.bytes`,
      ).run(caseId, f.kind, f.sent, f.at, f.fileName, Buffer.from(f.base64, 'base64'));
    }
    for (const f of x.letterExports) {
      this.stmt(
        `INSERT INTO letter_exports (case_id, kind, at, file_name, bytes) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(case_id, kind) DO UPDATE SET at = excluded.at, file_name = excluded.file_name, bytes = excluded.bytes`,
      ).run(caseId, f.kind, f.at, f.fileName, Buffer.from(f.base64, 'base64'));
    }
    for (const e of x.sentEdits) {
      const known = this.stmt('SELECT 1 FROM sent_edits WHERE case_id = ? AND at = ? AND who = ? AND reason = ?').get(caseId, e.at, e.who, e.reason);
      if (!known) this.stmt('INSERT INTO sent_edits (case_id, at, who, reason) VALUES (?, ?, ?, ?)').run(caseId, e.at, e.who, e.reason);
    }
  }

  /**
   * The bundle's order for each month, by the ids its cases were written with. A month the workspace
   * already orders keeps its own order unless the import replaces cases (the bundle then wins, as for
   * the cases themselves). Returns the months written.
   */
  writeLogOrders(orders: NonNullable<Bundle['logOrders']>, idOfRef: ReadonlyMap<string, string>, replace: boolean, now: string): string[] {
    const written: string[] = [];
    for (const o of orders) {
      const held = this.stmt('SELECT 1 FROM log_orders WHERE month = ?').get(o.month);
      if (held && !replace) continue;
      const ids = o.refs.map((ref) => idOfRef.get(ref)!);
      this.stmt('INSERT INTO log_orders (month, case_ids, updated_at) VALUES (?, ?, ?) ON CONFLICT(month) DO UPDATE SET case_ids = excluded.case_ids, updated_at = excluded.updated_at').run(
        o.month,
        JSON.stringify(ids),
        o.updatedAt ?? now,
      );
      written.push(o.month);
    }
    return written;
  }
}

/** A reviewer's comment as stored (JSON); a damaged one is left out, as the case screen leaves it out. */
function storedComment(text: string | null): ReviewComment | null {
  if (!text) return null;
  try {
    const parsed = ReviewCommentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
