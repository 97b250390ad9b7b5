import type { Migration } from '../migrations';

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
];

export const PG_LATEST_SCHEMA_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1]!.version;
