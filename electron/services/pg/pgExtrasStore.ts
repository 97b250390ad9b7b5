import { randomUUID } from 'node:crypto';
import { BUNDLE_HISTORY_PER_ANSWER, MAX_BUNDLE_HISTORY_PER_CASE, ReviewCommentSchema, type Bundle, type ReviewComment } from '../../../core/model';
import type { StoredExtras } from '../bundleCodec';
import type { CaseExtras, StoredFile } from '../bundleExtras';
import type { SerialisedCase } from '../caseRepository';
import type { ExtrasStore } from '../store/areaStores';
import type { PgSession } from './pgSession';

/**
 * What a backup carries beside each case, on the team workspace, as the SQLite BundleExtras reads
 * and writes it (../bundleExtras.ts, the reference, which explains each rule): the bin, answers'
 * history, the sent copies and exports held for them, edits after sending, owner and sign-off,
 * answers' versions and reviewers' comments, and the log's order. The tables are steps 6, 7 and 11.
 * Written on import inside the import's one transaction (WorkspaceStore.transaction), after the case.
 */
export class PgExtrasStore implements ExtrasStore {
  constructor(private readonly db: PgSession) {}

  /** The answers' versions a replaced case held before the import wrote over it, by case id (see withFreeIds and write). */
  private readonly heldVersions = new Map<string, Map<string, number>>();

  // --- Export ---

  async read(caseId: string): Promise<CaseExtras> {
    const head = await this.db.row<{ deleted_at: string | null; owner: string | null; approved_by: string | null; approved_at: string | null }>(
      'SELECT deleted_at, owner, approved_by, approved_at FROM cases WHERE id = ?',
      [caseId],
    );
    const times = await this.db.rows<{ id: string; updated_at: string; version: number; review_comment: unknown }>('SELECT id, updated_at, version, review_comment FROM answers WHERE case_id = ? ORDER BY position', [caseId]);
    // The newest versions of each answer, oldest first, so that an import numbers them in the same order.
    const history = await this.db.rows<CaseExtras['history'][number]>(
      `SELECT "answerId", at, reason, "docJson" FROM (
         SELECT id, answer_id AS "answerId", at, reason, doc AS "docJson", row_number() OVER (PARTITION BY answer_id ORDER BY id DESC) AS newest
         FROM answer_versions WHERE case_id = ?
       ) v WHERE newest <= ? ORDER BY id`,
      [caseId, BUNDLE_HISTORY_PER_ANSWER],
    );
    // And at most what an import takes for one case: the newest.
    if (history.length > MAX_BUNDLE_HISTORY_PER_CASE) history.splice(0, history.length - MAX_BUNDLE_HISTORY_PER_CASE);
    const files = async (table: 'sent_copies' | 'letter_exports') =>
      (
        await this.db.rows<StoredFile & { bytes: Buffer }>(
          `SELECT kind, ${table === 'sent_copies' ? 'sent' : 'NULL::date AS sent'}, at, file_name AS "fileName", bytes FROM ${table} WHERE case_id = ? ORDER BY kind COLLATE "C"`,
          [caseId],
        )
      ).map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) }));
    return {
      binnedAt: head?.deleted_at ?? null,
      answerTimes: new Map(times.map((t) => [t.id, t.updated_at])),
      history,
      sentCopies: await files('sent_copies'),
      letterExports: await files('letter_exports'),
      sentEdits: await this.db.rows<CaseExtras['sentEdits'][number]>('SELECT at, who, reason FROM sent_edits WHERE case_id = ? ORDER BY id', [caseId]),
      owner: head?.owner ?? null,
      approval: head?.approved_by && head.approved_at ? { by: head.approved_by, at: head.approved_at } : null,
      assignments: await this.db.rows<CaseExtras['assignments'][number]>('SELECT at, who, owner FROM case_assignments WHERE case_id = ? ORDER BY id', [caseId]),
      answerTeam: new Map(times.map((t) => [t.id, { version: t.version, reviewComment: storedComment(t.review_comment) }])),
    };
  }

  /** Each month's saved order as references, keeping only the cases named by `refOf` (those being exported). */
  async logOrders(refOf: ReadonlyMap<string, string>): Promise<NonNullable<Bundle['logOrders']>> {
    const rows = await this.db.rows<{ month: string; case_ids: unknown[]; updated_at: string }>("SELECT month, case_ids, updated_at FROM log_orders WHERE jsonb_typeof(case_ids) = 'array' ORDER BY month COLLATE \"C\"");
    return rows
      .map((r) => ({ month: r.month, refs: r.case_ids.map((id) => refOf.get(String(id))).filter((ref): ref is string => ref !== undefined), updatedAt: r.updated_at }))
      .filter((o) => o.refs.length > 0);
  }

  // --- Import ---

  /** True when a case in the workspace already has this id. */
  async caseIdTaken(id: string): Promise<boolean> {
    return (await this.db.row('SELECT 1 FROM cases WHERE id = ?', [id])) !== undefined;
  }

  /** The bundle's question and answer ids kept where no other case uses them; see BundleExtras.withFreeIds. */
  async withFreeIds(c: SerialisedCase, extras: StoredExtras | null): Promise<void> {
    for (const q of c.questions) {
      if (await this.db.row('SELECT 1 FROM questions WHERE id = ? AND case_id <> ?', [q.id, c.id])) {
        const fresh = randomUUID();
        for (const a of c.answers) a.covers = a.covers.map((id) => (id === q.id ? fresh : id));
        q.id = fresh;
      }
    }
    const held = await this.db.rows<{ id: string; version: number }>('SELECT id, version FROM answers WHERE case_id = ?', [c.id]);
    if (held.length) this.heldVersions.set(c.id, new Map(held.map((a) => [a.id, a.version])));
    const renamed = new Map<string, string>();
    const answerIds = new Set([...c.answers.map((a) => a.id), ...(extras?.history.map((v) => v.answerId) ?? [])]);
    for (const id of answerIds) {
      const used = await this.db.row('SELECT 1 FROM answers WHERE id = ? AND case_id <> ? UNION ALL SELECT 1 FROM answer_versions WHERE answer_id = ? AND case_id <> ? LIMIT 1', [id, c.id, id, c.id]);
      if (used) renamed.set(id, randomUUID());
    }
    if (renamed.size === 0) return;
    for (const a of c.answers) a.id = renamed.get(a.id) ?? a.id;
    for (const v of extras?.history ?? []) v.answerId = renamed.get(v.answerId) ?? v.answerId;
    for (const a of extras?.answers ?? []) a.id = renamed.get(a.id) ?? a.id;
  }

  /** After the case is written: see BundleExtras.write for what is kept and what the bundle brings. */
  async write(caseId: string, x: StoredExtras | null): Promise<void> {
    await this.db.run('UPDATE cases SET deleted_at = ?, owner = ?, approved_by = ?, approved_at = ? WHERE id = ?', [x?.binnedAt ?? null, x?.owner ?? null, x?.approval?.by ?? null, x?.approval?.at ?? null, caseId]);
    for (const [answerId, version] of this.heldVersions.get(caseId) ?? []) {
      await this.db.run('UPDATE answers SET version = greatest(version, ?) WHERE id = ? AND case_id = ?', [version + 1, answerId, caseId]);
    }
    this.heldVersions.delete(caseId);
    if (!x) return;
    for (const a of x.answers) {
      await this.db.run('UPDATE answers SET version = greatest(version, ?), review_comment = ?::jsonb WHERE id = ? AND case_id = ?', [a.version, a.reviewComment ? JSON.stringify(a.reviewComment) : null, a.id, caseId]);
    }
    for (const e of x.assignments) {
      await this.db.run(
        `INSERT INTO case_assignments (case_id, at, who, owner) SELECT ?, ?, ?, ?
         WHERE NOT EXISTS (SELECT 1 FROM case_assignments WHERE case_id = ? AND at = ? AND who = ? AND owner IS NOT DISTINCT FROM ?)`,
        [caseId, e.at, e.by, e.owner, caseId, e.at, e.by, e.owner],
      );
    }
    for (const v of x.history) {
      await this.db.run(
        `INSERT INTO answer_versions (answer_id, case_id, at, reason, doc, plain_text) SELECT ?, ?, ?, ?, ?, ?
         WHERE NOT EXISTS (SELECT 1 FROM answer_versions WHERE answer_id = ? AND case_id = ? AND at = ? AND reason = ? AND doc = ?)`,
        [v.answerId, caseId, v.at, v.reason, v.docJson, v.plainText, v.answerId, caseId, v.at, v.reason, v.docJson],
      );
    }
    for (const f of x.sentCopies) {
      await this.db.run(
        `INSERT INTO sent_copies (case_id, kind, sent, at, file_name, bytes) VALUES (?, ?, ?::date, ?, ?, ?)
         ON CONFLICT (case_id, kind) DO UPDATE SET sent = excluded.sent, at = excluded.at, file_name = excluded.file_name, bytes = excluded.bytes`,
        [caseId, f.kind, f.sent, f.at, f.fileName, Buffer.from(f.base64, 'base64')],
      );
    }
    for (const f of x.letterExports) {
      await this.db.run(
        `INSERT INTO letter_exports (case_id, kind, at, file_name, bytes) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (case_id, kind) DO UPDATE SET at = excluded.at, file_name = excluded.file_name, bytes = excluded.bytes`,
        [caseId, f.kind, f.at, f.fileName, Buffer.from(f.base64, 'base64')],
      );
    }
    for (const e of x.sentEdits) {
      await this.db.run(
        'INSERT INTO sent_edits (case_id, at, who, reason) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM sent_edits WHERE case_id = ? AND at = ? AND who = ? AND reason = ?)',
        [caseId, e.at, e.who, e.reason, caseId, e.at, e.who, e.reason],
      );
    }
  }

  /** The bundle's order for each month; a month already ordered is kept unless the import replaces cases. Returns the months written. */
  async writeLogOrders(orders: NonNullable<Bundle['logOrders']>, idOfRef: ReadonlyMap<string, string>, replace: boolean, now: string): Promise<string[]> {
    const written: string[] = [];
    for (const o of orders) {
      const held = await this.db.row('SELECT 1 FROM log_orders WHERE month = ?', [o.month]);
      if (held && !replace) continue;
      const ids = o.refs.map((ref) => idOfRef.get(ref)!);
      await this.db.run(
        'INSERT INTO log_orders (month, case_ids, updated_at) VALUES (?, ?::jsonb, ?) ON CONFLICT (month) DO UPDATE SET case_ids = excluded.case_ids, updated_at = excluded.updated_at',
        [o.month, JSON.stringify(ids), o.updatedAt ?? now],
      );
      written.push(o.month);
    }
    return written;
  }
}

/** A reviewer's comment as stored (jsonb); a damaged one is left out, as the case screen leaves it out. */
function storedComment(stored: unknown): ReviewComment | null {
  if (!stored) return null;
  const parsed = ReviewCommentSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
