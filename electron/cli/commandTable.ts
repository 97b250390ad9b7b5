import type { CommandSpec } from './command';

// Every `desk` command, in the order --help lists them: its words, help and options, and the code
// that does the work imported only when it runs. Keep this file free of imports beyond types, so
// `desk --help` and a mistyped option answer at once.

const exportFormats = '(docx|pdf|html)';

export const COMMANDS: readonly CommandSpec[] = [
  {
    words: ['deadline'],
    summary: 'the statutory due date for a request',
    help: `Usage: desk deadline --received YYYY-MM-DD [--regime foia|eir|foisa|eisr] [--days N] [--holiday YYYY-MM-DD]...

Prints the statutory due date (YYYY-MM-DD) alone on a line: the Nth working day after the day
of receipt (day 0). FOIA and EIR skip bank holidays in every part of the UK; FOISA and EISR skip
Scottish ones. --days defaults to 20. --holiday adds a one-off proclaimed bank holiday.`,
    options: {
      received: { type: 'string' },
      regime: { type: 'string', default: 'foia' },
      days: { type: 'string', default: '20' },
      holiday: { type: 'string', multiple: true, default: [] },
    },
    load: () => import('./commands/deadline'),
  },
  {
    words: ['import'],
    summary: 'import a case bundle into a workspace',
    help: `Usage: desk import --db FILE [--replace] [--settings keep|replace] BUNDLE.json

Imports a case bundle (format disclosure-desk/2 or /1, see docs/bundle-format.md) into the workspace FILE,
creating it if needed. All or nothing: a bundle with any error changes nothing, and the error names
its JSON path. A case whose reference already exists is refused unless --replace is given.
The workspace keeps its own settings (organisation, review address, cost tier) and the import says
which of the bundle's differ; --settings replace takes the bundle's. A new workspace takes them.
The file must be UTF-8 (a byte order mark is fine). BUNDLE.json may be - to read standard input.`,
    options: { db: { type: 'string' }, replace: { type: 'boolean', default: false }, settings: { type: 'string' } },
    maxPositionals: 1,
    load: () => import('./commands/importBundle'),
  },
  {
    words: ['import-log'],
    summary: 'import a past published disclosure log as past cases',
    help: `Usage: desk import-log --db FILE LOG.(pdf|docx|txt) [--month YYYY-MM] [--dry-run] [--json]

Reads a disclosure log already published (PDF, Word or text) and imports its entries as past cases:
sent, marked as from a past log, found by search and offered as earlier answers, but never counted
as this workspace's work or printed in a new month's log. Each request is split into its questions
and each answer attached to the questions it follows. Says what it found: the entries, the topics
the contents list names with no entry (a file cut short), and the entries printed without a
reference, which are given one (LOG-2024-06-03; rename the case later if you know its own).
All or nothing; an entry whose reference the workspace has is left out and reported, never
overwritten. A file that is not a log imports nothing and says what could not be read.
  --month YYYY-MM   the month the log is for (else the one its title names); entries are
                    recorded as sent on its last day
  --dry-run         show what would be imported, writing nothing
  --json            print the entries and the report as JSON`,
    options: { db: { type: 'string' }, month: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    maxPositionals: 1,
    load: () => import('./commands/importLog'),
  },
  {
    words: ['export', 'bundle'],
    summary: "write a workspace's cases as a bundle",
    help: `Usage: desk export bundle --db FILE --out FILE.json [--ref REF]...

Writes the workspace's cases (or only those named with --ref) as a bundle, format disclosure-desk/2:
a backup that restores them whole (the bin, answers' history, the copies kept of what was sent,
the log's order). The bundle includes requesters' details: keep it as safe as the workspace itself.`,
    options: { db: { type: 'string' }, out: { type: 'string' }, ref: { type: 'string', multiple: true } },
    load: () => import('./commands/exportBundle'),
  },
  {
    words: ['export', 'log'],
    summary: "write a month's disclosure log as DOCX, PDF or HTML",
    help: `Usage: desk export log --db FILE --month YYYY-MM --out FILE.${exportFormats}

Writes the month's disclosure log: every case sent in that month and marked for publishing, with a
linked contents list, each request and the response question by question. The requesters' details
are never included. The format follows the --out extension. The PDF is tagged for screen readers and
embeds Arial or Liberation Sans from this machine (DESK_PDF_FONT_DIR names another folder); it needs
no browser.`,
    options: { db: { type: 'string' }, month: { type: 'string' }, out: { type: 'string' } },
    load: () => import('./commands/exportLog'),
  },
  {
    words: ['export', 'letter'],
    summary: "write a case's response letter as DOCX or PDF, after the send checks",
    help: `Usage: desk export letter --db FILE --ref REF --out FILE.(docx|pdf) [--draft | --override REASON] [--chromium PATH]

Writes the response letter of case REF: letterhead, date, the requester's name, the questions with
their answers, and the closing paragraphs on review and complaint. The format follows the --out
extension. The letter names the requester: it is for them, not for publishing.

First it runs the checks the window runs before a response goes out (desk check --ref REF lists
them). If any fails, nothing is written and the failures are listed (exit 1): put them right, or
go ahead with --override "why", which is kept with the case as the window keeps it, one entry
for each failing check.

--draft writes a draft for sign-off instead: every page watermarked DRAFT and headed
"DRAFT — not for sending". A draft skips the send checks and is not kept as what was sent.`,
    options: { db: { type: 'string' }, ref: { type: 'string' }, out: { type: 'string' }, override: { type: 'string' }, chromium: { type: 'string' }, draft: { type: 'boolean', default: false } },
    load: () => import('./commands/exportLetter'),
  },
  {
    words: ['split'],
    summary: 'split a request into its questions (JSON)',
    help: `Usage: desk split [FILE | -]

Splits a request into its questions and prints them as JSON:
  {"questions": [{"number": "1.a", "label": "a.", "text": "…", "heading": false}, …]}
FILE is a saved email (.eml or Outlook .msg), a Word document (.docx) or a text file (.txt).
With - or no FILE the request is read as text from standard input.`,
    options: {},
    maxPositionals: 1,
    load: () => import('./commands/split'),
  },
  {
    words: ['clauses', 'list'],
    summary: 'list the clause library',
    help: `Usage: desk clauses list [--json] [--db FILE] [--retired]

Lists the clause library: id, kind, section, regime(s) and title, one clause a line.
  --db FILE   include the workspace's own clauses (and its edits to shipped ones)
  --retired   include retired clauses
  --json      print the clauses as JSON instead`,
    options: { json: { type: 'boolean' }, db: { type: 'string' }, retired: { type: 'boolean' } },
    load: () => import('./commands/clauses').then((m) => ({ run: m.runList })),
  },
  {
    words: ['clauses', 'show'],
    summary: 'print one clause with its variables',
    help: `Usage: desk clauses show ID [--db FILE] [--version N]

Prints one clause: its details, its variables and its wording.
  --db FILE     read the workspace's clauses too (its own, and its edits to shipped ones)
  --version N   an earlier version of the clause`,
    options: { db: { type: 'string' }, version: { type: 'string' } },
    maxPositionals: 1,
    load: () => import('./commands/clauses').then((m) => ({ run: m.runShow })),
  },
  {
    words: ['search'],
    summary: 'search cases, questions and answers',
    help: `Usage: desk search --db FILE "QUERY" [--limit N] [--json]

Searches every case's questions and answers, and case titles and references, best match first.
All the words must appear; "a phrase" finds those words in that order; a word ending in * finds
words starting with it (contract* finds contracts and contractor). UK and US spellings find each
other (organisation, organization). One result a line: reference, date (sent, or received while
open), question number ("case" for a title or reference), then the question and the answer with
the matching words in [brackets], tab-separated.
  --limit N   at most N results (default 20, at most 200)
  --json      print the results as JSON, the matching words marked in segments`,
    options: { db: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean', default: false } },
    maxPositionals: 1,
    load: () => import('./commands/search'),
  },
  {
    words: ['check'],
    summary: 'check responses before sending or publishing',
    help: `Usage: desk check --db FILE (--ref REF | --month YYYY-MM) [--purpose send|publish] [--json]

Runs the response checks: is the response complete, does each refusal say what section 17 requires,
was it on time, and is it free of personal data for the log. One finding a line:
rule id, severity, case reference, question number ("-" for the whole case), message, tab-separated.
--purpose defaults to send for --ref (the letter) and to publish for --month (the log).
--json prints the findings as a JSON array instead.
An error overridden with a reason (in the window, or by desk export letter --override) is listed
with [overridden: the reason] and no longer counts as an error.
Exit codes: 0 no errors (warnings allowed), 1 at least one error, 2 the command was typed wrongly.`,
    options: { db: { type: 'string' }, ref: { type: 'string' }, month: { type: 'string' }, purpose: { type: 'string' }, json: { type: 'boolean', default: false } },
    load: () => import('./commands/check'),
  },
  {
    words: ['stats'],
    summary: 'the quarterly or yearly FOI statistics (s45 Code of Practice)',
    help: `Usage: desk stats --db FILE (--quarter YYYY-QN | --year YYYY) [--csv | --json] [--as-of YYYY-MM-DD]

Prints the statistics the section 45 Code of Practice (section 8) asks a body to publish, laid out
as central government's quarterly FOI tables: requests received; answered within the time limit,
within a permitted extension, or late; outcomes (granted in full or in part, withheld, not held,
neither confirmed nor denied, vexatious or repeated, cost limit); the exemptions and exceptions
cited, once per request; and the same by regime. Every figure counts the requests RECEIVED in the
period (2024-Q2 is April to June 2024), as they stand today: one still open is not yet answered.
Entries imported from past published logs are not counted. A year shows its four quarters too.
  --csv      print the figures as CSV, one line a figure (the file the window exports)
  --json     print the report as JSON
  --as-of    take the figures as they stood on that day (open cases counted up to it)`,
    options: { db: { type: 'string' }, quarter: { type: 'string' }, year: { type: 'string' }, csv: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'as-of': { type: 'string' } },
    load: () => import('./commands/stats'),
  },
  {
    words: ['bin', 'list'],
    summary: 'list the deleted cases waiting in the bin',
    help: `Usage: desk bin list --db FILE [--json]

Lists the cases deleted in the window: reference, date deleted, days left before a purge may remove
it, and title, tab-separated, most recently deleted first. A case in the bin is left out of the case
list, search, the disclosure log and the checks; the window's Bin restores it.
  --json   print the cases as JSON instead`,
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
    load: () => import('./commands/bin').then((m) => ({ run: m.runList })),
  },
  {
    words: ['bin', 'purge'],
    summary: 'remove for good the cases deleted more than 30 days ago',
    help: `Usage: desk bin purge --db FILE [--older-than-days 30] [--json]

Removes for good, with their questions, answers and history, the cases that have been in the bin
for more than --older-than-days days (30 unless given). Cases deleted more recently stay
restorable. Prints each case removed; --json prints them as JSON instead. Cannot be undone: a
backup of the workspace is the only way back.`,
    options: { db: { type: 'string' }, 'older-than-days': { type: 'string' }, json: { type: 'boolean', default: false } },
    load: () => import('./commands/bin').then((m) => ({ run: m.runPurge })),
  },
  {
    words: ['team', 'init'],
    summary: 'set up or upgrade a team workspace on PostgreSQL',
    help: `Usage: desk team init --db postgres://USER@HOST/DATABASE

For IT, once per team workspace and again after each upgrade of the app: brings the database's
schema up to this version (all steps or none) and sets up the roles officers log in through:
desk_officer, desk_reviewer and desk_admin. Run it as the database's owner with CREATEROLE. An empty
database is set up; one holding other tables, or saved by a newer version, is refused unchanged.
The password can come from ~/.pgpass or PGPASSWORD rather than the command line. See docs/team.md.`,
    options: { db: { type: 'string' } },
    load: () => import('./commands/teamInit'),
  },
  {
    words: ['team', 'import'],
    summary: "move a single officer's workspace file into a team workspace",
    help: `Usage: desk team import --from FILE.sqlite --to postgres://USER@HOST/DATABASE [--settings keep|replace]

Moves every case of a workspace file into a team workspace, with its history, sent copies, owners,
sign-off, the bin and the log's order: all or nothing, in one transaction. A case whose reference the
team workspace already has stops the import, naming it, and nothing is written. The file is not
changed. A team workspace without settings of its own takes the file's; otherwise it keeps its own
and says which differ (--settings replace takes the file's). Run \`desk team init\` first.`,
    options: { from: { type: 'string' }, to: { type: 'string' }, settings: { type: 'string' } },
    load: () => import('./commands/teamImport'),
  },
];

/** What a group of commands ("export", "clauses") is for, as `desk export --help` says it. */
export const GROUPS: Readonly<Record<string, string>> = {
  export: 'Writes what leaves the desk: a bundle of cases, a month\'s disclosure log, or a response letter.',
  clauses: 'Reads the clause library: the shipped templates, and with --db a workspace\'s own clauses.',
  bin: 'Deleted cases wait in the bin for 30 days: list them, or remove for good those deleted earlier.',
  team: 'A team workspace on PostgreSQL: set it up, upgrade it after the app is upgraded, and move a workspace file into it.',
};
