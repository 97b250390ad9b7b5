import type { Answer, Case, Question } from '../../core/model';
import { richToPlainText } from '../../core/model/richText';
import type { Db } from './workspaceDb';

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

export class CaseRepository {
  constructor(private readonly db: Db) {}

  countCases(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  }

  findIdByRef(ref: string): string | null {
    const row = this.db.prepare('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: string } | undefined;
    return row?.id ?? null;
  }

  listHeaders(): CaseHeader[] {
    return (this.db.prepare('SELECT * FROM cases ORDER BY received DESC, ref').all() as CaseRow[]).map(toHeader);
  }

  /** Question and answered-question counts per case, for the list, in one query each. */
  progressByCase(): Map<string, { questions: number; answered: number }> {
    const out = new Map<string, { questions: number; answered: number }>();
    for (const r of this.db.prepare('SELECT case_id, count(*) AS n FROM questions WHERE heading = 0 GROUP BY case_id').all() as { case_id: string; n: number }[]) {
      out.set(r.case_id, { questions: r.n, answered: 0 });
    }
    const answered = this.db.prepare(
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
    const row = this.db.prepare('SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined;
    if (!row) return null;
    const questions = (this.db.prepare('SELECT * FROM questions WHERE case_id = ? ORDER BY position').all(id) as QuestionRow[]).map(toQuestion);
    const answers = (this.db.prepare('SELECT * FROM answers WHERE case_id = ? ORDER BY position').all(id) as AnswerRow[]).map(toAnswer);
    return { ...toHeader(row), questions, answers };
  }

  /** Inserts or replaces a whole case (create, import). */
  put(c: Case): void {
    this.db.transaction(() => {
      this.writeHeader(c);
      this.replaceQuestions(c.id, c.questions);
      this.db.prepare('DELETE FROM answers WHERE case_id = ?').run(c.id);
      c.answers.forEach((a, i) => this.writeAnswer(c.id, a, i, c.updatedAt));
      this.reindex(c.id);
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
      const existing = this.db.prepare('SELECT position FROM answers WHERE id = ? AND case_id = ?').get(answer.id, caseId) as { position: number } | undefined;
      const position = existing?.position ?? ((this.db.prepare('SELECT coalesce(max(position), -1) + 1 AS p FROM answers WHERE case_id = ?').get(caseId) as { p: number }).p);
      this.writeAnswer(caseId, answer, position, now);
      this.db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(now, caseId);
      this.reindex(caseId);
    })();
  }

  deleteAnswer(caseId: string, answerId: string): boolean {
    return this.db.transaction(() => {
      const changed = this.db.prepare('DELETE FROM answers WHERE id = ? AND case_id = ?').run(answerId, caseId).changes > 0;
      if (changed) this.reindex(caseId);
      return changed;
    })();
  }

  delete(id: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM case_search WHERE case_id = ?').run(id);
      return this.db.prepare('DELETE FROM cases WHERE id = ?').run(id).changes > 0;
    })();
  }

  /** Case ids whose reference, title, request or answers match every word typed (prefix match). */
  search(text: string): Set<string> {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return new Set();
    const query = words.map((w) => `"${w}"*`).join(' ');
    const rows = this.db.prepare('SELECT case_id FROM case_search WHERE case_search MATCH ?').all(query) as { case_id: string }[];
    const ids = new Set(rows.map((r) => r.case_id));
    // References are often searched by a fragment from the middle ("4007" for 5024007).
    const like = `%${text.trim()}%`;
    for (const r of this.db.prepare('SELECT id FROM cases WHERE ref LIKE ?').all(like) as { id: string }[]) ids.add(r.id);
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
    this.db.prepare('DELETE FROM questions WHERE case_id = ?').run(caseId);
    const insert = this.db.prepare('INSERT INTO questions (id, case_id, position, number, label, text, heading) VALUES (?, ?, ?, ?, ?, ?, ?)');
    questions.forEach((q, i) => insert.run(q.id, caseId, i, q.number, q.label, q.text, q.heading ? 1 : 0));
  }

  private writeAnswer(caseId: string, a: Answer, position: number, now: string): void {
    this.db
      .prepare(
        `INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET covers = excluded.covers, doc = excluded.doc, plain_text = excluded.plain_text,
           disposition = excluded.disposition, exemptions = excluded.exemptions, redirect_to = excluded.redirect_to,
           updated_at = excluded.updated_at`,
      )
      .run(a.id, caseId, position, JSON.stringify(a.covers), JSON.stringify(a.doc), richToPlainText(a.doc).trim(), a.disposition, JSON.stringify(a.exemptions), a.redirectTo, now);
  }

  private reindex(caseId: string): void {
    const c = this.db.prepare('SELECT ref, title, request_text, summary FROM cases WHERE id = ?').get(caseId) as
      | { ref: string; title: string; request_text: string; summary: string }
      | undefined;
    this.db.prepare('DELETE FROM case_search WHERE case_id = ?').run(caseId);
    if (!c) return;
    const answers = (this.db.prepare('SELECT plain_text FROM answers WHERE case_id = ?').all(caseId) as { plain_text: string }[]).map((r) => r.plain_text);
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
    requester: JSON.parse(r.requester),
    requestText: r.request_text,
    summary: r.summary,
    attachments: JSON.parse(r.attachments),
    clock: JSON.parse(r.clock),
    overrides: JSON.parse(r.overrides),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toQuestion(r: QuestionRow): Question {
  return { id: r.id, number: r.number, label: r.label, text: r.text, heading: r.heading === 1 };
}

function toAnswer(r: AnswerRow): Answer {
  return {
    id: r.id,
    covers: JSON.parse(r.covers),
    doc: JSON.parse(r.doc),
    disposition: r.disposition as Answer['disposition'],
    exemptions: JSON.parse(r.exemptions),
    redirectTo: r.redirect_to,
  };
}
