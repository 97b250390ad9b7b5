import type { Answer, Case, Question } from '../../core/model';
import { richToPlainText } from '../../core/editor/plainText';
import type { Db } from './workspaceDb';
import type { Statement } from 'better-sqlite3';
import { DeskError } from '../../core/api/errors';

/**
 * Cases, questions and answers in SQLite. Answers are saved one at a time (autosave sends only the
 * answer being typed), questions as a whole list (the split is edited as a whole). Every write also
 * refreshes the case's row in the full-text index.
 */
interface CaseRow {
  id: string;
  ref: string;
  title: string;
  regime: string;
  received: string;
  sent: string | null;
  status: string;
  publish: number;
  requester: string;
  request_text: string;
  summary: string;
  attachments: string;
  clock: string;
  overrides: string;
  created_at: string;
  updated_at: string;
}

interface QuestionRow {
  id: string;
  number: string;
  label: string;
  text: string;
  heading: number;
}

interface AnswerRow {
  id: string;
  covers: string;
  doc: string;
  disposition: string;
  exemptions: string;
  redirect_to: string;
}

export type CaseHeader = Omit<Case, 'questions' | 'answers'>;

/**
 * An answer as it is written: its document already serialised, with its plain text for search. A
 * large import holds 100,000 answers at once before its one transaction; as strings they take a sixth
 * of the memory the editor's object trees would.
 */
export interface SerialisedAnswer extends Omit<Answer, 'doc'> {
  docJson: string;
  plainText: string;
}
export type SerialisedCase = Omit<Case, 'answers'> & { answers: SerialisedAnswer[] };

export function serialiseAnswer(a: Answer): SerialisedAnswer {
  const { doc, ...rest } = a;
  return { ...rest, docJson: JSON.stringify(doc), plainText: richToPlainText(doc).trim() };
}

export function serialiseCase(c: Case): SerialisedCase {
  return { ...c, answers: c.answers.map(serialiseAnswer) };
}

export class CaseRepository {
  constructor(private readonly db: Db) {}

  // Prepared once per repository: preparing costs more than running for the small statements here.
  private readonly statements = new Map<string, Statement>();
  private stmt(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  countCases(): number {
    return (this.stmt('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  }

  findIdByRef(ref: string): string | null {
    const row = this.stmt('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: string } | undefined;
    return row?.id ?? null;
  }

  listHeaders(): CaseHeader[] {
    return (this.stmt('SELECT * FROM cases ORDER BY received DESC, ref').all() as CaseRow[]).map(toHeader);
  }

  /** Question and answered-question counts per case, for the list, in one query each. */
  progressByCase(): Map<string, { questions: number; answered: number }> {
    const out = new Map<string, { questions: number; answered: number }>();
    for (const r of this.stmt('SELECT case_id, count(*) AS n FROM questions WHERE heading = 0 GROUP BY case_id').all() as { case_id: string; n: number }[]) {
      out.set(r.case_id, { questions: r.n, answered: 0 });
    }
    const answered = this.stmt(
      `SELECT a.case_id AS case_id, count(DISTINCT j.value) AS n FROM answers a, json_each(a.covers) j
       WHERE a.plain_text <> '' GROUP BY a.case_id`,
    );
    for (const r of answered.all() as { case_id: string; n: number }[]) {
      const entry = out.get(r.case_id);
      if (entry) entry.answered = Math.min(r.n, entry.questions);
    }
    return out;
  }

  get(id: string): Case | null {
    const row = this.stmt('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
    if (!row) return null;
    const questions = (this.stmt('SELECT * FROM questions WHERE case_id = ? ORDER BY position').all(id) as QuestionRow[]).map(toQuestion);
    const answers = (this.stmt('SELECT * FROM answers WHERE case_id = ? ORDER BY position').all(id) as AnswerRow[]).map((a) => toAnswer(a, row.ref));
    return { ...toHeader(row), questions, answers };
  }

  /** Inserts or replaces a whole case (create, import). */
  put(c: Case): void {
    this.putMany([serialiseCase(c)]);
  }

  /**
   * Inserts or replaces many whole cases in one transaction (an import). The search index is
   * brought up to date once for all of them: its case_id column is not indexed, so removing a case's
   * old entry reads the whole index, and doing that per case made a large import quadratic.
   */
  putMany(cases: readonly SerialisedCase[]): void {
    this.putStream(cases.map((c) => c.id), cases);
  }

  /**
   * putMany for cases made one at a time as they are written (a large import keeps each case as a
   * string until then): `ids` names them all beforehand, so their old search entries go in one pass.
   */
  putStream(ids: readonly string[], cases: Iterable<SerialisedCase>): void {
    this.db.transaction(() => {
      this.stmt('DELETE FROM case_search WHERE case_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
      const index = this.stmt('INSERT INTO case_search (case_id, ref, title, body) VALUES (?, ?, ?, ?)');
      for (const c of cases) {
        this.writeHeader(c);
        this.replaceQuestions(c.id, c.questions);
        this.stmt('DELETE FROM answers WHERE case_id = ?').run(c.id);
        c.answers.forEach((a, i) => this.writeAnswer(c.id, a, i, c.updatedAt));
        index.run(c.id, c.ref, c.title, [c.summary, c.requestText, ...c.answers.map((a) => a.plainText)].join('\n'));
      }
    })();
  }

  updateHeader(c: CaseHeader, questions?: Question[]): void {
    this.db.transaction(() => {
      this.writeHeader(c);
      if (questions) this.replaceQuestions(c.id, questions);
      this.reindex(c.id);
    })();
  }

  saveAnswer(caseId: string, answer: Answer, now: string): void {
    this.db.transaction(() => {
      const existing = this.stmt('SELECT position FROM answers WHERE id = ? AND case_id = ?').get(answer.id, caseId) as { position: number } | undefined;
      const position = existing?.position ?? ((this.stmt('SELECT coalesce(max(position), -1) + 1 AS p FROM answers WHERE case_id = ?').get(caseId) as { p: number }).p);
      this.writeAnswer(caseId, serialiseAnswer(answer), position, now);
      this.stmt('UPDATE cases SET updated_at = ? WHERE id = ?').run(now, caseId);
      this.reindex(caseId);
    })();
  }

  deleteAnswer(caseId: string, answerId: string): boolean {
    return this.db.transaction(() => {
      const changed = this.stmt('DELETE FROM answers WHERE id = ? AND case_id = ?').run(answerId, caseId).changes > 0;
      if (changed) this.reindex(caseId);
      return changed;
    })();
  }

  delete(id: string): boolean {
    return this.db.transaction(() => {
      this.stmt('DELETE FROM case_search WHERE case_id = ?').run(id);
      return this.stmt('DELETE FROM cases WHERE id = ?').run(id).changes > 0;
    })();
  }

  /** Case ids whose reference, title, request or answers match every word typed (prefix match). */
  search(text: string): Set<string> {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return new Set();
    const query = words.map((w) => `"${w}"*`).join(' ');
    const rows = this.stmt('SELECT case_id FROM case_search WHERE case_search MATCH ?').all(query) as { case_id: string }[];
    const ids = new Set(rows.map((r) => r.case_id));
    // References are often searched by a fragment from the middle ("4007" for 5024007).
    const like = `%${text.trim()}%`;
    for (const r of this.stmt('SELECT id FROM cases WHERE ref LIKE ?').all(like) as { id: string }[]) ids.add(r.id);
    return ids;
  }

  private writeHeader(c: CaseHeader): void {
    this.db
      .prepare(
        `INSERT INTO cases (id, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, overrides, created_at, updated_at)
         VALUES (@id, @ref, @title, @regime, @received, @sent, @status, @publish, @requester, @request_text, @summary, @attachments, @clock, @overrides, @created_at, @updated_at)
         ON CONFLICT(id) DO UPDATE SET ref = excluded.ref, title = excluded.title, regime = excluded.regime, received = excluded.received,
           sent = excluded.sent, status = excluded.status, publish = excluded.publish, requester = excluded.requester,
           request_text = excluded.request_text, summary = excluded.summary, attachments = excluded.attachments,
           clock = excluded.clock, overrides = excluded.overrides, updated_at = excluded.updated_at`,
      )
      .run({
        id: c.id,
        ref: c.ref,
        title: c.title,
        regime: c.regime,
        received: c.received,
        sent: c.sent,
        status: c.status,
        publish: c.publish ? 1 : 0,
        requester: JSON.stringify(c.requester),
        request_text: c.requestText,
        summary: c.summary,
        attachments: JSON.stringify(c.attachments),
        clock: JSON.stringify(c.clock),
        overrides: JSON.stringify(c.overrides),
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      });
  }

  private replaceQuestions(caseId: string, questions: Question[]): void {
    this.stmt('DELETE FROM questions WHERE case_id = ?').run(caseId);
    const insert = this.stmt('INSERT INTO questions (id, case_id, position, number, label, text, heading) VALUES (?, ?, ?, ?, ?, ?, ?)');
    questions.forEach((q, i) => insert.run(q.id, caseId, i, q.number, q.label, q.text, q.heading ? 1 : 0));
  }

  private writeAnswer(caseId: string, a: SerialisedAnswer, position: number, now: string): void {
    this.db
      .prepare(
        `INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET covers = excluded.covers, doc = excluded.doc, plain_text = excluded.plain_text,
           disposition = excluded.disposition, exemptions = excluded.exemptions, redirect_to = excluded.redirect_to,
           updated_at = excluded.updated_at`,
      )
      .run(a.id, caseId, position, JSON.stringify(a.covers), a.docJson, a.plainText, a.disposition, JSON.stringify(a.exemptions), a.redirectTo, now);
  }

  private reindex(caseId: string): void {
    const c = this.stmt('SELECT ref, title, request_text, summary FROM cases WHERE id = ?').get(caseId) as
      | { ref: string; title: string; request_text: string; summary: string }
      | undefined;
    this.stmt('DELETE FROM case_search WHERE case_id = ?').run(caseId);
    if (!c) return;
    const answers = (this.stmt('SELECT plain_text FROM answers WHERE case_id = ?').all(caseId) as { plain_text: string }[]).map((r) => r.plain_text);
    this.db
      .prepare('INSERT INTO case_search (case_id, ref, title, body) VALUES (?, ?, ?, ?)')
      .run(caseId, c.ref, c.title, [c.summary, c.request_text, ...answers].join('\n'));
  }
}

function toHeader(r: CaseRow): CaseHeader {
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    regime: r.regime as Case['regime'],
    received: r.received,
    sent: r.sent,
    status: r.status as Case['status'],
    publish: r.publish === 1,
    requester: parseColumn(r.requester, r.ref, 'requester'),
    requestText: r.request_text,
    summary: r.summary,
    attachments: parseColumn(r.attachments, r.ref, 'attachments'),
    clock: parseColumn(r.clock, r.ref, 'clock'),
    overrides: parseColumn(r.overrides, r.ref, 'check overrides'),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toQuestion(r: QuestionRow): Question {
  return { id: r.id, number: r.number, label: r.label, text: r.text, heading: r.heading === 1 };
}

function toAnswer(r: AnswerRow, caseRef: string): Answer {
  return {
    id: r.id,
    covers: parseColumn(r.covers, caseRef, 'answer questions'),
    doc: parseColumn(r.doc, caseRef, 'answer text'),
    disposition: r.disposition as Answer['disposition'],
    exemptions: parseColumn(r.exemptions, caseRef, 'answer exemptions'),
    redirectTo: r.redirect_to,
  };
}

/**
 * A JSON column read back. A damaged one (edited by another tool, a disk fault) names its case, so the
 * officer can restore or delete that one case instead of facing an error about the whole workspace.
 */
function parseColumn<T = never>(text: string, caseRef: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new DeskError('internal', `Case ${caseRef} cannot be read: its ${what} ${what.endsWith('s') ? 'are' : 'is'} damaged in the workspace file. Restore that case from a backup (desk import --replace) or delete it; other cases are not affected.`);
  }
}
