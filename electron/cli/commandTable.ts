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

Imports a case bundle (format disclosure-desk/1, see docs/bundle-format.md) into the workspace FILE,
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
    words: ['export', 'bundle'],
    summary: "write a workspace's cases as a bundle",
    help: `Usage: desk export bundle --db FILE --out FILE.json [--ref REF]...

Writes the workspace's cases (or only those named with --ref) as a bundle, format disclosure-desk/1.
The bundle includes requesters' details: keep it as safe as the workspace itself.`,
    options: { db: { type: 'string' }, out: { type: 'string' }, ref: { type: 'string', multiple: true } },
    load: () => import('./commands/exportBundle'),
  },
  {
    words: ['export', 'log'],
    summary: "write a month's disclosure log as DOCX, PDF or HTML",
    help: `Usage: desk export log --db FILE --month YYYY-MM --out FILE.${exportFormats} [--chromium PATH]

Writes the month's disclosure log: every case sent in that month and marked for publishing, with a
linked contents list, each request and the response question by question. The requesters' details
are never included. The format follows the --out extension. PDF is printed by Chromium: --chromium
names it, else DESK_CHROMIUM, else the usual install paths are searched.`,
    options: { db: { type: 'string' }, month: { type: 'string' }, out: { type: 'string' }, chromium: { type: 'string' } },
    load: () => import('./commands/exportLog'),
  },
  {
    words: ['export', 'letter'],
    summary: "write a case's response letter as DOCX or PDF, after the send checks",
    help: `Usage: desk export letter --db FILE --ref REF --out FILE.(docx|pdf) [--override REASON] [--chromium PATH]

Writes the response letter of case REF: letterhead, date, the requester's name, the questions with
their answers, and the closing paragraphs on review and complaint. The format follows the --out
extension. The letter names the requester: it is for them, not for publishing.

First it runs the checks the window runs before a response goes out (desk check --ref REF lists
them). If any fails, nothing is written and the failures are listed (exit 1): put them right, or
go ahead with --override "why", which is kept with the case as the window keeps it, one entry
for each failing check.`,
    options: { db: { type: 'string' }, ref: { type: 'string' }, out: { type: 'string' }, override: { type: 'string' }, chromium: { type: 'string' } },
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
];

/** What a group of commands ("export", "clauses") is for, as `desk export --help` says it. */
export const GROUPS: Readonly<Record<string, string>> = {
  export: 'Writes what leaves the desk: a bundle of cases, a month\'s disclosure log, or a response letter.',
  clauses: 'Reads the clause library: the shipped templates, and with --db a workspace\'s own clauses.',
};
