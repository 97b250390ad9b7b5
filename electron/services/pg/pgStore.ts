import type pg from 'pg';
import { DeskError } from '../../../core/api/errors';
import type { DeskOutput, Holiday } from '../../../core/api/contract';
import {
  CaseChannelSchema,
  DEFAULT_ORGANISATION,
  InternalReviewOutcomeSchema,
  OrganisationSchema,
  ReviewCommentSchema,
  channelOf,
  type Answer,
  type Case,
  type Organisation,
  type Question,
} from '../../../core/model';
import {
  monthRange,
  serialiseAnswer,
  serialiseCase,
  type BinnedCase,
  type CaseHeader,
  type CaseListRow,
  type DeadlineOf,
  type SerialisedAnswer,
  type SerialisedCase,
  type StoredDeadline,
} from '../caseRepository';
import type { Awaitable, CaseNeedingDeadline, CaseQuery, CaseStore, EmptyListQuery, SettingsStore, WorkspaceStore } from '../store/caseStore';
import { pgCaseCondition, type PgCondition } from './pgCaseListQuery';
import { connectError, openPgPool, type PgConnection } from './pgConnection';
import { pgExplainEmptyList } from './pgEmptyListExplanation';
import { checkPgSchema, migratePg, pgSchemaVersion } from './pgSchema';
import { pgChangeFeed } from './pgChangeFeed';
import { PgSession } from './pgSession';
import { PgHistoryStore } from './pgHistoryStore';
import { PgLogOrderStore } from './pgLogOrderStore';
import { PgSentCopyStore } from './pgSentCopyStore';
import { PgTeamStore } from './pgTeamStore';
import { PgClauseRowStore } from './pgClauseRowStore';
import { PgExtrasStore } from './pgExtrasStore';
import { PgReuseStore } from './pgReuseStore';
import { PgStatisticsStore } from './pgStatisticsStore';

/**
 * Cases, questions and answers in PostgreSQL: the team engine behind CaseStore, with the SQLite
 * CaseRepository's behaviour (../caseRepository.ts, the reference; the store contract suite holds
 * the two together). Every write runs in one transaction with the case's search document
 * (desk_case_document) and its question index (desk_refresh_question_index), the same one-code-path
 * rule as the SQLite repository. Every query goes through the workspace's PgSession, so a write
 * made inside WorkspaceStore.transaction joins it (one connection, one commit). Questions and a
 * whole case's answers go in as one JSON parameter each, so a case costs a handful of round trips
 * however many questions it has.
 */
const LIST_COLUMNS = 'c.id, c.ref, c.title, c.regime, c.status, c.received, c.sent, c.clock::text AS clock, c.historical::int AS historical, c.owner, c.approved_at';

/** ts_rank's weights for D, C, B, A: answers, request, questions, reference and title (migration 4). */
const RANK_WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

interface CaseRow {
  id: string;
  ref: string;
  title: string;
  regime: Case['regime'];
  received: string;
  sent: string | null;
  status: Case['status'];
  publish: boolean;
  requester: Case['requester'];
  request_text: string;
  summary: string;
  attachments: Case['attachments'];
  clock: Case['clock'];
  overrides: Case['overrides'];
  letter: Case['letter'] | null;
  historical: boolean;
  channel: string;
  /** Working together (step 11): the owner, NULL for unassigned; the sign-off, NULL until given. */
  owner: string | null;
  approved_by: string | null;
  approved_at: string | null;
  /** The requester's internal review (step 12): all NULL while none was asked for. */
  review_requested: string | null;
  review_outcome: string | null;
  review_completed: string | null;
  created_at: string;
  updated_at: string;
}

interface AnswerRow {
  id: string;
  covers: string[];
  doc: string;
  disposition: Answer['disposition'];
  exemptions: Answer['exemptions'];
  redirect_to: string;
  version: number;
  review_comment: unknown;
}

/** The next position in a case's answers, for an answer not yet there (a new answer goes last). */
const POSITION_OF = `coalesce((SELECT position FROM answers WHERE id = ? AND case_id = ?), (SELECT coalesce(max(position), -1) + 1 FROM answers WHERE case_id = ?))`;

export class PgCaseStore implements CaseStore {
  constructor(
    private readonly db: PgSession,
    private readonly deadlineOf: DeadlineOf | null = null,
  ) {}

  async countCases(): Promise<number> {
    return (await this.db.row<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE deleted_at IS NULL'))!.n;
  }

  async get(id: string, includeBinned = false, team = false): Promise<Case | null> {
    const row = await this.db.row<CaseRow>(includeBinned ? 'SELECT * FROM cases WHERE id = ?' : 'SELECT * FROM cases WHERE id = ? AND deleted_at IS NULL', [id]);
    if (!row) return null;
    const questions = await this.db.rows<{ id: string; number: string; label: string; text: string; heading: boolean }>('SELECT id, number, label, text, heading FROM questions WHERE case_id = ? ORDER BY position', [id]);
    // Then by id: two officers adding a new answer to one case at the same moment can both be given
    // the next position (neither sees the other's uncommitted row); each still reads back last, in a
    // fixed order. Locking the case to number them would make every save wait on every other.
    const answers = await this.db.rows<AnswerRow>('SELECT id, covers, doc, disposition, exemptions, redirect_to, version, review_comment FROM answers WHERE case_id = ? ORDER BY position, id', [id]);
    return {
      ...toHeader(row),
      questions: questions.map((q): Question => ({ id: q.id, number: q.number, label: q.label, text: q.text, heading: q.heading })),
      answers: answers.map((a) => (team ? withTeamFields(toAnswer(a, row.ref), a) : toAnswer(a, row.ref))),
    };
  }

  async put(c: Case): Promise<void> {
    await this.putMany([serialiseCase(c)]);
  }

  async putMany(cases: readonly SerialisedCase[]): Promise<void> {
    await this.putStream(
      cases.map((c) => c.id),
      cases,
    );
  }

  /** Each case written whole, in order, in one transaction; `afterEach` awaited inside it. `_ids` as for SQLite (kept for callers). */
  async putStream(_ids: readonly string[], cases: Iterable<SerialisedCase>, afterEach?: (c: SerialisedCase) => Awaitable<void>): Promise<void> {
    await this.db.transaction(async () => {
      for (const c of cases) {
        // A case written whole (an import replacing it) is live again, even if it was in the bin.
        await this.writeHeader(c, true);
        await this.replaceQuestions(c.id, c.questions);
        await this.db.run('DELETE FROM answers WHERE case_id = ?', [c.id]);
        await this.db.run(
          `INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at)
             SELECT a.id, ?, a.position, a.covers, a.doc, a.plain_text, a.disposition, a.exemptions, a.redirect_to, a.updated_at
             FROM jsonb_to_recordset(?::jsonb) AS a(id text, position int, covers jsonb, doc text, plain_text text, disposition text, exemptions jsonb, redirect_to text, updated_at text)`,
          [
            c.id,
            JSON.stringify(
              c.answers.map((a, position) => ({
                id: a.id,
                position,
                covers: a.covers,
                doc: a.docJson,
                plain_text: a.plainText,
                disposition: a.disposition,
                exemptions: a.exemptions,
                redirect_to: a.redirectTo,
                updated_at: a.updatedAt ?? c.updatedAt,
              })),
            ),
          ],
        );
        await this.reindex(c.id);
        // What a backup restores beside the case (ExtrasStore), in the same transaction.
        if (afterEach) await afterEach(c);
      }
    });
  }

  async findIdByRef(ref: string): Promise<string | null> {
    return (await this.db.row<{ id: string }>('SELECT id FROM cases WHERE ref = ?', [ref]))?.id ?? null;
  }

  /** The SQLite store's two walks: open cases by due date, then finished ones newest first. */
  async listPage(query: CaseQuery, offset: number, limit: number): Promise<CaseListRow[]> {
    const where = pgCaseCondition(query);
    const open = await this.db.rows<CaseListRow>(`SELECT ${LIST_COLUMNS} FROM cases c WHERE c.is_open AND (${where.sql}) ORDER BY c.due NULLS FIRST, c.ref LIMIT ? OFFSET ?`, [
      ...where.params,
      limit < 0 ? null : limit,
      offset,
    ]);
    if (limit >= 0 && open.length >= limit) return open;
    const openBefore =
      open.length > 0 || offset === 0 ? offset + open.length : (await this.db.row<{ n: number }>(`SELECT count(*)::int AS n FROM cases c WHERE c.is_open AND (${where.sql})`, where.params))!.n;
    const rest = limit < 0 ? null : limit - open.length;
    const finished = await this.db.rows<CaseListRow>(
      `SELECT ${LIST_COLUMNS} FROM cases c WHERE NOT c.is_open AND (${where.sql}) ORDER BY coalesce(c.sent, c.received) DESC, c.received DESC, c.ref LIMIT ? OFFSET ?`,
      [...where.params, rest, Math.max(0, offset - openBefore)],
    );
    return [...open, ...finished];
  }

  async searchPage(text: string, query: CaseQuery, offset: number, limit: number): Promise<CaseListRow[]> {
    const where = pgCaseCondition(query);
    const wanted = limit < 0 ? null : offset + limit;
    const fragment = likeFragment(text);
    const byRef = fragment
      ? await this.db.rows<CaseListRow>(`SELECT ${LIST_COLUMNS} FROM cases c WHERE c.ref ILIKE ? ESCAPE '\\' AND (${where.sql}) ORDER BY c.ref LIMIT ?`, [`%${fragment}%`, ...where.params, wanted])
      : [];
    const tsquery = prefixQuery(text);
    const byText = tsquery
      ? await this.db.rows<CaseListRow>(
          `SELECT ${LIST_COLUMNS} FROM case_text t JOIN cases c ON c.id = t.case_id, to_tsquery('english', ?) AS query
           WHERE t.document @@ query AND (${where.sql})
           ORDER BY ts_rank('${RANK_WEIGHTS}', t.document, query) DESC, c.ref LIMIT ?`,
          [tsquery, ...where.params, wanted === null ? null : wanted + byRef.length],
        )
      : [];
    const seen = new Set<string>();
    const merged = [...byRef, ...byText].filter((r) => !seen.has(r.id) && seen.add(r.id));
    return limit < 0 ? merged.slice(offset) : merged.slice(offset, offset + limit);
  }

  async progressOf(ids: readonly string[]): Promise<Map<string, { questions: number; answered: number }>> {
    const out = new Map<string, { questions: number; answered: number }>();
    if (ids.length === 0) return out;
    for (const r of await this.db.rows<{ case_id: string; n: number }>('SELECT case_id, count(*)::int AS n FROM questions WHERE case_id = ANY(?::text[]) AND NOT heading GROUP BY case_id', [ids])) {
      out.set(r.case_id, { questions: r.n, answered: 0 });
    }
    const answered = await this.db.rows<{ case_id: string; n: number }>(
      `SELECT a.case_id, count(DISTINCT j.value)::int AS n FROM answers a CROSS JOIN LATERAL jsonb_array_elements_text(a.covers) AS j(value)
       WHERE a.case_id = ANY(?::text[]) AND a.plain_text <> '' GROUP BY a.case_id`,
      [ids],
    );
    for (const r of answered) {
      const entry = out.get(r.case_id);
      if (entry) entry.answered = Math.min(r.n, entry.questions);
    }
    return out;
  }

  async casesNeedingDeadline(today: string): Promise<CaseNeedingDeadline[]> {
    return this.db.rows<CaseNeedingDeadline>(
      `SELECT id, received, regime, sent, status, clock::text AS clock FROM cases WHERE due IS NULL AND status NOT IN ('sent', 'closed')
       UNION ALL SELECT id, received, regime, sent, status, clock::text AS clock FROM cases WHERE due_as_of IS NOT NULL AND status NOT IN ('sent', 'closed') AND due_as_of <> ?::date`,
      [today],
    );
  }

  async storeDeadlines(rows: readonly ({ id: string } & StoredDeadline)[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.run(
      `UPDATE cases c SET due = d.due, due_as_of = d.due_as_of
       FROM jsonb_to_recordset(?::jsonb) AS d(id text, due date, due_as_of date) WHERE c.id = d.id`,
      [JSON.stringify(rows.map((r) => ({ id: r.id, due: r.due, due_as_of: r.dueAsOf })))],
    );
  }

  async forgetOpenDeadlines(): Promise<void> {
    await this.db.run("UPDATE cases SET due = NULL, due_as_of = NULL WHERE status NOT IN ('sent', 'closed')");
  }

  async headersSentIn(month: string): Promise<CaseHeader[]> {
    const { first, next } = monthRange(month);
    return (await this.db.rows<CaseRow>('SELECT * FROM cases WHERE sent >= ?::date AND sent < ?::date AND deleted_at IS NULL AND NOT historical ORDER BY sent, ref', [first, next])).map(toHeader);
  }

  async publishedSentDates(): Promise<string[]> {
    return (await this.db.rows<{ sent: string }>('SELECT sent FROM cases WHERE sent IS NOT NULL AND publish AND deleted_at IS NULL AND NOT historical ORDER BY sent')).map((r) => r.sent);
  }

  async delete(id: string): Promise<boolean> {
    return this.db.transaction(async () => {
      await this.db.run('DELETE FROM question_search WHERE case_id = ?', [id]);
      // Questions, answers, the search document and everything kept beside the case go with it (ON DELETE CASCADE).
      return (await this.db.run('DELETE FROM cases WHERE id = ?', [id])) > 0;
    });
  }

  // --- Editing a case ---

  /** The header as given; a case in the bin stays there (only a whole case written, putStream, brings it back). */
  async updateHeader(c: CaseHeader, questions?: Question[]): Promise<void> {
    await this.db.transaction(async () => {
      await this.writeHeader(c, false);
      if (questions) await this.replaceQuestions(c.id, questions);
      await this.reindex(c.id);
    });
  }

  async saveAnswer(caseId: string, answer: Answer, now: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.writeAnswer(caseId, serialiseAnswer(answer), now);
      await this.touch(caseId, now);
      await this.reindex(caseId);
    });
  }

  async replaceAnswers(caseId: string, answers: readonly Answer[], removed: readonly string[], now: string): Promise<{ saved: number; deleted: number }> {
    return this.db.transaction(async () => {
      let deleted = 0;
      for (const id of removed) deleted += await this.db.run('DELETE FROM answers WHERE id = ? AND case_id = ?', [id, caseId]);
      for (const answer of answers) await this.writeAnswer(caseId, serialiseAnswer(answer), now);
      await this.touch(caseId, now);
      await this.reindex(caseId);
      return { saved: answers.length, deleted };
    });
  }

  /** As SQLite's: the named answers written as given; every other keeps its text and loses only links to questions that went. */
  async resplit(caseId: string, questions: Question[], answers: readonly Answer[], now: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.replaceQuestions(caseId, questions);
      // One statement: the links kept in their order, only to questions the case still has (version untouched, as in SQLite).
      await this.db.run(
        `UPDATE answers a SET covers = coalesce((SELECT jsonb_agg(j.value ORDER BY j.n) FROM jsonb_array_elements_text(a.covers) WITH ORDINALITY AS j(value, n)
             WHERE j.value = ANY(?::text[])), '[]'::jsonb)
         WHERE a.case_id = ? AND NOT (a.id = ANY(?::text[]))`,
        [questions.map((q) => q.id), caseId, answers.map((a) => a.id)],
      );
      for (const answer of answers) await this.writeAnswer(caseId, serialiseAnswer(answer), now);
      await this.touch(caseId, now);
      await this.reindex(caseId);
    });
  }

  async deleteAnswer(caseId: string, answerId: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const changed = (await this.db.run('DELETE FROM answers WHERE id = ? AND case_id = ?', [answerId, caseId])) > 0;
      if (changed) await this.reindex(caseId);
      return changed;
    });
  }

  async questionIds(caseId: string): Promise<Set<string> | null> {
    if (!(await this.db.row('SELECT 1 FROM cases WHERE id = ? AND deleted_at IS NULL', [caseId]))) return null;
    return new Set((await this.db.rows<{ id: string }>('SELECT id FROM questions WHERE case_id = ?', [caseId])).map((r) => r.id));
  }

  async statusOf(caseId: string): Promise<Case['status'] | null> {
    return (await this.db.row<{ status: Case['status'] }>('SELECT status FROM cases WHERE id = ?', [caseId]))?.status ?? null;
  }

  async setOpenStatus(caseId: string, status: Case['status'], now: string): Promise<void> {
    await this.db.run('UPDATE cases SET status = ?, updated_at = ? WHERE id = ?', [status, now, caseId]);
  }

  async idsByReceived(includeBinned = false): Promise<string[]> {
    return (await this.db.rows<{ id: string }>(`SELECT id FROM cases ${includeBinned ? '' : 'WHERE deleted_at IS NULL '}ORDER BY received, ref`)).map((r) => r.id);
  }

  // --- The bin ---

  async binnedAt(id: string): Promise<string | null> {
    return (await this.db.row<{ deleted_at: string | null }>('SELECT deleted_at FROM cases WHERE id = ?', [id]))?.deleted_at ?? null;
  }

  async moveToBin(id: string, now: string): Promise<boolean> {
    return (await this.db.run('UPDATE cases SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL', [now, id])) > 0;
  }

  async restoreFromBin(id: string): Promise<boolean> {
    return (await this.db.run('UPDATE cases SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL', [id])) > 0;
  }

  /** Most recently deleted first. */
  async binned(): Promise<BinnedCase[]> {
    return this.db.rows<BinnedCase>('SELECT id, ref, title, deleted_at AS "deletedAt" FROM cases WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, ref');
  }

  async purgeBinnedBefore(cutoff: string): Promise<BinnedCase[]> {
    return this.db.transaction(async () => {
      const gone = await this.db.rows<BinnedCase>('SELECT id, ref, title, deleted_at AS "deletedAt" FROM cases WHERE deleted_at IS NOT NULL AND deleted_at < ? ORDER BY deleted_at, ref', [cutoff]);
      for (const c of gone) await this.delete(c.id);
      return gone;
    });
  }

  explainEmpty(query: EmptyListQuery): Promise<DeskOutput<'explainEmptyList'>> {
    return pgExplainEmptyList((column, where, search) => this.countBy(column, where, search), query);
  }

  /**
   * How many cases meet a condition, and the search if one is given, by status or by regime: the
   * same cases searchPage would find (a reference containing the text, or every word in the index).
   * Keys sort bytewise, as SQLite sorts them, whatever the server's locale.
   */
  private async countBy(column: 'status' | 'regime', where: PgCondition, search: string): Promise<{ key: string; n: number }[]> {
    const parts: PgCondition[] = [where];
    const fragment = likeFragment(search);
    const tsquery = prefixQuery(search);
    if (fragment || tsquery) {
      const found: PgCondition[] = [];
      if (fragment) found.push({ sql: "c.ref ILIKE ? ESCAPE '\\'", params: [`%${fragment}%`] });
      if (tsquery) found.push({ sql: "c.id IN (SELECT case_id FROM case_text WHERE document @@ to_tsquery('english', ?))", params: [tsquery] });
      parts.push({ sql: found.map((f) => `(${f.sql})`).join(' OR '), params: found.flatMap((f) => f.params) });
    }
    return this.db.rows<{ key: string; n: number }>(
      `SELECT c.${column} AS key, count(*)::int AS n FROM cases c WHERE ${parts.map((p) => `(${p.sql})`).join(' AND ')} GROUP BY c.${column} ORDER BY c.${column} COLLATE "C"`,
      parts.flatMap((p) => p.params),
    );
  }

  /**
   * The header written; `revive` takes a case out of the bin (a whole case written). The owner and
   * sign-off are the team store's (./pgTeamStore.ts), never written here, as in SQLite.
   */
  private async writeHeader(c: CaseHeader, revive: boolean): Promise<void> {
    const deadline = this.deadlineOf && c.status !== 'sent' && c.status !== 'closed' ? this.deadlineOf(c) : { due: null, dueAsOf: null };
    await this.db.run(
      `INSERT INTO cases (id, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, overrides, letter, historical, channel,
           review_requested, review_outcome, review_completed, created_at, updated_at, due, due_as_of)
       VALUES (?, ?, ?, ?, ?::date, ?::date, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?::date, ?, ?::date, ?, ?, ?::date, ?::date)
       ON CONFLICT (id) DO UPDATE SET ref = excluded.ref, title = excluded.title, regime = excluded.regime, received = excluded.received,
         sent = excluded.sent, status = excluded.status, publish = excluded.publish, requester = excluded.requester,
         request_text = excluded.request_text, summary = excluded.summary, attachments = excluded.attachments, clock = excluded.clock,
         overrides = excluded.overrides, letter = excluded.letter, historical = excluded.historical, channel = excluded.channel,
         review_requested = excluded.review_requested, review_outcome = excluded.review_outcome, review_completed = excluded.review_completed,
         updated_at = excluded.updated_at, due = excluded.due, due_as_of = excluded.due_as_of${revive ? ', deleted_at = NULL' : ''}`,
      [
        c.id,
        c.ref,
        c.title,
        c.regime,
        c.received,
        c.sent,
        c.status,
        c.publish,
        JSON.stringify(c.requester),
        c.requestText,
        c.summary,
        JSON.stringify(c.attachments),
        JSON.stringify(c.clock),
        JSON.stringify(c.overrides),
        c.letter ? JSON.stringify(c.letter) : null,
        Boolean(c.historical),
        channelOf(c),
        c.review?.requested ?? null,
        c.review?.outcome ?? null,
        c.review?.completed ?? null,
        c.createdAt,
        c.updatedAt,
        deadline.due,
        deadline.dueAsOf,
      ],
    );
  }

  private async replaceQuestions(caseId: string, questions: readonly Question[]): Promise<void> {
    await this.db.run('DELETE FROM questions WHERE case_id = ?', [caseId]);
    if (questions.length === 0) return;
    await this.db.run(
      `INSERT INTO questions (id, case_id, position, number, label, text, heading)
         SELECT q.id, ?, q.position, q.number, q.label, q.text, q.heading
         FROM jsonb_to_recordset(?::jsonb) AS q(id text, position int, number text, label text, text text, heading boolean)`,
      [caseId, JSON.stringify(questions.map((q, position) => ({ ...q, position, heading: Boolean(q.heading) })))],
    );
  }

  /** One answer written where it stands (a new one last); every write of an existing answer bumps its version (step 11). */
  private async writeAnswer(caseId: string, a: SerialisedAnswer, now: string): Promise<void> {
    await this.db.run(
      `INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at)
       VALUES (?, ?, ${POSITION_OF}, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?)
       ON CONFLICT (id) DO UPDATE SET covers = excluded.covers, doc = excluded.doc, plain_text = excluded.plain_text,
         disposition = excluded.disposition, exemptions = excluded.exemptions, redirect_to = excluded.redirect_to,
         updated_at = excluded.updated_at, version = answers.version + 1`,
      [a.id, caseId, a.id, caseId, caseId, JSON.stringify(a.covers), a.docJson, a.plainText, a.disposition, JSON.stringify(a.exemptions), a.redirectTo, now],
    );
  }

  private async touch(caseId: string, now: string): Promise<void> {
    await this.db.run('UPDATE cases SET updated_at = ? WHERE id = ?', [now, caseId]);
  }

  private async reindex(caseId: string): Promise<void> {
    await this.db.run('INSERT INTO case_text (case_id, document) VALUES (?, desk_case_document(?)) ON CONFLICT (case_id) DO UPDATE SET document = excluded.document', [caseId, caseId]);
    await this.db.run('SELECT desk_refresh_question_index(?)', [caseId]);
  }
}

export class PgSettingsStore implements SettingsStore {
  constructor(private readonly db: PgSession) {}

  async organisation(): Promise<Organisation> {
    const row = await this.db.row<{ value: string }>("SELECT value FROM settings WHERE key = 'organisation'");
    if (!row) return DEFAULT_ORGANISATION;
    const parsed = OrganisationSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_ORGANISATION;
  }

  async hasOrganisation(): Promise<boolean> {
    return (await this.db.row("SELECT 1 FROM settings WHERE key = 'organisation'")) !== undefined;
  }

  async saveOrganisation(org: Organisation): Promise<void> {
    await this.db.run("INSERT INTO settings (key, value) VALUES ('organisation', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [JSON.stringify(org)]);
  }

  async holidays(): Promise<Holiday[]> {
    return this.db.rows<Holiday>('SELECT date, name FROM holidays ORDER BY date');
  }

  async addHoliday(h: Holiday): Promise<void> {
    await this.db.run('INSERT INTO holidays (date, name) VALUES (?::date, ?) ON CONFLICT (date) DO UPDATE SET name = excluded.name', [h.date, h.name]);
  }

  async removeHoliday(date: string): Promise<void> {
    await this.db.run('DELETE FROM holidays WHERE date = ?::date', [date]);
  }
}

export interface OpenPgStoreOptions {
  /** Works out an open case's stored due date as it is written, as for CaseRepository. */
  deadlineOf?: DeadlineOf | null;
  /**
   * Bring the schema up to date first (`desk team init`, tests). Otherwise the schema is only
   * checked: an officer's connection never changes it.
   */
  migrate?: boolean;
}

/**
 * Connects to a team workspace and checks its schema; the pool is closed again if that fails. Every
 * store shares one PgSession, so WorkspaceStore.transaction groups calls on any of them.
 *
 * `immediate` is not needed on PostgreSQL and is ignored: transactions run at READ COMMITTED, and the
 * one read-then-write that must not race (an answer's version checked, then the answer written) locks
 * the answer itself (PgTeamStore.answerVersion), so two officers saving different answers never wait
 * on a workspace-wide lock as SQLite's BEGIN IMMEDIATE would make them.
 */
export async function openPgStore(connection: PgConnection, options: OpenPgStoreOptions = {}): Promise<WorkspaceStore & { pool: pg.Pool; session: PgSession }> {
  const pool = openPgPool(connection);
  try {
    if (options.migrate) await migratePg(pool);
    await checkPgSchema(pool);
  } catch (err) {
    await pool.end();
    throw connectError(err);
  }
  const session = new PgSession(pool);
  return {
    engine: 'postgres',
    pool,
    session,
    cases: new PgCaseStore(session, options.deadlineOf ?? null),
    settings: new PgSettingsStore(session),
    team: new PgTeamStore(session),
    history: new PgHistoryStore(session),
    sentCopies: new PgSentCopyStore(session),
    logOrders: new PgLogOrderStore(session),
    extras: new PgExtrasStore(session),
    reuse: new PgReuseStore(session),
    statistics: new PgStatisticsStore(session),
    clauseRows: new PgClauseRowStore(session),
    transaction: (body) => session.transaction(body),
    changes: () => pgChangeFeed(pool),
    schemaVersion: () => pgSchemaVersion(pool),
    close: () => pool.end(),
  };
}

function toHeader(r: CaseRow): CaseHeader {
  return {
    id: r.id,
    ref: r.ref,
    title: r.title,
    regime: r.regime,
    received: r.received,
    sent: r.sent,
    status: r.status,
    publish: r.publish,
    requester: r.requester,
    requestText: r.request_text,
    summary: r.summary,
    attachments: r.attachments,
    clock: r.clock,
    overrides: r.overrides,
    ...(r.letter ? { letter: r.letter } : {}),
    ...(r.historical ? { historical: true } : {}),
    // Absent for email, as the SQLite store reads it, so a case reads back as it was written.
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

function toAnswer(a: AnswerRow, caseRef: string): Answer {
  return { id: a.id, covers: a.covers, doc: parseDoc(a.doc, caseRef), disposition: a.disposition, exemptions: a.exemptions, redirectTo: a.redirect_to };
}

/** An answer with its version and reviewer's comment (step 11), as SQLite's withTeamFields: a damaged comment is left off. */
function withTeamFields(a: Answer, r: AnswerRow): Answer {
  const comment = r.review_comment ? ReviewCommentSchema.safeParse(r.review_comment) : null;
  return { ...a, version: r.version, ...(comment?.success ? { reviewComment: comment.data } : {}) };
}

function parseDoc(text: string, caseRef: string): Answer['doc'] {
  try {
    return JSON.parse(text) as Answer['doc'];
  } catch {
    throw new DeskError('internal', `Case ${caseRef} cannot be read: an answer's text is damaged in the team workspace. Restore that case from a backup or delete it; other cases are not affected.`);
  }
}

/** The search text as a LIKE pattern's middle, its wildcards escaped; empty for blank text. */
function likeFragment(text: string): string {
  return text.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * Every word typed, each as a prefix, all required: "pot hol" finds "potholes". Only letters and
 * digits reach to_tsquery, so nothing typed is read as query syntax; null when there is no word.
 */
export function prefixQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}
