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
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
