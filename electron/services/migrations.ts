/**
 * Schema migrations, numbered in order. A migration is never edited once shipped: add a new one.
 * `user_version` records how far a workspace file has come; a backup is taken before each step
 * (see workspaceDb.ts).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'cases, questions, answers, holidays and search',
    sql: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE cases (
        id TEXT PRIMARY KEY,
        ref TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        regime TEXT NOT NULL,
        received TEXT NOT NULL,
        sent TEXT,
        status TEXT NOT NULL,
        publish INTEGER NOT NULL,
        requester TEXT NOT NULL,
        request_text TEXT NOT NULL,
        summary TEXT NOT NULL,
        attachments TEXT NOT NULL,
        clock TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        number TEXT NOT NULL,
        label TEXT NOT NULL,
        text TEXT NOT NULL,
        heading INTEGER NOT NULL
      );
      CREATE INDEX questions_by_case ON questions(case_id, position);
      CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        covers TEXT NOT NULL,
        doc TEXT NOT NULL,
        plain_text TEXT NOT NULL,
        disposition TEXT NOT NULL,
        exemptions TEXT NOT NULL,
        redirect_to TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX answers_by_case ON answers(case_id, position);
      CREATE TABLE holidays (date TEXT PRIMARY KEY, name TEXT NOT NULL);
      CREATE VIRTUAL TABLE case_search USING fts5(case_id UNINDEXED, ref, title, body, tokenize = 'unicode61 remove_diacritics 2');
    `,
  },
  {
    version: 2,
    name: "the officers' own clauses, every save a new version",
    // A row per saved version: answers keep citing the version they were written with. `retired`
    // is read from each clause's newest row; the text is the whole Markdown file as written.
    sql: `
      CREATE TABLE clauses (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        source TEXT NOT NULL DEFAULT 'local' CHECK (source = 'local'),
        text TEXT NOT NULL,
        retired INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        PRIMARY KEY (id, version)
      );
    `,
  },
  {
    version: 3,
    name: 'check overrides recorded on each case',
    // The officer's reasons for sending or publishing despite a check: kept with the case for audit.
    sql: `ALTER TABLE cases ADD COLUMN overrides TEXT NOT NULL DEFAULT '[]';`,
  },
  {
    version: 4,
    name: 'the list in SQL at 50,000 cases: stored deadlines, indexes, full-text search by rowid',
    // num: a stable integer key for the search index. The rowid of a table without an INTEGER
    // PRIMARY KEY may change on VACUUM, and rebuilding cases around one would mean switching foreign
    // keys off, which cannot be done inside the migration's transaction.
    // due: the binding due date (the extended one if claimed) of an open case, written with the case,
    // so filtering and sorting never compute 50,000 deadlines. NULL means "to be computed": the
    // service fills those when it opens the workspace, and after holidays or time-limit settings
    // change. due_as_of: the day a fee-pause deadline was counted to (it moves each day while the fee
    // is awaited); NULL when the due date does not depend on the day.
    // case_text: one row per case keyed by num, no stored copy of the text (contentless, with
    // deletes), the question text in its own column so it can rank above the answers.
    sql: `
      ALTER TABLE cases ADD COLUMN num INTEGER;
      UPDATE cases SET num = rowid;
      CREATE UNIQUE INDEX cases_by_num ON cases(num);
      ALTER TABLE cases ADD COLUMN due TEXT;
      ALTER TABLE cases ADD COLUMN due_as_of TEXT;
      ALTER TABLE cases ADD COLUMN is_open INTEGER GENERATED ALWAYS AS (status NOT IN ('sent', 'closed')) VIRTUAL;
      CREATE INDEX cases_open_by_due ON cases(is_open, due, ref);
      CREATE INDEX cases_finished_newest ON cases(is_open, coalesce(sent, received) DESC, received DESC, ref);
      CREATE INDEX cases_by_sent ON cases(sent);
      CREATE INDEX cases_by_status ON cases(status);
      CREATE INDEX cases_by_regime ON cases(regime, is_open, due);
      CREATE INDEX cases_due_missing ON cases(num) WHERE due IS NULL AND status NOT IN ('sent', 'closed');
      CREATE INDEX cases_due_moving ON cases(due_as_of) WHERE due_as_of IS NOT NULL AND status NOT IN ('sent', 'closed');
      DROP TABLE case_search;
      CREATE VIRTUAL TABLE case_text USING fts5(
        ref, title, questions, answers, request,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      INSERT INTO case_text (rowid, ref, title, questions, answers, request)
        SELECT num, ref, title,
          coalesce((SELECT group_concat(text, char(10)) FROM (SELECT text FROM questions q WHERE q.case_id = cases.id ORDER BY position)), ''),
          coalesce((SELECT group_concat(plain_text, char(10)) FROM (SELECT plain_text FROM answers a WHERE a.case_id = cases.id ORDER BY position)), ''),
          summary || char(10) || request_text
        FROM cases;
    `,
  },
  {
    version: 5,
    name: "the letter's own parts: opening, closing section, salutation, sign-off",
    // One JSON column (core/model/letterParts): NULL, like a part stored as null, means "the default",
    // so every case from before keeps printing the defaults until an officer edits a part.
    sql: `ALTER TABLE cases ADD COLUMN letter TEXT;`,
  },
  {
    version: 6,
    name: 'safety nets: the versions of each answer, the copy of what was sent, edits after sending',
    // answer_versions: no foreign key to answers, so a deleted or re-split answer keeps its history;
    // the case's own deletion takes them. letter_exports holds the newest real export of each kind,
    // to be kept as the sent copy when the case is marked sent; sent_copies is what went out and is
    // never rewritten while the case stays sent. sent_edits: who changed a sent case, when and why.
    sql: `
      CREATE TABLE answer_versions (
        id INTEGER PRIMARY KEY,
        answer_id TEXT NOT NULL,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('edit', 'export', 'status', 'restore')),
        doc TEXT NOT NULL,
        plain_text TEXT NOT NULL
      );
      CREATE INDEX answer_versions_by_answer ON answer_versions(answer_id, id);
      CREATE INDEX answer_versions_by_case ON answer_versions(case_id);
      CREATE TABLE letter_exports (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('docx', 'pdf')),
        at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        bytes BLOB NOT NULL,
        PRIMARY KEY (case_id, kind)
      );
      CREATE TABLE sent_copies (
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('html', 'docx', 'pdf')),
        sent TEXT NOT NULL,
        at TEXT NOT NULL,
        file_name TEXT NOT NULL,
        bytes BLOB NOT NULL,
        PRIMARY KEY (case_id, kind)
      );
      CREATE TABLE sent_edits (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        reason TEXT NOT NULL
      );
      CREATE INDEX sent_edits_by_case ON sent_edits(case_id, id);
    `,
  },
  {
    version: 7,
    name: "the log's order in the workspace, a bin for deleted cases, the requester in the search index",
    // log_orders: the officer's order of a month's log entries, by case id (a reference may be
    // renamed), so it travels with the workspace instead of one machine's browser storage.
    // deleted_at: a case in the bin, restorable until purged (desk bin purge); NULL for a live case.
    // The partial index keeps the bin's list and the purge off the live cases.
    // case_text gains the requester's name and email: officers search by them ("Jo rang about her
    // request"). The index is internal to the workspace and never published. A contentless FTS5
    // table cannot gain a column, so it is dropped, made again and refilled; a damaged requester
    // column indexes as empty rather than failing the whole migration.
    sql: `
      CREATE TABLE log_orders (
        month TEXT PRIMARY KEY CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        case_ids TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      ALTER TABLE cases ADD COLUMN deleted_at TEXT;
      CREATE INDEX cases_binned ON cases(deleted_at) WHERE deleted_at IS NOT NULL;
      DROP TABLE case_text;
      CREATE VIRTUAL TABLE case_text USING fts5(
        ref, title, questions, answers, request, requester,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
      INSERT INTO case_text (rowid, ref, title, questions, answers, request, requester)
        SELECT num, ref, title,
          coalesce((SELECT group_concat(text, char(10)) FROM (SELECT text FROM questions q WHERE q.case_id = cases.id ORDER BY position)), ''),
          coalesce((SELECT group_concat(plain_text, char(10)) FROM (SELECT plain_text FROM answers a WHERE a.case_id = cases.id ORDER BY position)), ''),
          summary || char(10) || request_text,
          CASE WHEN json_valid(requester) THEN coalesce(json_extract(requester, '$.name'), '') || char(10) || coalesce(json_extract(requester, '$.email'), '') ELSE '' END
        FROM cases;
    `,
  },
  {
    version: 8,
    name: 'answered before: a full-text index of every question with its answer',
    // question_search: one row per question (headings aside), its small columns first so a filter
    // never reads past the long texts, with the text of the answers that
    // cover it and the first such answer's outcome and sections, keyed by num (an INTEGER PRIMARY
    // KEY, so VACUUM never renumbers it), oldest case first: new rows take the next num, so a
    // higher num is a newer question and a very broad search ranks the newest matches. No foreign key: a case's rows leave the index with it
    // (caseRepository.delete), since FTS5 needs their words to take them out.
    // question_text: FTS5 over question_search (external content, so snippets show the officer's
    // own words) built from the words with UK/US spellings folded (fold_spelling, registered on
    // every connection by workspaceDb.ts), with porter stemming; ranked by BM25 with the question
    // ten times the answer. Never 'rebuild' it: that would index the unfolded words
    // (electron/services/reuse/questionIndex.ts keeps it in step). U+E000 and U+E001 are removed:
    // they mark matches in snippets.
    sql: `
      CREATE TABLE question_search (
        num INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer_id TEXT,
        disposition TEXT,
        exemptions TEXT NOT NULL DEFAULT '[]',
        question TEXT NOT NULL,
        answer TEXT NOT NULL
      );
      CREATE INDEX question_search_by_case ON question_search(case_id);
      -- What a search's filters and the bin read of each case found, without the case's long row.
      CREATE INDEX cases_for_search ON cases(id, deleted_at, regime, sent, received);
      CREATE VIRTUAL TABLE question_text USING fts5(
        question, answer,
        content = 'question_search', content_rowid = 'num',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      INSERT INTO question_text (question_text, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
      INSERT INTO question_search (case_id, question_id, question, answer, answer_id, disposition, exemptions)
        SELECT q.case_id, q.id, replace(replace(q.text, char(57344), ''), char(57345), ''),
          replace(replace(coalesce((SELECT group_concat(t, char(10)) FROM (
            SELECT a.plain_text AS t FROM answers a, json_each(CASE WHEN json_valid(a.covers) THEN a.covers ELSE '[]' END) j
            WHERE a.case_id = q.case_id AND j.value = q.id AND a.plain_text <> '' ORDER BY a.position)), ''), char(57344), ''), char(57345), ''),
          f.id, f.disposition, coalesce(f.exemptions, '[]')
        FROM questions q
        LEFT JOIN answers f ON f.id = (
          SELECT a.id FROM answers a, json_each(CASE WHEN json_valid(a.covers) THEN a.covers ELSE '[]' END) j
          WHERE a.case_id = q.case_id AND j.value = q.id AND a.plain_text <> '' ORDER BY a.position LIMIT 1)
        JOIN cases c ON c.id = q.case_id
        WHERE q.heading = 0
        ORDER BY coalesce(c.sent, c.received), c.ref, q.position;
      INSERT INTO question_text (rowid, question, answer)
        SELECT num, fold_spelling(question), fold_spelling(answer) FROM question_search;
    `,
  },
  {
    version: 9,
    name: 'historical cases: entries imported from past published logs',
    // A past log's entries are kept as ordinary sent cases, so search and "answered before" find them,
    // but they were never this workspace's work: the month's log, its checks and the counts leave
    // them out. The partial index keeps that test cheap where no case is historical.
    sql: `
      ALTER TABLE cases ADD COLUMN historical INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX cases_historical ON cases(sent) WHERE historical = 1;
    `,
  },
  {
    version: 10,
    name: 'the channel a request came by: email, WhatDoTheyKnow, post or web form',
    // Every case stored before it came by email as far as the workspace knows: the default says so. The
    // CHECK keeps a value the app cannot read out of the file.
    sql: `
      ALTER TABLE cases ADD COLUMN channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'whatdotheyknow', 'post', 'web-form'));
    `,
  },
  {
    version: 11,
    name: 'working together: answer versions, owners, sign-off and reviewers\' comments',
    // answers.version: bumped by every write of the answer, in the write itself, so a save based on
    // an older version is refused instead of overwriting another officer's words (core/team).
    // review_comment: a reviewer's comment as JSON ({text, by, at}), NULL once resolved.
    // cases.owner: the officer's name, NULL for unassigned; the index serves "Mine" and "Unassigned"
    // in the list's order (open cases by due date). approved_by/approved_at: the sign-off, NULL until
    // given and again after any change to an answer. case_assignments: who gave the case to whom, when.
    sql: `
      ALTER TABLE answers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
      ALTER TABLE answers ADD COLUMN review_comment TEXT;
      ALTER TABLE cases ADD COLUMN owner TEXT;
      ALTER TABLE cases ADD COLUMN approved_by TEXT;
      ALTER TABLE cases ADD COLUMN approved_at TEXT;
      CREATE INDEX cases_by_owner ON cases(owner, is_open, due, ref);
      CREATE TABLE case_assignments (
        id INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        who TEXT NOT NULL,
        owner TEXT
      );
      CREATE INDEX case_assignments_by_case ON case_assignments(case_id, id);
    `,
  },
  {
    version: 12,
    name: 'internal reviews: requested, outcome, decided; the statistics\' index on the day received',
    // All NULL for a case nobody asked to review. The CHECK keeps an outcome the app cannot read out of
    // the file. cases_by_received serves the statistics' read of a period's requests (a range on
    // received, where every other index made it scan the table); the partial index, the reviews asked
    // for in a period, which are few.
    sql: `
      ALTER TABLE cases ADD COLUMN review_requested TEXT;
      ALTER TABLE cases ADD COLUMN review_outcome TEXT CHECK (review_outcome IN ('upheld', 'partly-upheld', 'overturned', 'withdrawn'));
      ALTER TABLE cases ADD COLUMN review_completed TEXT;
      CREATE INDEX cases_by_received ON cases(received);
      CREATE INDEX cases_by_review_requested ON cases(review_requested) WHERE review_requested IS NOT NULL;
    `,
  },
  {
    version: 13,
    name: 'answered before and search: what their filters read, copied beside each question',
    // question_search gains its case's regime, the date it was answered (sent, or received while
    // open), whether it came from a past log and whether it is in the bin, so a filtered search and
    // "answered before" read the one row FTS5 points at, never the case's. The table is rebuilt, not
    // altered: added columns would sit after the long texts, and a filter would read past them. Each
    // row keeps its num, so question_text (external content, by num) stays valid and is not rebuilt.
    // A row whose case is gone is kept as binned: FTS5 still holds its words. The trigger keeps the
    // copies in step with every write of a case (the bin, a header save, a backup restored), firing
    // only when one of them changes, so an autosave of a 200-question case never rewrites its rows.
    sql: `
      CREATE TABLE question_search_new (
        num INTEGER PRIMARY KEY,
        case_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answer_id TEXT,
        disposition TEXT,
        exemptions TEXT NOT NULL DEFAULT '[]',
        regime TEXT NOT NULL DEFAULT 'foia',
        answered_on TEXT NOT NULL DEFAULT '',
        historical INTEGER NOT NULL DEFAULT 0,
        binned INTEGER NOT NULL DEFAULT 0,
        question TEXT NOT NULL,
        answer TEXT NOT NULL
      );
      INSERT INTO question_search_new (num, case_id, question_id, answer_id, disposition, exemptions, regime, answered_on, historical, binned, question, answer)
        SELECT s.num, s.case_id, s.question_id, s.answer_id, s.disposition, s.exemptions,
          coalesce(c.regime, 'foia'), coalesce(c.sent, c.received, ''), coalesce(c.historical, 0), c.id IS NULL OR c.deleted_at IS NOT NULL,
          s.question, s.answer
        FROM question_search s LEFT JOIN cases c ON c.id = s.case_id;
      DROP TABLE question_search;
      ALTER TABLE question_search_new RENAME TO question_search;
      CREATE INDEX question_search_by_case ON question_search(case_id);
      CREATE TRIGGER question_search_follows_case AFTER UPDATE OF regime, received, sent, historical, deleted_at ON cases
        WHEN new.regime IS NOT old.regime OR coalesce(new.sent, new.received) IS NOT coalesce(old.sent, old.received)
          OR new.historical IS NOT old.historical OR (new.deleted_at IS NULL) IS NOT (old.deleted_at IS NULL)
      BEGIN
        UPDATE question_search SET regime = new.regime, answered_on = coalesce(new.sent, new.received),
          historical = new.historical, binned = new.deleted_at IS NOT NULL
        WHERE case_id = new.id;
      END;
    `,
  },
  {
    version: 14,
    name: 'live refresh: a log of what changed, for other windows to follow',
    // One row per case, answer or assignment written, by triggers, so every writer is logged whichever
    // code (or program) made the change: another window, the CLI, an older build. Readers keep a cursor
    // (the id) and ask for what came after it (electron/services/changes). The stored deadline's daily
    // upkeep (due, due_as_of) is not a change anyone sees, so the case trigger lists the columns that
    // are. who: known only for an assignment (SQLite has no logins). The last 5,000 rows are kept,
    // trimmed every 1,000; a reader whose cursor fell behind the trim is told to read everything again.
    sql: `
      CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        case_id TEXT,
        kind TEXT NOT NULL,
        who TEXT,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      );
      CREATE TRIGGER changes_case_added AFTER INSERT ON cases BEGIN
        INSERT INTO changes (case_id, kind) VALUES (new.id, 'case');
      END;
      CREATE TRIGGER changes_case_edited AFTER UPDATE OF ref, title, regime, received, sent, status, publish, requester, request_text,
        summary, attachments, clock, overrides, letter, historical, channel, review_requested, review_outcome, review_completed,
        updated_at, deleted_at, owner, approved_by, approved_at ON cases
      BEGIN
        INSERT INTO changes (case_id, kind) VALUES (new.id, 'case');
      END;
      CREATE TRIGGER changes_case_removed AFTER DELETE ON cases BEGIN
        INSERT INTO changes (case_id, kind) VALUES (old.id, 'case');
      END;
      CREATE TRIGGER changes_answer_added AFTER INSERT ON answers BEGIN
        INSERT INTO changes (case_id, kind) VALUES (new.case_id, 'answer');
      END;
      CREATE TRIGGER changes_answer_edited AFTER UPDATE ON answers BEGIN
        INSERT INTO changes (case_id, kind) VALUES (new.case_id, 'answer');
      END;
      CREATE TRIGGER changes_answer_removed AFTER DELETE ON answers BEGIN
        INSERT INTO changes (case_id, kind) VALUES (old.case_id, 'answer');
      END;
      CREATE TRIGGER changes_assignment AFTER INSERT ON case_assignments BEGIN
        INSERT INTO changes (case_id, kind, who) VALUES (new.case_id, 'assignment', new.who);
      END;
      CREATE TRIGGER changes_trim AFTER INSERT ON changes WHEN new.id % 1000 = 0 BEGIN
        DELETE FROM changes WHERE id <= new.id - 5000;
      END;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
