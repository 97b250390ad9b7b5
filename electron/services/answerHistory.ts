import type { Statement } from 'better-sqlite3';
import type { Db } from './workspaceDb';
import type { SerialisedAnswer } from './caseRepository';
import { prepared } from './preparedStatements';

/** Why a version was kept: typing (at most one a minute), an export, a change of status, a restore. */
export type VersionReason = 'edit' | 'export' | 'status' | 'restore';

export interface AnswerVersionRow {
  id: number;
  answerId: string;
  caseId: string;
  at: string;
  reason: VersionReason;
  docJson: string;
  plainText: string;
}

interface Row {
  id: number;
  answer_id: string;
  case_id: string;
  at: string;
  reason: VersionReason;
  doc: string;
  plain_text: string;
}

const toVersion = (r: Row): AnswerVersionRow => ({ id: r.id, answerId: r.answer_id, caseId: r.case_id, at: r.at, reason: r.reason, docJson: r.doc, plainText: r.plain_text });

/** The calendar minute of an ISO timestamp ("2024-06-03T10:15"): typing within it shares one version. */
const minuteOf = (iso: string) => iso.slice(0, 16);

/**
 * Every answer's earlier texts (migration 6). Called inside the transaction that writes the answer,
 * so a save and its version are one: there is never a saved text that history does not hold.
 *
 * Typing keeps one version per calendar minute, rewritten in place as the minute goes on, so the
 * newest version is always the text as last saved; an export, a change of status and a restore each
 * add a version of their own that later typing never rewrites.
 */
export class AnswerHistory {
  constructor(private readonly db: Db) {}

  private stmt(sql: string): Statement {
    return prepared(this.db, sql);
  }

  private newest(answerId: string): Row | undefined {
    return this.stmt('SELECT * FROM answer_versions WHERE answer_id = ? ORDER BY id DESC LIMIT 1').get(answerId) as Row | undefined;
  }

  private insert(answerId: string, caseId: string, at: string, reason: VersionReason, docJson: string, plainText: string): number {
    return Number(this.stmt('INSERT INTO answer_versions (answer_id, case_id, at, reason, doc, plain_text) VALUES (?, ?, ?, ?, ?, ?)').run(answerId, caseId, at, reason, docJson, plainText).lastInsertRowid);
  }

  /**
   * Before an answer is written: the text about to be saved becomes (or updates) this minute's version.
   * An answer with no history yet (written before migration 6, or by an import) first has its stored
   * text kept, so the first edit never loses what was there.
   */
  recordEdit(caseId: string, a: SerialisedAnswer, now: string): void {
    const newest = this.newest(a.id);
    if (!newest) {
      const stored = this.stmt('SELECT doc, plain_text, updated_at FROM answers WHERE id = ? AND case_id = ?').get(a.id, caseId) as { doc: string; plain_text: string; updated_at: string } | undefined;
      // Kept as it was: never rewritten by the typing that follows, even within the same minute.
      if (stored && stored.doc !== a.docJson) this.insert(a.id, caseId, stored.updated_at, 'edit', stored.doc, stored.plain_text);
      this.insert(a.id, caseId, now, 'edit', a.docJson, a.plainText);
      return;
    }
    if (newest.doc === a.docJson) return;
    if (newest.reason === 'edit' && minuteOf(newest.at) === minuteOf(now)) {
      this.stmt('UPDATE answer_versions SET doc = ?, plain_text = ?, at = ? WHERE id = ?').run(a.docJson, a.plainText, now, newest.id);
      return;
    }
    this.insert(a.id, caseId, now, 'edit', a.docJson, a.plainText);
  }

  /**
   * A version of each of the case's answers marking an export or a change of status. Skipped for an
   * answer whose newest version already says the same for the same reason (exporting twice in a row).
   */
  recordCase(caseId: string, reason: 'export' | 'status', now: string): void {
    const answers = this.stmt('SELECT id, doc, plain_text FROM answers WHERE case_id = ? ORDER BY position').all(caseId) as { id: string; doc: string; plain_text: string }[];
    for (const a of answers) {
      const newest = this.newest(a.id);
      if (newest && newest.reason === reason && newest.doc === a.doc) continue;
      this.insert(a.id, caseId, now, reason, a.doc, a.plain_text);
    }
  }

  /** Before a restore: the answer's text as it stands, unless its newest version already holds it (an import may have rewritten it). */
  keepCurrent(caseId: string, a: SerialisedAnswer, now: string): void {
    if (this.newest(a.id)?.doc !== a.docJson) this.insert(a.id, caseId, now, 'edit', a.docJson, a.plainText);
  }

  /** After a restore has written the answer: the restored text as a version of its own. */
  recordRestore(caseId: string, a: SerialisedAnswer, now: string): number {
    return this.insert(a.id, caseId, now, 'restore', a.docJson, a.plainText);
  }

  /** Newest first. */
  list(caseId: string, answerId: string): AnswerVersionRow[] {
    return (this.stmt('SELECT * FROM answer_versions WHERE answer_id = ? AND case_id = ? ORDER BY id DESC').all(answerId, caseId) as Row[]).map(toVersion);
  }

  get(caseId: string, versionId: number): AnswerVersionRow | null {
    const row = this.stmt('SELECT * FROM answer_versions WHERE id = ? AND case_id = ?').get(versionId, caseId) as Row | undefined;
    return row ? toVersion(row) : null;
  }
}
