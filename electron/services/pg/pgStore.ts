import type pg from 'pg';
import { DeskError } from '../../../core/api/errors';
import type { Holiday } from '../../../core/api/contract';
import { CaseChannelSchema, DEFAULT_ORGANISATION, OrganisationSchema, channelOf, type Answer, type Case, type Organisation, type Question } from '../../../core/model';
import { monthRange, serialiseCase, type CaseHeader, type CaseListRow, type DeadlineOf, type SerialisedCase, type StoredDeadline } from '../caseRepository';
import type { CaseNeedingDeadline, CaseQuery, CaseStore, SettingsStore, WorkspaceStore } from '../store/caseStore';
import { numbered, pgCaseCondition, type PgCondition } from './pgCaseListQuery';
import { connectError, openPgPool, type PgConnection } from './pgConnection';
import { checkPgSchema, migratePg, pgSchemaVersion } from './pgSchema';

/**
 * Cases, questions and answers in PostgreSQL: the team engine behind CaseStore. Every write runs in
 * one transaction with the case's search document (desk_case_document) and its question index
 * (desk_refresh_question_index), the same one-code-path rule as the SQLite repository. Questions
 * and answers go in as one JSON parameter each, so a case costs a handful of round trips however
 * many questions it has.
 */
const LIST_COLUMNS = 'c.id, c.ref, c.title, c.regime, c.status, c.received, c.sent, c.clock::text AS clock, c.historical::int AS historical';

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
  created_at: string;
  updated_at: string;
}

/** A query's parameters: the conditions' own, and lists of ids (sent as text[]). */
type Params = (PgCondition['params'][number] | readonly string[])[];

export class PgCaseStore implements CaseStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly deadlineOf: DeadlineOf | null = null,
  ) {}

  private async rows<T extends pg.QueryResultRow>(sql: string, params: Params = [], db: Pick<pg.Pool, 'query'> = this.pool): Promise<T[]> {
    return (await db.query<T>(numbered(sql), params)).rows;
  }

  /** One transaction on one connection; rolled back whole if the body throws. */
  private async transaction<T>(body: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await body(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async countCases(): Promise<number> {
    return (await this.rows<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE deleted_at IS NULL'))[0]!.n;
  }

  async get(id: string): Promise<Case | null> {
    const [row] = await this.rows<CaseRow>('SELECT * FROM cases WHERE id = ? AND deleted_at IS NULL', [id]);
    if (!row) return null;
    const questions = await this.rows<{ id: string; number: string; label: string; text: string; heading: boolean }>('SELECT id, number, label, text, heading FROM questions WHERE case_id = ? ORDER BY position', [id]);
    const answers = await this.rows<{ id: string; covers: string[]; doc: string; disposition: Answer['disposition']; exemptions: Answer['exemptions']; redirect_to: string }>(
      'SELECT id, covers, doc, disposition, exemptions, redirect_to FROM answers WHERE case_id = ? ORDER BY position',
      [id],
    );
    return {
      ...toHeader(row),
      questions: questions.map((q): Question => ({ id: q.id, number: q.number, label: q.label, text: q.text, heading: q.heading })),
      answers: answers.map((a): Answer => ({ id: a.id, covers: a.covers, doc: parseDoc(a.doc, row.ref), disposition: a.disposition, exemptions: a.exemptions, redirectTo: a.redirect_to })),
    };
  }

  async put(c: Case): Promise<void> {
    await this.putMany([serialiseCase(c)]);
  }

  async putMany(cases: readonly SerialisedCase[]): Promise<void> {
    await this.transaction(async (db) => {
      for (const c of cases) {
        await this.writeHeader(db, c);
        await this.rows('DELETE FROM questions WHERE case_id = ?', [c.id], db);
        await this.rows(
          `INSERT INTO questions (id, case_id, position, number, label, text, heading)
             SELECT q.id, ?, q.position, q.number, q.label, q.text, q.heading
             FROM jsonb_to_recordset(?::jsonb) AS q(id text, position int, number text, label text, text text, heading boolean)`,
          [c.id, JSON.stringify(c.questions.map((q, position) => ({ ...q, position, heading: Boolean(q.heading) })))],
          db,
        );
        await this.rows('DELETE FROM answers WHERE case_id = ?', [c.id], db);
        await this.rows(
          `INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at)
             SELECT a.id, ?, a.position, a.covers, a.doc, a.plain_text, a.disposition, a.exemptions, a.redirect_to, ?
             FROM jsonb_to_recordset(?::jsonb) AS a(id text, position int, covers jsonb, doc text, plain_text text, disposition text, exemptions jsonb, redirect_to text)`,
          [
            c.id,
            c.updatedAt,
            JSON.stringify(c.answers.map((a, position) => ({ id: a.id, position, covers: a.covers, doc: a.docJson, plain_text: a.plainText, disposition: a.disposition, exemptions: a.exemptions, redirect_to: a.redirectTo }))),
          ],
          db,
        );
        await this.reindex(db, c.id);
      }
    });
  }

  async findIdByRef(ref: string): Promise<string | null> {
    return (await this.rows<{ id: string }>('SELECT id FROM cases WHERE ref = ?', [ref]))[0]?.id ?? null;
  }

  /** The SQLite store's two walks: open cases by due date, then finished ones newest first. */
  async listPage(query: CaseQuery, offset: number, limit: number): Promise<CaseListRow[]> {
    const where = pgCaseCondition(query);
    const open = await this.rows<CaseListRow>(`SELECT ${LIST_COLUMNS} FROM cases c WHERE c.is_open AND (${where.sql}) ORDER BY c.due NULLS FIRST, c.ref LIMIT ? OFFSET ?`, [
      ...where.params,
      limit < 0 ? null : limit,
      offset,
    ]);
    if (limit >= 0 && open.length >= limit) return open;
    const openBefore =
      open.length > 0 || offset === 0 ? offset + open.length : (await this.rows<{ n: number }>(`SELECT count(*)::int AS n FROM cases c WHERE c.is_open AND (${where.sql})`, where.params))[0]!.n;
    const rest = limit < 0 ? null : limit - open.length;
    const finished = await this.rows<CaseListRow>(
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
      ? await this.rows<CaseListRow>(`SELECT ${LIST_COLUMNS} FROM cases c WHERE c.ref ILIKE ? ESCAPE '\\' AND (${where.sql}) ORDER BY c.ref LIMIT ?`, [`%${fragment}%`, ...where.params, wanted])
      : [];
    const tsquery = prefixQuery(text);
    const byText = tsquery
      ? await this.rows<CaseListRow>(
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
    for (const r of await this.rows<{ case_id: string; n: number }>('SELECT case_id, count(*)::int AS n FROM questions WHERE case_id = ANY(?::text[]) AND NOT heading GROUP BY case_id', [ids])) {
      out.set(r.case_id, { questions: r.n, answered: 0 });
    }
    const answered = await this.rows<{ case_id: string; n: number }>(
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
    return this.rows<CaseNeedingDeadline>(
      `SELECT id, received, regime, sent, status, clock::text AS clock FROM cases WHERE due IS NULL AND status NOT IN ('sent', 'closed')
       UNION ALL SELECT id, received, regime, sent, status, clock::text AS clock FROM cases WHERE due_as_of IS NOT NULL AND status NOT IN ('sent', 'closed') AND due_as_of <> ?::date`,
      [today],
    );
  }

  async storeDeadlines(rows: readonly ({ id: string } & StoredDeadline)[]): Promise<void> {
    if (rows.length === 0) return;
    await this.rows(
      `UPDATE cases c SET due = d.due, due_as_of = d.due_as_of
       FROM jsonb_to_recordset(?::jsonb) AS d(id text, due date, due_as_of date) WHERE c.id = d.id`,
      [JSON.stringify(rows.map((r) => ({ id: r.id, due: r.due, due_as_of: r.dueAsOf })))],
    );
  }

  async forgetOpenDeadlines(): Promise<void> {
    await this.rows("UPDATE cases SET due = NULL, due_as_of = NULL WHERE status NOT IN ('sent', 'closed')");
  }

  async headersSentIn(month: string): Promise<CaseHeader[]> {
    const { first, next } = monthRange(month);
    return (await this.rows<CaseRow>('SELECT * FROM cases WHERE sent >= ?::date AND sent < ?::date AND deleted_at IS NULL AND NOT historical ORDER BY sent, ref', [first, next])).map(toHeader);
  }

  async publishedSentDates(): Promise<string[]> {
    return (await this.rows<{ sent: string }>('SELECT sent FROM cases WHERE sent IS NOT NULL AND publish AND deleted_at IS NULL AND NOT historical ORDER BY sent')).map((r) => r.sent);
  }

  async delete(id: string): Promise<boolean> {
    return this.transaction(async (db) => {
      await this.rows('DELETE FROM question_search WHERE case_id = ?', [id], db);
      // Questions, answers and the search document go with the case (ON DELETE CASCADE).
      return ((await db.query(numbered('DELETE FROM cases WHERE id = ?'), [id])).rowCount ?? 0) > 0;
    });
  }

  /** A case written whole is live again, even if it was in the bin (as in SQLite's putStream). */
  private async writeHeader(db: pg.PoolClient, c: CaseHeader): Promise<void> {
    const deadline = this.deadlineOf && c.status !== 'sent' && c.status !== 'closed' ? this.deadlineOf(c) : { due: null, dueAsOf: null };
    await this.rows(
      `INSERT INTO cases (id, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, overrides, letter, historical, channel, created_at, updated_at, due, due_as_of)
       VALUES (?, ?, ?, ?, ?::date, ?::date, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::date, ?::date)
       ON CONFLICT (id) DO UPDATE SET ref = excluded.ref, title = excluded.title, regime = excluded.regime, received = excluded.received,
         sent = excluded.sent, status = excluded.status, publish = excluded.publish, requester = excluded.requester,
         request_text = excluded.request_text, summary = excluded.summary, attachments = excluded.attachments, clock = excluded.clock,
         overrides = excluded.overrides, letter = excluded.letter, historical = excluded.historical, channel = excluded.channel,
         updated_at = excluded.updated_at, due = excluded.due, due_as_of = excluded.due_as_of, deleted_at = NULL`,
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
        c.createdAt,
        c.updatedAt,
        deadline.due,
        deadline.dueAsOf,
      ],
      db,
    );
  }

  private async reindex(db: pg.PoolClient, caseId: string): Promise<void> {
    await this.rows('INSERT INTO case_text (case_id, document) VALUES (?, desk_case_document(?)) ON CONFLICT (case_id) DO UPDATE SET document = excluded.document', [caseId, caseId], db);
    await this.rows('SELECT desk_refresh_question_index(?)', [caseId], db);
  }
}

export class PgSettingsStore implements SettingsStore {
  constructor(private readonly pool: pg.Pool) {}

  async organisation(): Promise<Organisation> {
    const row = (await this.pool.query<{ value: string }>("SELECT value FROM settings WHERE key = 'organisation'")).rows[0];
    if (!row) return DEFAULT_ORGANISATION;
    const parsed = OrganisationSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : DEFAULT_ORGANISATION;
  }

  async hasOrganisation(): Promise<boolean> {
    return ((await this.pool.query("SELECT 1 FROM settings WHERE key = 'organisation'")).rowCount ?? 0) > 0;
  }

  async saveOrganisation(org: Organisation): Promise<void> {
    await this.pool.query("INSERT INTO settings (key, value) VALUES ('organisation', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [JSON.stringify(org)]);
  }

  async holidays(): Promise<Holiday[]> {
    return (await this.pool.query<Holiday>('SELECT date, name FROM holidays ORDER BY date')).rows;
  }

  async addHoliday(h: Holiday): Promise<void> {
    await this.pool.query('INSERT INTO holidays (date, name) VALUES ($1::date, $2) ON CONFLICT (date) DO UPDATE SET name = excluded.name', [h.date, h.name]);
  }

  async removeHoliday(date: string): Promise<void> {
    await this.pool.query('DELETE FROM holidays WHERE date = $1::date', [date]);
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

/** Connects to a team workspace and checks its schema; the pool is closed again if that fails. */
export async function openPgStore(connection: PgConnection, options: OpenPgStoreOptions = {}): Promise<WorkspaceStore & { pool: pg.Pool }> {
  const pool = openPgPool(connection);
  try {
    if (options.migrate) await migratePg(pool);
    await checkPgSchema(pool);
  } catch (err) {
    await pool.end();
    throw connectError(err);
  }
  return {
    engine: 'postgres',
    pool,
    cases: new PgCaseStore(pool, options.deadlineOf ?? null),
    settings: new PgSettingsStore(pool),
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
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
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
