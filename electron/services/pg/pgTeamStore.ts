import type { ReviewComment } from '../../../core/model';
import type { Assignment } from '../../../core/team/teamContract';
import type { TeamStore } from '../store/areaStores';
import type { PgSession } from './pgSession';

/**
 * Working together on the team workspace (step 11): answers' versions, owners and their record,
 * sign-off and reviewers' comments, with the SQLite TeamRepository's behaviour
 * (../team/teamRepository.ts, the reference; the team contract suite holds the two together).
 */
export class PgTeamStore implements TeamStore {
  constructor(private readonly db: PgSession) {}

  /**
   * The stored version of an answer, or null when the case has no such answer (a new one).
   *
   * Inside a transaction this also LOCKS the answer until the transaction ends, because the service
   * checks an officer's save against this version and then writes (saveAnswer) in one transaction,
   * and on PostgreSQL fifteen officers may do that at once. At READ COMMITTED a plain read would let
   * two saves based on version N both pass the check, the second silently overwriting the first.
   * - An answer that is there: SELECT … FOR UPDATE. A second save of it waits here until the first
   *   commits, then reads N + 1 and is refused as a conflict. Any other writer of the row (an import,
   *   a resplit) waits for the lock too, so nothing lands between the check and the write.
   * - An answer not there yet (two windows creating the same new answer): there is no row to lock,
   *   so a transaction-scoped advisory lock on the answer's id is taken first; the second waits,
   *   then finds the first's row (version 1) and is refused.
   * The locks are per answer, never per case or workspace: two officers typing in different answers
   * of one case never wait on each other here (unlike SQLite's BEGIN IMMEDIATE, which PostgreSQL does
   * not need: openPgStore ignores `immediate`). Re-checking inside saveAnswer instead would need the
   * expected version passed down, which the CaseStore interface (the SQLite shape) does not carry.
   */
  async answerVersion(caseId: string, answerId: string): Promise<number | null> {
    if (this.db.inTransaction) {
      await this.db.run("SELECT pg_advisory_xact_lock(hashtextextended('desk-answer:' || ? || ':' || ?, 0))", [caseId, answerId]);
      return (await this.db.row<{ version: number }>('SELECT version FROM answers WHERE id = ? AND case_id = ? FOR UPDATE', [answerId, caseId]))?.version ?? null;
    }
    return (await this.db.row<{ version: number }>('SELECT version FROM answers WHERE id = ? AND case_id = ?', [answerId, caseId]))?.version ?? null;
  }

  /**
   * Locks the case's row until the transaction ends (SELECT … FOR UPDATE), so two officers changing
   * its details at once take turns: each reads the case as the other left it and changes only its
   * own fields. Without it both would read the same row at READ COMMITTED and the second write of the
   * whole header would silently put back what the first had changed. Answers' saves lock their
   * answer, not the case; they meet the case's row only where they note its time of change, so a
   * save waits at most for another write to the same case to commit, and is never refused for it.
   */
  async lockCase(caseId: string): Promise<void> {
    await this.db.run('SELECT 1 FROM cases WHERE id = ? FOR UPDATE', [caseId]);
  }

  /** Every answer's version in one case, by answer id. */
  async answerVersions(caseId: string): Promise<Map<string, number>> {
    const rows = await this.db.rows<{ id: string; version: number }>('SELECT id, version FROM answers WHERE case_id = ?', [caseId]);
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  /** Gives the case to `owner` (null: nobody) and records who did it; false if there is no live case. */
  async assign(caseId: string, owner: string | null, who: string, at: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const changed = (await this.db.run('UPDATE cases SET owner = ? WHERE id = ? AND deleted_at IS NULL', [owner, caseId])) > 0;
      if (changed) await this.db.run('INSERT INTO case_assignments (case_id, at, who, owner) VALUES (?, ?, ?, ?)', [caseId, at, who, owner]);
      return changed;
    });
  }

  /** The case's changes of owner, newest first. */
  async assignments(caseId: string): Promise<Assignment[]> {
    const rows = await this.db.rows<{ at: string; who: string; owner: string | null }>('SELECT at, who, owner FROM case_assignments WHERE case_id = ? ORDER BY id DESC', [caseId]);
    return rows.map((r) => ({ at: r.at, by: r.who, owner: r.owner }));
  }

  async approve(caseId: string, by: string, at: string): Promise<void> {
    await this.db.run('UPDATE cases SET approved_by = ?, approved_at = ? WHERE id = ?', [by, at, caseId]);
  }

  /** An answer changed, or the case went back to the officer: a sign-off given before no longer stands. */
  async withdrawApproval(caseId: string): Promise<void> {
    await this.db.run('UPDATE cases SET approved_by = NULL, approved_at = NULL WHERE id = ? AND approved_at IS NOT NULL', [caseId]);
  }

  /** Sets (or, with null, resolves) the reviewer's comment on an answer; false if the case has no such answer. */
  async setComment(caseId: string, answerId: string, comment: ReviewComment | null): Promise<boolean> {
    return (await this.db.run('UPDATE answers SET review_comment = ?::jsonb WHERE id = ? AND case_id = ?', [comment ? JSON.stringify(comment) : null, answerId, caseId])) > 0;
  }
}
