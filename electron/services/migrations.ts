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
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
