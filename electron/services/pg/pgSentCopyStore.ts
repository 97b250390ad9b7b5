import type { Case } from '../../../core/model';
import { countsAsSent } from '../../../core/model/sentEdits';
import type { LetterFileKind, SentCopyInfo, SentCopyKind, SentEdit, SentRecord } from '../sentCopies';
import type { SentCopyStore } from '../store/areaStores';
import type { PgSession } from './pgSession';

/**
 * What went out, on a team workspace (step 6's letter_exports, sent_copies, sent_edits): the
 * PostgreSQL form of ../sentCopies.ts, the files as bytea. The newest real export of each kind is
 * held per case; marking the case sent freezes the letter and those exports as its sent copy, never
 * rewritten while the case stays sent.
 *
 * Timestamps are ISO text compared as text; COLLATE "C" makes that the characters' order whatever
 * the server's locale (a linguistic collation may weigh the punctuation differently).
 */
export class PgSentCopyStore implements SentCopyStore {
  constructor(private readonly db: PgSession) {}

  /** A real (not draft) export of the letter. `sent` is the case's date sent when it is marked sent. */
  async keepExport(caseId: string, kind: LetterFileKind, fileName: string, bytes: Uint8Array, at: string, sent: string | null): Promise<void> {
    await this.db.transaction(async () => {
      await this.db.run(
        `INSERT INTO letter_exports (case_id, kind, at, file_name, bytes) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (case_id, kind) DO UPDATE SET at = excluded.at, file_name = excluded.file_name, bytes = excluded.bytes`,
        [caseId, kind, at, fileName, Buffer.from(bytes)],
      );
      if (sent === null) return;
      const held = await this.db.row('SELECT 1 FROM sent_copies WHERE case_id = ? AND kind = ?', [caseId, kind]);
      const edited = await this.db.row(
        `SELECT 1 FROM sent_edits WHERE case_id = ? AND at COLLATE "C" >= coalesce((SELECT at FROM sent_copies WHERE case_id = ? AND kind = 'html'), ?) COLLATE "C"`,
        [caseId, caseId, at],
      );
      if (!held && !edited) await this.insertCopy(caseId, kind, sent, at, fileName, bytes);
    });
  }

  /** The case has just been marked sent: the letter as assembled now, and the newest exports, become its copy. */
  async takeOnSending(caseId: string, sent: string, letter: { fileName: string; html: string }, at: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.db.run('DELETE FROM sent_copies WHERE case_id = ?', [caseId]);
      await this.insertCopy(caseId, 'html', sent, at, letter.fileName, new TextEncoder().encode(letter.html));
      await this.db.run('INSERT INTO sent_copies (case_id, kind, sent, at, file_name, bytes) SELECT case_id, kind, ?::date, at, file_name, bytes FROM letter_exports WHERE case_id = ?', [sent, caseId]);
    });
  }

  /** The case when it went out and no reason has been recorded since it was (last) marked sent; see SentCopies.unexplained. */
  async unexplained(caseId: string): Promise<{ ref: string; status: Case['status']; sent: string } | null> {
    const row = await this.db.row<{ ref: string; status: Case['status']; sent: string | null }>('SELECT ref, status, sent FROM cases WHERE id = ?', [caseId]);
    if (!row || row.sent === null || !countsAsSent(row)) return null;
    const explained = await this.db.row(
      `SELECT 1 FROM sent_edits WHERE case_id = ? AND at COLLATE "C" >= coalesce((SELECT at FROM sent_copies WHERE case_id = ? AND kind = 'html'), '') COLLATE "C"`,
      [caseId, caseId],
    );
    return explained ? null : { ref: row.ref, status: row.status, sent: row.sent };
  }

  async recordEdit(caseId: string, edit: SentEdit): Promise<void> {
    await this.db.run('INSERT INTO sent_edits (case_id, at, who, reason) VALUES (?, ?, ?, ?)', [caseId, edit.at, edit.who, edit.reason]);
  }

  async record(caseId: string): Promise<SentRecord> {
    const copies = await this.db.rows<SentCopyInfo & { sent: string }>(
      `SELECT kind, file_name AS "fileName", at, octet_length(bytes)::int AS size, sent FROM sent_copies WHERE case_id = ?
       ORDER BY CASE kind WHEN 'html' THEN 0 WHEN 'pdf' THEN 1 ELSE 2 END`,
      [caseId],
    );
    const edits = await this.db.rows<SentEdit>('SELECT at, who, reason FROM sent_edits WHERE case_id = ? ORDER BY id', [caseId]);
    return { sent: copies[0]?.sent ?? null, copies: copies.map(({ sent: _sent, ...c }) => c), edits };
  }

  async copy(caseId: string, kind: SentCopyKind): Promise<{ fileName: string; bytes: Uint8Array } | null> {
    const row = await this.db.row<{ file_name: string; bytes: Buffer }>('SELECT file_name, bytes FROM sent_copies WHERE case_id = ? AND kind = ?', [caseId, kind]);
    return row ? { fileName: row.file_name, bytes: new Uint8Array(row.bytes) } : null;
  }

  private async insertCopy(caseId: string, kind: SentCopyKind, sent: string, at: string, fileName: string, bytes: Uint8Array): Promise<void> {
    await this.db.run('INSERT INTO sent_copies (case_id, kind, sent, at, file_name, bytes) VALUES (?, ?, ?::date, ?, ?, ?)', [caseId, kind, sent, at, fileName, Buffer.from(bytes)]);
  }
}
