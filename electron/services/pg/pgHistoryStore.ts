import type { AnswerVersionRow, VersionReason } from '../answerHistory';
import type { SerialisedAnswer } from '../caseRepository';
import type { HistoryStore } from '../store/areaStores';
import type { PgSession } from './pgSession';

/**
 * Every answer's earlier texts on a team workspace (step 6's answer_versions): the PostgreSQL form
 * of ../answerHistory.ts, with the same rules, so the History dialog reads the same on either
 * engine. Typing keeps one version per calendar minute, rewritten in place as the minute goes on;
 * an export, a change of status and a restore each add a version of their own. Called inside the
 * transaction that writes the answer (WorkspaceStore.transaction joins it through the PgSession), so
 * a save and its version commit together.
 */
interface Row {
  id: string;
  answer_id: string;
  case_id: string;
  at: string;
  reason: VersionReason;
  doc: string;
  plain_text: string;
}

// An identity column is bigint, which node-postgres reads as text; a version's id is a number everywhere else.
const toVersion = (r: Row): AnswerVersionRow => ({ id: Number(r.id), answerId: r.answer_id, caseId: r.case_id, at: r.at, reason: r.reason, docJson: r.doc, plainText: r.plain_text });

/** The calendar minute of an ISO timestamp ("2024-06-03T10:15"): typing within it shares one version. */
const minuteOf = (iso: string) => iso.slice(0, 16);

export class PgHistoryStore implements HistoryStore {
  constructor(private readonly db: PgSession) {}

  private newest(answerId: string): Promise<Row | undefined> {
    return this.db.row<Row>('SELECT * FROM answer_versions WHERE answer_id = ? ORDER BY id DESC LIMIT 1', [answerId]);
  }

  private async insert(answerId: string, caseId: string, at: string, reason: VersionReason, docJson: string, plainText: string): Promise<number> {
    const row = await this.db.row<{ id: string }>('INSERT INTO answer_versions (answer_id, case_id, at, reason, doc, plain_text) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', [
      answerId,
      caseId,
      at,
      reason,
      docJson,
      plainText,
    ]);
    return Number(row!.id);
  }

  /** Before an answer is written: see AnswerHistory.recordEdit (an answer with no history first has its stored text kept). */
  async recordEdit(caseId: string, a: SerialisedAnswer, now: string): Promise<void> {
    const newest = await this.newest(a.id);
    if (!newest) {
      const stored = await this.db.row<{ doc: string; plain_text: string; updated_at: string }>('SELECT doc, plain_text, updated_at FROM answers WHERE id = ? AND case_id = ?', [a.id, caseId]);
      if (stored && stored.doc !== a.docJson) await this.insert(a.id, caseId, stored.updated_at, 'edit', stored.doc, stored.plain_text);
      await this.insert(a.id, caseId, now, 'edit', a.docJson, a.plainText);
      return;
    }
    if (newest.doc === a.docJson) return;
    if (newest.reason === 'edit' && minuteOf(newest.at) === minuteOf(now)) {
      await this.db.run('UPDATE answer_versions SET doc = ?, plain_text = ?, at = ? WHERE id = ?', [a.docJson, a.plainText, now, newest.id]);
      return;
    }
    await this.insert(a.id, caseId, now, 'edit', a.docJson, a.plainText);
  }

  /** A version of each of the case's answers marking an export or a change of status, unless its newest already says the same. */
  async recordCase(caseId: string, reason: 'export' | 'status', now: string): Promise<void> {
    const answers = await this.db.rows<{ id: string; doc: string; plain_text: string }>('SELECT id, doc, plain_text FROM answers WHERE case_id = ? ORDER BY position', [caseId]);
    for (const a of answers) {
      const newest = await this.newest(a.id);
      if (newest && newest.reason === reason && newest.doc === a.doc) continue;
      await this.insert(a.id, caseId, now, reason, a.doc, a.plain_text);
    }
  }

  /** Before a restore: the answer's text as it stands, unless its newest version already holds it. */
  async keepCurrent(caseId: string, a: SerialisedAnswer, now: string): Promise<void> {
    if ((await this.newest(a.id))?.doc !== a.docJson) await this.insert(a.id, caseId, now, 'edit', a.docJson, a.plainText);
  }

  /** After a restore has written the answer: the restored text as a version of its own. */
  recordRestore(caseId: string, a: SerialisedAnswer, now: string): Promise<number> {
    return this.insert(a.id, caseId, now, 'restore', a.docJson, a.plainText);
  }

  /** Newest first. */
  async list(caseId: string, answerId: string): Promise<AnswerVersionRow[]> {
    return (await this.db.rows<Row>('SELECT * FROM answer_versions WHERE answer_id = ? AND case_id = ? ORDER BY id DESC', [answerId, caseId])).map(toVersion);
  }

  async get(caseId: string, versionId: number): Promise<AnswerVersionRow | null> {
    // A version id beyond bigint's range is simply not there, as in SQLite, rather than an SQL error.
    if (!Number.isSafeInteger(versionId)) return null;
    const row = await this.db.row<Row>('SELECT * FROM answer_versions WHERE id = ? AND case_id = ?', [versionId, caseId]);
    return row ? toVersion(row) : null;
  }
}
