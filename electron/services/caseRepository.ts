import { CaseChannelSchema, InternalReviewOutcomeSchema, LetterPartsSchema, ReviewCommentSchema, channelOf, type Answer, type Case, type Question } from '../../core/model';
import { richToPlainText } from '../../core/editor/plainText';
import type { Db } from './workspaceDb';
import type { Statement } from 'better-sqlite3';
import { DeskError } from '../../core/api/errors';
import { refreshQuestionIndex, removeFromQuestionIndex } from './reuse/questionIndex';
import { prepared } from './preparedStatements';

/**
 * Cases, questions and answers in SQLite. Answers are saved one at a time (autosave sends only the
 * answer being typed), questions as a whole list (the split is edited as a whole). Every write also
 * refreshes the case's row in the full-text index (case_text, keyed by cases.num) in the same
 * transaction: this is the one code path that keeps the index in step.
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
  /** The letter's own parts as JSON (migration 5); NULL for every part on its default. */
  letter: string | null;
  /** 1 for an entry imported from a past published log (migration 9). */
  historical: number;
  /** How the request arrived (migration 10): 'email' for every case stored before it. */
  channel: string;
  /** Working together (migration 11): the owner, NULL for unassigned; the sign-off, NULL until given. */
  owner: string | null;
  approved_by: string | null;
  approved_at: string | null;
  /** The requester's internal review (migration 12): all NULL while none was asked for. */
  review_requested: string | null;
  review_outcome: string | null;
  review_completed: string | null;
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
  /** Migration 11: bumped by every write; a reviewer's comment as JSON, NULL once resolved. */
  version: number;
  review_comment: string | null;
}

export type CaseHeader = Omit<Case, 'questions' | 'answers'>;

/** The deadline a case's row carries for the list (see migration 4): the binding due date of an open case. */
export interface StoredDeadline {
  due: string | null;
  /** The day a fee pause was counted to, when the due date moves with the day; otherwise null. */
  dueAsOf: string | null;
}
export type DeadlineOf = (c: Pick<Case, 'received' | 'regime' | 'clock' | 'sent' | 'status'>) => StoredDeadline;

/** What the list shows of a case: its row without the request, the requester or the answers. */
export interface CaseListRow {
  id: string;
  ref: string;
  title: string;
  regime: Case['regime'];
  status: Case['status'];
  received: string;
  sent: string | null;
  clock: string;
  historical: number;
  /** Read by the SQLite store (migration 11); optional so another engine can add them later. */
  owner?: string | null;
  approved_at?: string | null;
}
const LIST_COLUMNS = 'c.id, c.ref, c.title, c.regime, c.status, c.received, c.sent, c.clock, c.historical, c.owner, c.approved_at';

/** A condition on the cases table, named `c` (see caseListQuery.ts). */
export interface CaseCondition {
  sql: string;
  params: (string | number)[];
}

/**
 * Question text and answer text in their own columns, so BM25 can weigh them differently. The
 * requester's name and email are indexed (migration 7) for the officers' own search only: the index
 * never leaves the workspace. Keep in step with migration 7, which fills the same columns.
 */
const INDEX_CASE_TEXT = `INSERT INTO case_text (rowid, ref, title, questions, answers, request, requester)
  SELECT num, ref, title,
    coalesce((SELECT group_concat(text, char(10)) FROM (SELECT text FROM questions q WHERE q.case_id = cases.id ORDER BY position)), ''),
    coalesce((SELECT group_concat(plain_text, char(10)) FROM (SELECT plain_text FROM answers a WHERE a.case_id = cases.id ORDER BY position)), ''),
    summary || char(10) || request_text,
    CASE WHEN json_valid(requester) THEN coalesce(json_extract(requester, '$.name'), '') || char(10) || coalesce(json_extract(requester, '$.email'), '') ELSE '' END
  FROM cases WHERE id = ?`;

/** BM25 weights for ref, title, questions, answers, request, requester: the question above the answer. */
const RANK = 'bm25(case_text, 10.0, 6.0, 4.0, 1.0, 2.0, 3.0)';

/** A case in the bin: what the Bin lists and the purge reports. */
export interface BinnedCase {
  id: string;
  ref: string;
  title: string;
  deletedAt: string;
}

/**
 * An answer as it is written: its document already serialised, with its plain text for search. A
 * large import holds 100,000 answers at once before its one transaction; as strings they take a sixth
 * of the memory the editor's object trees would.
 */
export interface SerialisedAnswer extends Omit<Answer, 'doc'> {
  docJson: string;
  plainText: string;
  /** When the answer was last written, if known (a version 2 bundle carries it); else the case's time. */
  updatedAt?: string;
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
  /**
   * `deadlineOf` works out the stored deadline of a case as it is written; without it (a generator
   * writing in bulk) the due date is left to be filled when the service next opens the workspace.
   */
  constructor(
    private readonly db: Db,
    private readonly deadlineOf: DeadlineOf | null = null,
  ) {}

  private stmt(sql: string): Statement {
    return prepared(this.db, sql);
  }

  /** Live cases: those in the bin are not counted. */
  countCases(): number {
    return (this.stmt('SELECT count(*) AS n FROM cases WHERE deleted_at IS NULL').get() as { n: number }).n;
  }

  /**
   * How many cases meet a condition, and the search if one is given, by status or by regime: the
   * empty list's explanation. Counts only; the same cases searchPage would find (a reference
   * containing the text, or every word in the index).
   */
  countBy(column: 'status' | 'regime', where: CaseCondition, search = ''): { key: string; n: number }[] {
    const match = searchMatch(search);
    const fragment = likeFragment(search);
    const parts: CaseCondition[] = [where];
    if (match || fragment) {
      const found = [fragment ? `c.ref LIKE ? ESCAPE '\\'` : null, match ? 'c.num IN (SELECT rowid FROM case_text WHERE case_text MATCH ?)' : null].filter(Boolean);
      parts.push({ sql: found.join(' OR '), params: [...(fragment ? [`%${fragment}%`] : []), ...(match ? [match] : [])] });
    }
    return this.stmt(`SELECT c.${column} AS key, count(*) AS n FROM cases c WHERE ${parts.map((p) => `(${p.sql})`).join(' AND ')} GROUP BY c.${column} ORDER BY c.${column}`).all(
      ...parts.flatMap((p) => p.params),
    ) as { key: string; n: number }[];
  }

  /** When a case went to the bin, or null for a live case (or none at all). */
  binnedAt(id: string): string | null {
    return (this.stmt('SELECT deleted_at FROM cases WHERE id = ?').get(id) as { deleted_at: string | null } | undefined)?.deleted_at ?? null;
  }

  /** Moves a live case to the bin; false if there is no such live case. */
  moveToBin(id: string, now: string): boolean {
    return this.stmt('UPDATE cases SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now, id).changes > 0;
  }

  /** Takes a case out of the bin; false if it was not there. */
  restoreFromBin(id: string): boolean {
    return this.stmt('UPDATE cases SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes > 0;
  }

  /** The bin, most recently deleted first (walks the partial index cases_binned). */
  binned(): BinnedCase[] {
    return this.stmt('SELECT id, ref, title, deleted_at AS deletedAt FROM cases WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, ref').all() as BinnedCase[];
  }

  /** Removes for good every case binned before `cutoff` (an ISO timestamp), in one transaction. */
  purgeBinnedBefore(cutoff: string): BinnedCase[] {
    return this.db.transaction(() => {
      const gone = this.stmt('SELECT id, ref, title, deleted_at AS deletedAt FROM cases WHERE deleted_at IS NOT NULL AND deleted_at < ? ORDER BY deleted_at, ref').all(cutoff) as BinnedCase[];
      for (const c of gone) this.delete(c.id);
      return gone;
    })();
  }

  findIdByRef(ref: string): string | null {
    const row = this.stmt('SELECT id FROM cases WHERE ref = ?').get(ref) as { id: string } | undefined;
    return row?.id ?? null;
  }

  /**
   * The cases sent in `month` (YYYY-MM), by date sent then reference. A range on the sent date, so
   * SQLite walks cases_by_sent over that month alone: a month costs the same at 50 cases as at 50,000.
   */
  headersSentIn(month: string): CaseHeader[] {
    const { first, next } = monthRange(month);
    // A past log's entries (historical) were never this workspace's work: not in its log or its checks.
    return (this.stmt('SELECT * FROM cases WHERE sent >= ? AND sent < ? AND deleted_at IS NULL AND historical = 0 ORDER BY sent, ref').all(first, next) as CaseRow[]).map(toHeader);
  }

  /** Sent dates of the cases marked for publishing: the sent column only, never the cases' text. */
  publishedSentDates(): string[] {
    return (this.stmt('SELECT sent FROM cases WHERE sent IS NOT NULL AND publish = 1 AND deleted_at IS NULL AND historical = 0 ORDER BY sent').all() as { sent: string }[]).map((r) => r.sent);
  }

  /** Every live case's id (with those in the bin if asked), oldest received first: a bundle of the whole workspace reads cases one by one. */
  idsByReceived(includeBinned = false): string[] {
    return (this.stmt(`SELECT id FROM cases ${includeBinned ? '' : 'WHERE deleted_at IS NULL '}ORDER BY received, ref`).all() as { id: string }[]).map((r) => r.id);
  }

  /**
   * One page of the list in the officer's order: open cases by the date that binds them, then
   * finished ones newest first. Two index walks (cases_open_by_due, cases_finished_newest), so the
   * first page costs the same at 50 cases as at 50,000. `limit` -1 means every case.
   */
  listPage(where: CaseCondition, offset: number, limit: number): CaseListRow[] {
    const open = this.stmt(`SELECT ${LIST_COLUMNS} FROM cases c WHERE c.is_open = 1 AND (${where.sql}) ORDER BY c.due, c.ref LIMIT ? OFFSET ?`).all(...where.params, limit, offset) as CaseListRow[];
    if (limit >= 0 && open.length >= limit) return open;
    const openBefore = open.length > 0 || offset === 0 ? offset + open.length : (this.stmt(`SELECT count(*) AS n FROM cases c WHERE c.is_open = 1 AND (${where.sql})`).get(...where.params) as { n: number }).n;
    const rest = limit < 0 ? -1 : limit - open.length;
    const finished = this.stmt(
      `SELECT ${LIST_COLUMNS} FROM cases c WHERE c.is_open = 0 AND (${where.sql}) ORDER BY coalesce(c.sent, c.received) DESC, c.received DESC, c.ref LIMIT ? OFFSET ?`,
    ).all(...where.params, rest, Math.max(0, offset - openBefore)) as CaseListRow[];
    return [...open, ...finished];
  }

  /**
   * Cases matching every word typed (prefix match), best first: a reference containing the text as
   * typed ("4007" finds 5024007) first, then by BM25 over the full-text index.
   */
  searchPage(text: string, where: CaseCondition, offset: number, limit: number): CaseListRow[] {
    const wanted = limit < 0 ? -1 : offset + limit;
    const fragment = likeFragment(text);
    const byRef = fragment
      ? (this.stmt(`SELECT ${LIST_COLUMNS} FROM cases c WHERE c.ref LIKE ? ESCAPE '\\' AND (${where.sql}) ORDER BY c.ref LIMIT ?`).all(`%${fragment}%`, ...where.params, wanted) as CaseListRow[])
      : [];
    const match = searchMatch(text);
    const byText = match
      ? (this.stmt(
          `SELECT ${LIST_COLUMNS} FROM case_text JOIN cases c ON c.num = case_text.rowid WHERE case_text MATCH ? AND (${where.sql}) ORDER BY ${RANK} LIMIT ?`,
        ).all(match, ...where.params, wanted < 0 ? -1 : wanted + byRef.length) as CaseListRow[])
      : [];
    const seen = new Set<string>();
    const merged = [...byRef, ...byText].filter((r) => !seen.has(r.id) && seen.add(r.id));
    return limit < 0 ? merged.slice(offset) : merged.slice(offset, offset + limit);
  }

  /** Question and answered-question counts of the cases on one page of the list. */
  progressOf(ids: readonly string[]): Map<string, { questions: number; answered: number }> {
    const out = new Map<string, { questions: number; answered: number }>();
    if (ids.length === 0) return out;
    const list = JSON.stringify(ids);
    for (const r of this.stmt('SELECT case_id, count(*) AS n FROM questions WHERE case_id IN (SELECT value FROM json_each(?)) AND heading = 0 GROUP BY case_id').all(list) as { case_id: string; n: number }[]) {
      out.set(r.case_id, { questions: r.n, answered: 0 });
    }
    const answered = this.stmt(
      `SELECT a.case_id AS case_id, count(DISTINCT j.value) AS n FROM answers a, json_each(a.covers) j
       WHERE a.case_id IN (SELECT value FROM json_each(?)) AND a.plain_text <> '' GROUP BY a.case_id`,
    );
    for (const r of answered.all(list) as { case_id: string; n: number }[]) {
      const entry = out.get(r.case_id);
      if (entry) entry.answered = Math.min(r.n, entry.questions);
    }
    return out;
  }

  /** Open cases whose stored deadline is missing, or was counted to a day other than `today` (a fee pause). */
  casesNeedingDeadline(today: string): (Pick<Case, 'id' | 'received' | 'regime' | 'sent' | 'status'> & { clock: string })[] {
    return this.stmt(
      // Each half walks a partial index (cases_due_missing, cases_due_moving), so this costs nothing when all is in order.
      // UNION ALL: a plain UNION sorts both halves by scanning every case.
      `SELECT id, received, regime, sent, status, clock FROM cases WHERE due IS NULL AND status NOT IN ('sent', 'closed')
       UNION ALL SELECT id, received, regime, sent, status, clock FROM cases WHERE due_as_of IS NOT NULL AND status NOT IN ('sent', 'closed') AND due_as_of <> ?`,
    ).all(today) as (Pick<Case, 'id' | 'received' | 'regime' | 'sent' | 'status'> & { clock: string })[];
  }

  storeDeadlines(rows: readonly ({ id: string } & StoredDeadline)[]): void {
    const update = this.stmt('UPDATE cases SET due = ?, due_as_of = ? WHERE id = ?');
    this.db.transaction(() => {
      for (const r of rows) update.run(r.due, r.dueAsOf, r.id);
    })();
  }

  /** Holidays or time-limit settings changed: every open case's deadline is to be worked out again. */
  forgetOpenDeadlines(): void {
    this.stmt("UPDATE cases SET due = NULL, due_as_of = NULL WHERE status NOT IN ('sent', 'closed')").run();
  }

  /** The ids of a case's questions: enough to check an answer before autosave writes it. */
  questionIds(caseId: string): Set<string> | null {
    if (!this.stmt('SELECT 1 FROM cases WHERE id = ? AND deleted_at IS NULL').get(caseId)) return null;
    return new Set((this.stmt('SELECT id FROM questions WHERE case_id = ?').all(caseId) as { id: string }[]).map((r) => r.id));
  }

  /** A case's status alone: autosave reads it to start drafting without reading the whole case. */
  statusOf(caseId: string): Case['status'] | null {
    return ((this.stmt('SELECT status FROM cases WHERE id = ?').get(caseId) as { status: Case['status'] } | undefined)?.status) ?? null;
  }

  /** Moves an open case to another open status (New to In progress); sent and closed go through updateHeader. */
  setOpenStatus(caseId: string, status: Case['status'], now: string): void {
    this.stmt('UPDATE cases SET status = ?, updated_at = ? WHERE id = ?').run(status, now, caseId);
  }

  /**
   * A live case; one in the bin reads as missing (see binnedAt) unless asked for (a backup). `team`:
   * its answers carry their version and any reviewer's comment (core/team).
   */
  get(id: string, includeBinned = false, team = false): Case | null {
    const row = this.stmt(includeBinned ? 'SELECT * FROM cases WHERE id = ?' : 'SELECT * FROM cases WHERE id = ? AND deleted_at IS NULL').get(id) as CaseRow | undefined;
    if (!row) return null;
    const questions = (this.stmt('SELECT * FROM questions WHERE case_id = ? ORDER BY position').all(id) as QuestionRow[]).map(toQuestion);
    const answers = (this.stmt('SELECT * FROM answers WHERE case_id = ? ORDER BY position').all(id) as AnswerRow[]).map((a) => (team ? withTeamFields(toAnswer(a, row.ref), a) : toAnswer(a, row.ref)));
    return { ...toHeader(row), questions, answers };
  }

  /** Inserts or replaces a whole case (create, import). */
  put(c: Case): void {
    this.putMany([serialiseCase(c)]);
  }

  /** Inserts or replaces many whole cases in one transaction (an import). */
  putMany(cases: readonly SerialisedCase[]): void {
    this.putStream(cases.map((c) => c.id), cases);
  }

  /**
   * putMany for cases made one at a time as they are written (a large import keeps each case as a
   * string until then). Each case's search entry is replaced by its rowid, so the cost per case stays
   * flat however large the workspace. `_ids` names them all beforehand (kept for callers).
   */
  putStream(_ids: readonly string[], cases: Iterable<SerialisedCase>, afterEach?: (c: SerialisedCase) => void): void {
    this.db.transaction(() => {
      for (const c of cases) {
        this.writeHeader(c);
        // A case written whole (an import replacing it) is live again, even if it was in the bin.
        this.stmt('UPDATE cases SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(c.id);
        this.replaceQuestions(c.id, c.questions);
        this.stmt('DELETE FROM answers WHERE case_id = ?').run(c.id);
        c.answers.forEach((a, i) => this.writeAnswer(c.id, a, i, a.updatedAt ?? c.updatedAt));
        this.reindex(c.id);
        // What a backup restores beside the case (./bundleExtras), in the same transaction.
        afterEach?.(c);
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
      const serialised = serialiseAnswer(answer);
      this.writeAnswer(caseId, serialised, position, now);
      this.stmt('UPDATE cases SET updated_at = ? WHERE id = ?').run(now, caseId);
      this.reindex(caseId);
    })();
  }

  /** Answers saved and others deleted together, with one refresh of the search entry. */
  replaceAnswers(caseId: string, answers: readonly Answer[], removed: readonly string[], now: string): { saved: number; deleted: number } {
    return this.db.transaction(() => {
      let deleted = 0;
      for (const id of removed) deleted += this.stmt('DELETE FROM answers WHERE id = ? AND case_id = ?').run(id, caseId).changes;
      for (const answer of answers) {
        const existing = this.stmt('SELECT position FROM answers WHERE id = ? AND case_id = ?').get(answer.id, caseId) as { position: number } | undefined;
        const position = existing?.position ?? (this.stmt('SELECT coalesce(max(position), -1) + 1 AS p FROM answers WHERE case_id = ?').get(caseId) as { p: number }).p;
        const serialised = serialiseAnswer(answer);
          this.writeAnswer(caseId, serialised, position, now);
      }
      this.stmt('UPDATE cases SET updated_at = ? WHERE id = ?').run(now, caseId);
      this.reindex(caseId);
      return { saved: answers.length, deleted };
    })();
  }

  /**
   * Split again (or its undo): the questions replaced and the answers re-attached together. The named
   * answers are written as given; any other answer keeps its text and loses only its links to questions
   * that went, so no answer is left naming a question the case does not have.
   */
  resplit(caseId: string, questions: Question[], answers: readonly Answer[], now: string): void {
    this.db.transaction(() => {
      this.replaceQuestions(caseId, questions);
      const ids = new Set(questions.map((q) => q.id));
      const named = new Set(answers.map((a) => a.id));
      for (const row of this.stmt('SELECT id, covers FROM answers WHERE case_id = ?').all(caseId) as { id: string; covers: string }[]) {
        if (named.has(row.id)) continue;
        const covers = (JSON.parse(row.covers) as string[]).filter((id) => ids.has(id));
        this.stmt('UPDATE answers SET covers = ? WHERE id = ? AND case_id = ?').run(JSON.stringify(covers), row.id, caseId);
      }
      for (const answer of answers) {
        const existing = this.stmt('SELECT position FROM answers WHERE id = ? AND case_id = ?').get(answer.id, caseId) as { position: number } | undefined;
        const position = existing?.position ?? (this.stmt('SELECT coalesce(max(position), -1) + 1 AS p FROM answers WHERE case_id = ?').get(caseId) as { p: number }).p;
        const serialised = serialiseAnswer(answer);
          this.writeAnswer(caseId, serialised, position, now);
      }
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
      this.stmt('DELETE FROM case_text WHERE rowid = (SELECT num FROM cases WHERE id = ?)').run(id);
      removeFromQuestionIndex(this.db, id);
      return this.stmt('DELETE FROM cases WHERE id = ?').run(id).changes > 0;
    })();
  }

  /** A new case takes the next `num`; a replaced one keeps its own, so its search entry stays keyed. */
  private writeHeader(c: CaseHeader): void {
    const deadline = this.deadlineOf && c.status !== 'sent' && c.status !== 'closed' ? this.deadlineOf(c) : { due: null, dueAsOf: null };
    this.stmt(
      `INSERT INTO cases (id, num, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, overrides, letter, historical, channel, review_requested, review_outcome, review_completed, created_at, updated_at, due, due_as_of)
         VALUES (@id, (SELECT coalesce(max(num), 0) + 1 FROM cases), @ref, @title, @regime, @received, @sent, @status, @publish, @requester, @request_text, @summary, @attachments, @clock, @overrides, @letter, @historical, @channel, @review_requested, @review_outcome, @review_completed, @created_at, @updated_at, @due, @due_as_of)
         ON CONFLICT(id) DO UPDATE SET ref = excluded.ref, title = excluded.title, regime = excluded.regime, received = excluded.received,
           sent = excluded.sent, status = excluded.status, publish = excluded.publish, requester = excluded.requester,
           request_text = excluded.request_text, summary = excluded.summary, attachments = excluded.attachments,
           clock = excluded.clock, overrides = excluded.overrides, letter = excluded.letter, historical = excluded.historical, channel = excluded.channel,
           review_requested = excluded.review_requested, review_outcome = excluded.review_outcome, review_completed = excluded.review_completed, updated_at = excluded.updated_at,
           due = excluded.due, due_as_of = excluded.due_as_of`,
    ).run({
        due: deadline.due,
        due_as_of: deadline.dueAsOf,
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
        letter: c.letter ? JSON.stringify(c.letter) : null,
        historical: c.historical ? 1 : 0,
        channel: channelOf(c),
        review_requested: c.review?.requested ?? null,
        review_outcome: c.review?.outcome ?? null,
        review_completed: c.review?.completed ?? null,
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
    this.stmt(
        `INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET covers = excluded.covers, doc = excluded.doc, plain_text = excluded.plain_text,
           disposition = excluded.disposition, exemptions = excluded.exemptions, redirect_to = excluded.redirect_to,
           updated_at = excluded.updated_at, version = answers.version + 1`,
    ).run(a.id, caseId, position, JSON.stringify(a.covers), a.docJson, a.plainText, a.disposition, JSON.stringify(a.exemptions), a.redirectTo, now);
  }

  /** Replaces one case's search entry; a deleted case's entry went with it (see delete). */
  private reindex(caseId: string): void {
    this.stmt('DELETE FROM case_text WHERE rowid = (SELECT num FROM cases WHERE id = ?)').run(caseId);
    this.stmt(INDEX_CASE_TEXT).run(caseId);
    // The question-level index (answered before, global search), rewriting only what changed.
    refreshQuestionIndex(this.db, caseId);
  }
}

/** The search text as a LIKE pattern's middle, its wildcards escaped; empty for blank text. */
function likeFragment(text: string): string {
  return text.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Every word typed, each as a prefix, for FTS5 MATCH; null when the text has no word. */
function searchMatch(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

/** The first day of `month` (YYYY-MM) and of the month after it, as ISO dates to compare sent dates with. */
export function monthRange(month: string): { first: string; next: string } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw new DeskError('invalid-input', `"${month}" is not a month: use the form YYYY-MM, for example 2024-05.`);
  const year = Number(match[1]);
  const m = Number(match[2]);
  const next = m === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${match[1]}-${String(m + 1).padStart(2, '0')}`;
  return { first: `${month}-01`, next: `${next}-01` };
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
    ...(r.letter ? { letter: letterColumn(r.letter, r.ref) } : {}),
    ...(r.historical === 1 ? { historical: true } : {}),
    // Absent for email, as for a case stored before channels, so such a case reads back as it was written.
    ...(r.channel && r.channel !== 'email' ? { channel: CaseChannelSchema.catch('email').parse(r.channel) } : {}),
    ...(r.owner ? { owner: r.owner } : {}),
    ...(r.approved_by && r.approved_at ? { approval: { by: r.approved_by, at: r.approved_at } } : {}),
    ...(r.review_requested
      ? { review: { requested: r.review_requested, outcome: InternalReviewOutcomeSchema.nullable().catch(null).parse(r.review_outcome), completed: r.review_completed } }
      : {}),
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

/** An answer with its version and reviewer's comment (migration 11), for the window that saves against them. */
function withTeamFields(a: Answer, r: AnswerRow): Answer {
  // A damaged comment is left off rather than making the answer unreadable: the reviewer can comment again.
  const comment = r.review_comment ? ReviewCommentSchema.safeParse(parseOrNull(r.review_comment)) : null;
  return { ...a, version: r.version, ...(comment?.success ? { reviewComment: comment.data } : {}) };
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The letter's parts read back; a shape no version wrote is damage, named like a broken JSON column. */
function letterColumn(text: string, caseRef: string): Case['letter'] {
  const parsed = LetterPartsSchema.safeParse(parseColumn(text, caseRef, 'letter parts'));
  if (parsed.success) return parsed.data;
  throw new DeskError('internal', `Case ${caseRef} cannot be read: its letter parts are damaged in the workspace file. Restore that case from a backup (desk import --replace) or delete it; other cases are not affected.`);
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
