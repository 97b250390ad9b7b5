import type { Migration } from '../migrations';
import { foldSpellingFunctionsSql } from './pgFoldSpelling';
import { auditTrailSql } from './pgAuditSchema';

/**
 * The team workspace's schema in PostgreSQL, by numbered steps. Step N here is the PostgreSQL form
 * of SQLite's step N (../migrations.ts), so "schema 7" means the same workspace on either engine and
 * `desk team import` can map one onto the other. A step is never edited once shipped: add one.
 * Steps run in a transaction each (PostgreSQL's DDL is transactional), recorded in desk_schema
 * (./pgSchema.ts).
 *
 * Differences from SQLite, on purpose:
 * - dates are `date`, read back as the same ISO text (./pgConnection.ts); timestamps stay ISO text,
 *   so what was written reads back character for character;
 * - structured columns (requester, clock, covers...) are jsonb; an answer's document stays text,
 *   never queried inside and kept exactly as written;
 * - references sort bytewise (COLLATE "C"), as SQLite sorts them, whatever the server's locale;
 * - full-text search is PostgreSQL's own: a weighted tsvector per case (english configuration, GIN
 *   index) written by desk_case_document, which the store calls in the same transaction as every write.
 */
export const PG_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'cases, questions, answers, holidays and search',
    sql: `
      CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
      CREATE TABLE cases (
        id text PRIMARY KEY,
        ref text COLLATE "C" NOT NULL UNIQUE,
        title text NOT NULL,
        regime text NOT NULL,
        received date NOT NULL,
        sent date,
        status text NOT NULL,
        publish boolean NOT NULL,
        requester jsonb NOT NULL,
        request_text text NOT NULL,
        summary text NOT NULL,
        attachments jsonb NOT NULL,
        clock jsonb NOT NULL,
        created_at text NOT NULL,
        updated_at text NOT NULL
      );
      CREATE TABLE questions (
        id text PRIMARY KEY,
        case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position integer NOT NULL,
        number text NOT NULL,
        label text NOT NULL,
        text text NOT NULL,
        heading boolean NOT NULL
      );
      CREATE INDEX questions_by_case ON questions(case_id, position);
      CREATE TABLE answers (
        id text PRIMARY KEY,
        case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position integer NOT NULL,
        covers jsonb NOT NULL,
        doc text NOT NULL,
        plain_text text NOT NULL,
        disposition text NOT NULL,
        exemptions jsonb NOT NULL,
        redirect_to text NOT NULL,
        updated_at text NOT NULL
      );
      CREATE INDEX answers_by_case ON answers(case_id, position);
      CREATE TABLE holidays (date date PRIMARY KEY, name text NOT NULL);
    `,
  },
  {
    version: 2,
    name: "the officers' own clauses, every save a new version",
    sql: `
      CREATE TABLE clauses (
        id text NOT NULL,
        version integer NOT NULL,
        source text NOT NULL DEFAULT 'local' CHECK (source = 'local'),
        text text NOT NULL,
        retired boolean NOT NULL DEFAULT false,
        created_at text NOT NULL,
        PRIMARY KEY (id, version)
      );
    `,
  },
  {
    version: 3,
    name: 'check overrides recorded on each case',
    sql: `ALTER TABLE cases ADD COLUMN overrides jsonb NOT NULL DEFAULT '[]';`,
  },
  {
    version: 4,
    name: 'the list in SQL: stored deadlines, indexes, full-text search',
    // due/due_as_of as in SQLite's step 4: NULL due means "to be worked out" by the service.
    // case_text: one weighted tsvector per case. PostgreSQL has four weights where SQLite's BM25 has
    // six columns, so the order is kept, not the numbers: reference and title A, questions B,
    // request C, answers D; ranked by ts_rank with {D,C,B,A} = {0.1, 0.2, 0.4, 1.0}, so a word in
    // the questions counts four times one in the answers, as with SQLite's 4.0 and 1.0.
    sql: `
      ALTER TABLE cases ADD COLUMN due date;
      ALTER TABLE cases ADD COLUMN due_as_of date;
      ALTER TABLE cases ADD COLUMN is_open boolean GENERATED ALWAYS AS (status NOT IN ('sent', 'closed')) STORED;
      CREATE INDEX cases_open_by_due ON cases(due, ref) WHERE is_open;
      CREATE INDEX cases_finished_newest ON cases((coalesce(sent, received)) DESC, received DESC, ref) WHERE NOT is_open;
      CREATE INDEX cases_by_sent ON cases(sent);
      CREATE INDEX cases_by_status ON cases(status);
      CREATE INDEX cases_by_regime ON cases(regime, is_open, due);
      CREATE INDEX cases_due_missing ON cases(id) WHERE due IS NULL AND status NOT IN ('sent', 'closed');
      CREATE INDEX cases_due_moving ON cases(due_as_of) WHERE due_as_of IS NOT NULL AND status NOT IN ('sent', 'closed');
      CREATE TABLE case_text (
        case_id text PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        document tsvector NOT NULL
      );
      CREATE INDEX case_text_document ON case_text USING gin(document);
      CREATE FUNCTION desk_case_document(target text) RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('english', c.ref || ' ' || c.title), 'A')
          || setweight(to_tsvector('english', coalesce((SELECT string_agg(q.text, E'\\n' ORDER BY q.position) FROM questions q WHERE q.case_id = c.id), '')), 'B')
          || setweight(to_tsvector('english', c.summary || E'\\n' || c.request_text), 'C')
          || setweight(to_tsvector('english', coalesce((SELECT string_agg(a.plain_text, E'\\n' ORDER BY a.position) FROM answers a WHERE a.case_id = c.id), '')), 'D')
        FROM cases c WHERE c.id = target
      $$;
      INSERT INTO case_text (case_id, document) SELECT id, desk_case_document(id) FROM cases;
    `,
  },
  {
    version: 5,
    name: "the letter's own parts: opening, closing section, salutation, sign-off",
    sql: `ALTER TABLE cases ADD COLUMN letter jsonb;`,
  },
  {
    version: 6,
    name: 'safety nets: the versions of each answer, the copy of what was sent, edits after sending',
    sql: `
      CREATE TABLE answer_versions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        answer_id text NOT NULL,
        case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at text NOT NULL,
        reason text NOT NULL CHECK (reason IN ('edit', 'export', 'status', 'restore')),
        doc text NOT NULL,
        plain_text text NOT NULL
      );
      CREATE INDEX answer_versions_by_answer ON answer_versions(answer_id, id);
      CREATE INDEX answer_versions_by_case ON answer_versions(case_id);
      CREATE TABLE letter_exports (
        case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('docx', 'pdf')),
        at text NOT NULL,
        file_name text NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (case_id, kind)
      );
      CREATE TABLE sent_copies (
        case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('html', 'docx', 'pdf')),
        sent date NOT NULL,
        at text NOT NULL,
        file_name text NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (case_id, kind)
      );
      CREATE TABLE sent_edits (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at text NOT NULL,
        who text NOT NULL,
        reason text NOT NULL
      );
      CREATE INDEX sent_edits_by_case ON sent_edits(case_id, id);
    `,
  },
  {
    version: 7,
    name: "the log's order in the workspace, a bin for deleted cases, the requester in the search index",
    // The requester's name and email join the request's weight (C): officers search by them, and
    // the index never leaves the workspace. Every case's document is written again to include them.
    sql: `
      CREATE TABLE log_orders (
        month text PRIMARY KEY CHECK (month ~ '^[0-9]{4}-[0-1][0-9]$'),
        case_ids jsonb NOT NULL,
        updated_at text NOT NULL
      );
      ALTER TABLE cases ADD COLUMN deleted_at text;
      CREATE INDEX cases_binned ON cases(deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE OR REPLACE FUNCTION desk_case_document(target text) RETURNS tsvector LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('english', c.ref || ' ' || c.title), 'A')
          || setweight(to_tsvector('english', coalesce((SELECT string_agg(q.text, E'\\n' ORDER BY q.position) FROM questions q WHERE q.case_id = c.id), '')), 'B')
          || setweight(to_tsvector('english', c.summary || E'\\n' || c.request_text || E'\\n'
               || coalesce(c.requester->>'name', '') || E'\\n' || coalesce(c.requester->>'email', '')), 'C')
          || setweight(to_tsvector('english', coalesce((SELECT string_agg(a.plain_text, E'\\n' ORDER BY a.position) FROM answers a WHERE a.case_id = c.id), '')), 'D')
        FROM cases c WHERE c.id = target
      $$;
      UPDATE case_text SET document = desk_case_document(case_id);
    `,
  },
  {
    version: 8,
    name: 'answered before: a full-text index of every question with its answer',
    // One row per question (headings aside) with the text of the answers covering it and the first
    // such answer's outcome and sections; its document weighs the question (A) above the answer (B).
    // A higher num is a newer row. desk_refresh_question_index rewrites one case's rows; the store
    // calls it with every write, as SQLite's store refreshes its question index.
    sql: `
      CREATE TABLE question_search (
        num bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id text NOT NULL,
        question_id text NOT NULL,
        question text NOT NULL,
        answer text NOT NULL,
        answer_id text,
        disposition text,
        exemptions jsonb NOT NULL DEFAULT '[]',
        document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', question), 'A') || setweight(to_tsvector('english', answer), 'B')) STORED
      );
      CREATE INDEX question_search_by_case ON question_search(case_id);
      CREATE INDEX question_search_document ON question_search USING gin(document);
      CREATE FUNCTION desk_refresh_question_index(target text) RETURNS void LANGUAGE sql AS $$
        DELETE FROM question_search WHERE case_id = target;
        INSERT INTO question_search (case_id, question_id, question, answer, answer_id, disposition, exemptions)
          SELECT q.case_id, q.id, q.text,
            coalesce((SELECT string_agg(a.plain_text, E'\\n' ORDER BY a.position) FROM answers a
              WHERE a.case_id = q.case_id AND a.covers @> jsonb_build_array(q.id) AND a.plain_text <> ''), ''),
            f.id, f.disposition, coalesce(f.exemptions, '[]'::jsonb)
          FROM questions q
          LEFT JOIN LATERAL (SELECT a.id, a.disposition, a.exemptions FROM answers a
            WHERE a.case_id = q.case_id AND a.covers @> jsonb_build_array(q.id) AND a.plain_text <> ''
            ORDER BY a.position LIMIT 1) f ON true
          WHERE q.case_id = target AND NOT q.heading
          ORDER BY q.position;
      $$;
      SELECT desk_refresh_question_index(id) FROM cases;
    `,
  },
  {
    version: 9,
    name: 'historical cases: entries imported from past published logs',
    sql: `
      ALTER TABLE cases ADD COLUMN historical boolean NOT NULL DEFAULT false;
      CREATE INDEX cases_historical ON cases(sent) WHERE historical;
    `,
  },
  {
    version: 10,
    name: 'the channel a request came by: email, WhatDoTheyKnow, post or web form',
    sql: `ALTER TABLE cases ADD COLUMN channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'whatdotheyknow', 'post', 'web-form'));`,
  },
  {
    version: 11,
    name: "working together: answer versions, owners, sign-off and reviewers' comments",
    // As SQLite's step 11; the comment is jsonb. The store does not read these yet (docs/team.md).
    sql: `
      ALTER TABLE answers ADD COLUMN version integer NOT NULL DEFAULT 1;
      ALTER TABLE answers ADD COLUMN review_comment jsonb;
      ALTER TABLE cases ADD COLUMN owner text;
      ALTER TABLE cases ADD COLUMN approved_by text;
      ALTER TABLE cases ADD COLUMN approved_at text;
      CREATE INDEX cases_by_owner ON cases(owner, is_open, due, ref);
      CREATE TABLE case_assignments (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id text NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at text NOT NULL,
        who text NOT NULL,
        owner text
      );
      CREATE INDEX case_assignments_by_case ON case_assignments(case_id, id);
    `,
  },
  {
    version: 12,
    name: "internal reviews: requested, outcome, decided; the statistics' index on the day received",
    // As SQLite's step 12, with real dates. The store does not read these yet (docs/team.md).
    sql: `
      ALTER TABLE cases ADD COLUMN review_requested date;
      ALTER TABLE cases ADD COLUMN review_outcome text CHECK (review_outcome IN ('upheld', 'partly-upheld', 'overturned', 'withdrawn'));
      ALTER TABLE cases ADD COLUMN review_completed date;
      CREATE INDEX cases_by_received ON cases(received);
      CREATE INDEX cases_by_review_requested ON cases(review_requested) WHERE review_requested IS NOT NULL;
    `,
  },
  {
    version: 14,
    name: 'the audit trail: who changed what in each case, and when, written by triggers',
    // ./pgAuditSchema.ts: desk_audit, the SECURITY DEFINER triggers on cases and answers. Officers
    // only read it (./pgTeam.ts); the trigger functions write it as the schema's owner.
    sql: auditTrailSql(),
  },
  {
    version: 15,
    name: 'answered before and search: UK and US spellings as one word, as on SQLite',
    // desk_fold_spelling folds the words as core/reuse/spellingVariants.ts does (./pgFoldSpelling.ts);
    // the question index's document is rebuilt from the folded words, the question still weighted
    // (A) above its answer (B). The table keeps the officer's own words for display.
    // Folding makes a row's document dearer to build, so desk_refresh_question_index now rewrites
    // only the rows whose question or answers changed, as SQLite's refresh does: an autosave touches
    // the one or two questions its answer covers, and an unchanged row keeps its num (its age).
    sql: `${foldSpellingFunctionsSql()}
      ALTER TABLE question_search DROP COLUMN document;
      ALTER TABLE question_search ADD COLUMN document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', desk_fold_spelling(question)), 'A') || setweight(to_tsvector('english', desk_fold_spelling(answer)), 'B')) STORED;
      CREATE INDEX question_search_document ON question_search USING gin(document);
      CREATE INDEX question_search_by_question ON question_search(case_id, question_id);
      CREATE OR REPLACE FUNCTION desk_refresh_question_index(target text) RETURNS void LANGUAGE sql AS $$
        WITH wanted AS (
          SELECT q.id AS question_id, q.position, q.text AS question,
            coalesce((SELECT string_agg(a.plain_text, E'\\n' ORDER BY a.position) FROM answers a
              WHERE a.case_id = q.case_id AND a.covers @> jsonb_build_array(q.id) AND a.plain_text <> ''), '') AS answer,
            f.id AS answer_id, f.disposition, coalesce(f.exemptions, '[]'::jsonb) AS exemptions
          FROM questions q
          LEFT JOIN LATERAL (SELECT a.id, a.disposition, a.exemptions FROM answers a
            WHERE a.case_id = q.case_id AND a.covers @> jsonb_build_array(q.id) AND a.plain_text <> ''
            ORDER BY a.position LIMIT 1) f ON true
          WHERE q.case_id = target AND NOT q.heading),
        gone AS (
          DELETE FROM question_search s WHERE s.case_id = target AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.question_id = s.question_id)),
        changed AS (
          UPDATE question_search s SET question = w.question, answer = w.answer, answer_id = w.answer_id, disposition = w.disposition, exemptions = w.exemptions
          FROM wanted w WHERE s.case_id = target AND s.question_id = w.question_id
            AND (s.question, s.answer, s.answer_id, s.disposition, s.exemptions) IS DISTINCT FROM (w.question, w.answer, w.answer_id, w.disposition, w.exemptions))
        INSERT INTO question_search (case_id, question_id, question, answer, answer_id, disposition, exemptions)
          SELECT target, w.question_id, w.question, w.answer, w.answer_id, w.disposition, w.exemptions FROM wanted w
          WHERE NOT EXISTS (SELECT 1 FROM question_search s WHERE s.case_id = target AND s.question_id = w.question_id)
          ORDER BY w.position;
      $$;
    `,
  },
  {
    version: 16,
    name: 'live refresh: a log of what changed, announced to listening windows',
    // SQLite's step 14 for a team (./pgChangeFeed.ts reads it). Statement triggers on cases, answers
    // and case_assignments log each case changed once per statement, with the officer's login (the
    // session's, as the function runs as its owner), and NOTIFY desk_changes: with one payload, so a
    // transaction of a thousand rows wakes each window once. The stored deadline's upkeep (due,
    // due_as_of) is not a change anyone sees: such updates log nothing.
    // Ids are handed out before commit and commit out of order, so readers follow the transaction id
    // instead (xid): every row of a transaction older than the oldest one still running is final,
    // and the cursor is that boundary (desk_changes_after). Officers read the log only through that
    // function and write it only through the triggers (both SECURITY DEFINER), so the roles need no
    // grant on it; the cases' own row-level security still decides which references they see. The
    // newest 5,000 rows are kept, trimmed each 1,000; desk_changes_horizon remembers the newest
    // transaction trimmed, so a reader behind it is told to read everything again.
    sql: `
      CREATE TABLE desk_changes (
        id bigserial PRIMARY KEY,
        xid bigint NOT NULL DEFAULT pg_current_xact_id()::text::bigint,
        case_id text,
        kind text NOT NULL,
        who text NOT NULL DEFAULT session_user,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX desk_changes_by_xid ON desk_changes(xid, id);
      CREATE TABLE desk_changes_horizon (one boolean PRIMARY KEY DEFAULT true CHECK (one), xid bigint NOT NULL DEFAULT 0);
      INSERT INTO desk_changes_horizon DEFAULT VALUES;

      CREATE FUNCTION desk_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
      DECLARE
        change_kind text := CASE TG_TABLE_NAME WHEN 'cases' THEN 'case' WHEN 'answers' THEN 'answer' ELSE 'assignment' END;
        added bigint;
        last_id bigint;
      BEGIN
        IF TG_TABLE_NAME = 'cases' AND TG_OP = 'UPDATE' THEN
          INSERT INTO desk_changes (case_id, kind)
            SELECT DISTINCT n.id, change_kind FROM changed n JOIN previous o ON o.id = n.id
            WHERE to_jsonb(n) - 'due' - 'due_as_of' IS DISTINCT FROM to_jsonb(o) - 'due' - 'due_as_of';
        ELSIF TG_TABLE_NAME = 'cases' THEN
          INSERT INTO desk_changes (case_id, kind) SELECT DISTINCT id, change_kind FROM changed;
        ELSE
          INSERT INTO desk_changes (case_id, kind) SELECT DISTINCT case_id, change_kind FROM changed;
        END IF;
        GET DIAGNOSTICS added = ROW_COUNT;
        IF added = 0 THEN
          RETURN NULL;
        END IF;
        last_id := currval(pg_get_serial_sequence('desk_changes', 'id'));
        IF last_id / 1000 <> (last_id - added) / 1000 THEN
          WITH gone AS (DELETE FROM desk_changes WHERE id <= last_id - 5000 RETURNING xid)
          UPDATE desk_changes_horizon SET xid = greatest(desk_changes_horizon.xid, (SELECT max(xid) FROM gone))
            WHERE EXISTS (SELECT 1 FROM gone);
        END IF;
        PERFORM pg_notify('desk_changes', '');
        RETURN NULL;
      END $$;

      CREATE TRIGGER desk_changes_case_added AFTER INSERT ON cases REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_log_change();
      CREATE TRIGGER desk_changes_case_edited AFTER UPDATE ON cases REFERENCING OLD TABLE AS previous NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_log_change();
      CREATE TRIGGER desk_changes_case_removed AFTER DELETE ON cases REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_log_change();
      CREATE TRIGGER desk_changes_answer_added AFTER INSERT ON answers REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_log_change();
      CREATE TRIGGER desk_changes_answer_edited AFTER UPDATE ON answers REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_log_change();
      CREATE TRIGGER desk_changes_answer_removed AFTER DELETE ON answers REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_log_change();
      CREATE TRIGGER desk_changes_assignment AFTER INSERT ON case_assignments REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION desk_log_change();

      CREATE FUNCTION desk_changes_after(after_xid bigint, max_rows integer)
        RETURNS TABLE (next_cursor bigint, missed boolean, held_back boolean, total bigint, case_id text, kind text, who text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
        WITH b AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin),
        ready AS (SELECT ch.id, ch.xid, ch.case_id, ch.kind, ch.who FROM desk_changes ch, b WHERE ch.xid >= after_xid AND ch.xid < b.xmin),
        head AS (
          SELECT b.xmin AS next_cursor,
            after_xid > b.xmin OR EXISTS (SELECT 1 FROM desk_changes_horizon h WHERE h.xid > 0 AND h.xid >= after_xid) AS missed,
            EXISTS (SELECT 1 FROM desk_changes ch WHERE ch.xid >= b.xmin) AS held_back,
            (SELECT count(*) FROM ready) AS total
          FROM b)
        SELECT head.next_cursor, head.missed, head.held_back, head.total, r.case_id, r.kind, r.who
        FROM head LEFT JOIN LATERAL (SELECT * FROM ready ORDER BY ready.xid, ready.id LIMIT max_rows) r ON true
      $$;
    `,
  },
  {
    version: 17,
    name: "row-level security: a case's requester details and text only for the team's roles",
    // PostgreSQL only (SQLite has one officer and no roles). Every table holding the requester's
    // details or the request's words (the case and its requester, the questions and answers taken
    // from it, the search indexes built from them, the letters and sent copies addressed to the
    // requester, the audit trail's answer texts) lets its rows be seen and written only by the
    // team's roles: a role given SELECT outside them (a reporting login, a careless GRANT ... TO
    // PUBLIC) sees no rows. USING (true) for the team: RLS costs officers nothing. The owner is not
    // bound (no FORCE): it owns the tables and could turn RLS off, and it runs upgrades and imports. The policies name the roles, so they are
    // made here if \`desk team init\` has not made them yet (which needs CREATEROLE, as init does).
    // Written out, not generated from a list: a shipped step never changes.
    sql: `
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_officer') THEN CREATE ROLE desk_officer NOLOGIN; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_reviewer') THEN CREATE ROLE desk_reviewer NOLOGIN; END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_admin') THEN CREATE ROLE desk_admin NOLOGIN; END IF;
      END $$;
      ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
      CREATE POLICY desk_team ON cases TO desk_officer, desk_reviewer, desk_admin USING (true) WITH CHECK (true);
      ALTER TABLE questions ENABLE ROW LEVEL SECURITY;
      CREATE POLICY desk_team ON questions TO desk_officer, desk_reviewer, desk_admin USING (true) WITH CHECK (true);
      ALTER TABLE answers ENABLE ROW LEVEL SECURITY;
      CREATE POLICY desk_team ON answers TO desk_officer, desk_reviewer, desk_admin USING (true) WITH CHECK (true);
      ALTER TABLE answer_versions ENABLE ROW LEVEL SECURITY;
      CREATE POLICY desk_team ON answer_versions TO desk_officer, desk_reviewer, desk_admin USING (true) WITH CHECK (true);
      ALTER TABLE case_text ENABLE ROW LEVEL SECURITY;
      CREATE POLICY desk_team ON case_text TO desk_officer, desk_reviewer, desk_admin USING (true) WITH CHECK (true);
      ALTER TABLE question_search ENABLE ROW LEVEL SECURITY;
      CREATE POLICY desk_team ON question_search TO desk_officer, desk_reviewer, desk_admin USING (true) WITH CHECK (true);
      ALTER TABLE letter_exports ENABLE ROW LEVEL SECURITY;
      CREATE POLICY desk_team ON letter_exports TO desk_officer, desk_reviewer, desk_admin USING (true) WITH CHECK (true);
      ALTER TABLE sent_copies ENABLE ROW LEVEL SECURITY;
      CREATE POLICY desk_team ON sent_copies TO desk_officer, desk_reviewer, desk_admin USING (true) WITH CHECK (true);
      ALTER TABLE desk_audit ENABLE ROW LEVEL SECURITY;
      CREATE POLICY desk_team ON desk_audit TO desk_officer, desk_reviewer, desk_admin USING (true) WITH CHECK (true);
    `,
  },
  {
    version: 18,
    name: "live refresh's reader only for the team's roles",
    // desk_changes_after (step 16) runs as its owner, so the rows it returns are not bound by step
    // 17's policies, and PostgreSQL lets every login run a new function: a login outside the team
    // could have read which cases changed and the officers' logins that changed them. Now only the
    // team's roles may run it (the step-17 roles exist by now).
    sql: `
      REVOKE EXECUTE ON FUNCTION desk_changes_after(bigint, integer) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION desk_changes_after(bigint, integer) TO desk_officer, desk_reviewer, desk_admin;
    `,
  },
];

export const PG_LATEST_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version;
