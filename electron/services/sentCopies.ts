import type { Statement } from 'better-sqlite3';
import type { Db } from './workspaceDb';
import type { Case } from '../../core/model';
import { countsAsSent } from '../../core/model/sentEdits';
import { prepared } from './preparedStatements';

export type LetterFileKind = 'docx' | 'pdf';
export type SentCopyKind = 'html' | LetterFileKind;

export interface SentCopyInfo {
  kind: SentCopyKind;
  fileName: string;
  /** When this copy was made: the moment of marking sent (html), or of the export (docx, pdf). */
  at: string;
  size: number;
}

export interface SentEdit {
  at: string;
  who: string;
  reason: string;
}

export interface SentRecord {
  /** The date sent, as recorded when the copy was taken; null when nothing has been kept. */
  sent: string | null;
  copies: SentCopyInfo[];
  /** Changes made to the case after it was sent, oldest first. */
  edits: SentEdit[];
}

/**
 * What went out (migration 6). The newest real export of each kind is held per case; marking the
 * case sent freezes the letter as assembled at that moment, with those exports, as its sent copy.
 * A copy is never rewritten while the case stays sent: an export made after sending is kept only
 * for a kind that has no copy yet, and only until the sent case is first edited (after that it is
 * no longer what the requester received).
 */
export class SentCopies {
  constructor(private readonly db: Db) {}

  private stmt(sql: string): Statement {
    return prepared(this.db, sql);
  }

  /** A real (not draft) export of the letter. `sent` is the case's date sent when it is marked sent. */
  keepExport(caseId: string, kind: LetterFileKind, fileName: string, bytes: Uint8Array, at: string, sent: string | null): void {
    this.stmt(
      `INSERT INTO letter_exports (case_id, kind, at, file_name, bytes) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(case_id, kind) DO UPDATE SET at = excluded.at, file_name = excluded.file_name, bytes = excluded.bytes`,
    ).run(caseId, kind, at, fileName, Buffer.from(bytes));
    if (sent === null) return;
    const held = this.stmt('SELECT 1 FROM sent_copies WHERE case_id = ? AND kind = ?').get(caseId, kind);
    const edited = this.stmt("SELECT 1 FROM sent_edits WHERE case_id = ? AND at >= coalesce((SELECT at FROM sent_copies WHERE case_id = ? AND kind = 'html'), ?)").get(caseId, caseId, at);
    if (!held && !edited) this.insertCopy(caseId, kind, sent, at, fileName, bytes);
  }

  /** The case has just been marked sent: the letter as assembled now, and the newest exports, become its copy. */
  takeOnSending(caseId: string, sent: string, letter: { fileName: string; html: string }, at: string): void {
    this.stmt('DELETE FROM sent_copies WHERE case_id = ?').run(caseId);
    this.insertCopy(caseId, 'html', sent, at, letter.fileName, new TextEncoder().encode(letter.html));
    this.stmt(`INSERT INTO sent_copies (case_id, kind, sent, at, file_name, bytes) SELECT case_id, kind, ?, at, file_name, bytes FROM letter_exports WHERE case_id = ?`).run(sent, caseId);
  }

  /**
   * The case as far as "sent means sent" needs it, when it went out and no reason has been recorded
   * since it was (last) marked sent (its letter's copy is taken at that moment; the exports in the copy
   * may be older); null when a change needs no more. A case sent before copies were kept counts any
   * reason recorded.
   */
  unexplained(caseId: string): { ref: string; status: Case['status']; sent: string } | null {
    const row = this.stmt('SELECT ref, status, sent FROM cases WHERE id = ?').get(caseId) as { ref: string; status: Case['status']; sent: string | null } | undefined;
    if (!row || row.sent === null || !countsAsSent(row)) return null;
    const explained = this.stmt("SELECT 1 FROM sent_edits WHERE case_id = ? AND at >= coalesce((SELECT at FROM sent_copies WHERE case_id = ? AND kind = 'html'), '')").get(caseId, caseId);
    return explained ? null : { ref: row.ref, status: row.status, sent: row.sent };
  }

  recordEdit(caseId: string, edit: SentEdit): void {
    this.stmt('INSERT INTO sent_edits (case_id, at, who, reason) VALUES (?, ?, ?, ?)').run(caseId, edit.at, edit.who, edit.reason);
  }

  record(caseId: string): SentRecord {
    const copies = this.stmt(`SELECT kind, file_name AS fileName, at, length(bytes) AS size, sent FROM sent_copies WHERE case_id = ? ORDER BY CASE kind WHEN 'html' THEN 0 WHEN 'pdf' THEN 1 ELSE 2 END`).all(caseId) as (SentCopyInfo & { sent: string })[];
    const edits = this.stmt('SELECT at, who, reason FROM sent_edits WHERE case_id = ? ORDER BY id').all(caseId) as SentEdit[];
    return { sent: copies[0]?.sent ?? null, copies: copies.map(({ sent: _sent, ...c }) => c), edits };
  }

  copy(caseId: string, kind: SentCopyKind): { fileName: string; bytes: Uint8Array } | null {
    const row = this.stmt('SELECT file_name, bytes FROM sent_copies WHERE case_id = ? AND kind = ?').get(caseId, kind) as { file_name: string; bytes: Buffer } | undefined;
    return row ? { fileName: row.file_name, bytes: new Uint8Array(row.bytes) } : null;
  }

  private insertCopy(caseId: string, kind: SentCopyKind, sent: string, at: string, fileName: string, bytes: Uint8Array): void {
    this.stmt('INSERT INTO sent_copies (case_id, kind, sent, at, file_name, bytes) VALUES (?, ?, ?, ?, ?, ?)').run(caseId, kind, sent, at, fileName, Buffer.from(bytes));
  }
}
