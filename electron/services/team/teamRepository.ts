import type { Assignment, OwnerFilter } from '../../../core/team/teamContract';
import type { ReviewComment } from '../../../core/model';
import type { CaseListCondition } from '../caseListQuery';
import type { Db } from '../workspaceDb';

/**
 * Working together on one SQLite workspace (migration 11): answer versions, owners and their record,
 * sign-off and reviewers' comments. Written so the PostgreSQL store can stand the same behind the
 * store interface later (docs/team.md): plain rows, no SQLite-only SQL beyond the dialect's basics.
 */
export class TeamRepository {
  constructor(private readonly db: Db) {}

  /** The stored version of an answer, or null when the case has no such answer (a new one). */
  answerVersion(caseId: string, answerId: string): number | null {
    const row = this.db.prepare('SELECT version FROM answers WHERE id = ? AND case_id = ?').get(answerId, caseId) as { version: number } | undefined;
    return row?.version ?? null;
  }

  /**
   * Holds the case against other writers until the transaction ends, for a read of its details
   * followed by a write of them (updateCase, recordOverrides). Nothing to do on SQLite: those run in
   * an IMMEDIATE transaction, which already holds the file's one write lock from its start.
   */
  lockCase(_caseId: string): void {}

  /** Every answer's version in one case, by answer id. */
  answerVersions(caseId: string): Map<string, number> {
    const rows = this.db.prepare('SELECT id, version FROM answers WHERE case_id = ?').all(caseId) as { id: string; version: number }[];
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  /** Gives the case to `owner` (null: nobody) and records who did it; false if there is no live case. */
  assign(caseId: string, owner: string | null, who: string, at: string): boolean {
    return this.db.transaction(() => {
      const changed = this.db.prepare('UPDATE cases SET owner = ? WHERE id = ? AND deleted_at IS NULL').run(owner, caseId).changes > 0;
      if (changed) this.db.prepare('INSERT INTO case_assignments (case_id, at, who, owner) VALUES (?, ?, ?, ?)').run(caseId, at, who, owner);
      return changed;
    })();
  }

  /** The case's changes of owner, newest first. */
  assignments(caseId: string): Assignment[] {
    const rows = this.db.prepare('SELECT at, who, owner FROM case_assignments WHERE case_id = ? ORDER BY id DESC').all(caseId) as { at: string; who: string; owner: string | null }[];
    return rows.map((r) => ({ at: r.at, by: r.who, owner: r.owner }));
  }

  approve(caseId: string, by: string, at: string): void {
    this.db.prepare('UPDATE cases SET approved_by = ?, approved_at = ? WHERE id = ?').run(by, at, caseId);
  }

  /** An answer changed, or the case went back to the officer: a sign-off given before no longer stands. */
  withdrawApproval(caseId: string): void {
    this.db.prepare('UPDATE cases SET approved_by = NULL, approved_at = NULL WHERE id = ? AND approved_at IS NOT NULL').run(caseId);
  }

  /** Sets (or, with null, resolves) the reviewer's comment on an answer; false if the case has no such answer. */
  setComment(caseId: string, answerId: string, comment: ReviewComment | null): boolean {
    return this.db.prepare('UPDATE answers SET review_comment = ? WHERE id = ? AND case_id = ?').run(comment ? JSON.stringify(comment) : null, answerId, caseId).changes > 0;
  }
}

/**
 * The list's team filters as a condition on the cases table `c` (see ../caseListQuery.ts): whose cases
 * (walks cases_by_owner) and the reviewers' queue (ready for review, not yet approved).
 */
export function teamListCondition(owner: OwnerFilter | undefined, forReview: boolean | undefined, me: string): CaseListCondition | null {
  const parts: CaseListCondition[] = [];
  if (owner === 'mine') parts.push({ sql: 'c.owner = ?', params: [me] });
  if (owner === 'unassigned') parts.push({ sql: 'c.owner IS NULL', params: [] });
  if (forReview) parts.push({ sql: "c.status = 'in-review' AND c.approved_at IS NULL", params: [] });
  if (parts.length === 0) return null;
  return { sql: parts.map((p) => `(${p.sql})`).join(' AND '), params: parts.flatMap((p) => p.params) };
}
