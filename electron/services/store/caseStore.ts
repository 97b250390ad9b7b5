import type { CaseFilter, DeskOutput, Holiday } from '../../../core/api/contract';
import type { Answer, Case, Organisation, Question, Regime } from '../../../core/model';
import type { OwnerFilter } from '../../../core/team/teamContract';
import type { BinnedCase, CaseHeader, CaseListRow, SerialisedCase, StoredDeadline } from '../caseRepository';
import type { ClauseRowStore, ExtrasStore, HistoryStore, LogOrderStore, ReuseStore, SentCopyStore, StatisticsStore, TeamStore } from './areaStores';
import type { ChangeFeed } from '../changes/changeFeed';

/**
 * The store DeskService needs for cases and settings, named once so a second engine can stand
 * behind it: the embedded SQLite file (a single officer, ./sqliteStore.ts) and PostgreSQL (a team,
 * ../pg/pgStore.ts). One contract suite (./testing/storeContract.ts) runs against both.
 *
 * Every method may answer with a value or a promise (Awaitable): SQLite answers at once, as it always
 * has, and PostgreSQL answers over the network. Code written against the interface awaits every
 * call, so it runs on either; DeskService itself still uses the SQLite repository directly until it
 * moves behind the async service boundary (docs/team.md, "The store interface").
 */
export type Awaitable<T> = T | Promise<T>;

/**
 * Which cases a list or search covers, as data rather than SQL, so each engine writes its own
 * conditions: the status filter (already made "all" by the service for a search, see
 * effectiveFilter), today's date and the workspace's extra holidays (the filters that count working
 * days need them) and an optional regime. Cases in the bin are never included.
 */
export interface CaseQuery {
  filter: CaseFilter;
  today: string;
  extraHolidays: readonly string[];
  regime?: Regime;
  /** Whose cases (./team): mine, unassigned or everyone's; `me` is the officer asking. */
  owner?: OwnerFilter;
  /** The reviewers' queue: cases Ready for review and not yet approved. */
  forReview?: boolean;
  me?: string;
}

/** What an empty list asks the store (../emptyListExplanation.ts): the query as the officer set it, and the search typed. */
export type EmptyListQuery = CaseQuery & { search: string };

export type { BinnedCase, CaseHeader, CaseListRow, SerialisedCase, StoredDeadline };

/** An open case whose stored due date is missing or was counted to another day, with its clock as stored JSON. */
export type CaseNeedingDeadline = Pick<Case, 'id' | 'received' | 'regime' | 'sent' | 'status'> & { clock: string };

export interface CaseStore {
  /** Live cases: those in the bin are not counted. */
  countCases(): Awaitable<number>;
  /**
   * A live case, whole; one in the bin (or none) reads as null unless `includeBinned`. With `team`,
   * each answer carries its version and any reviewer's comment (core/team).
   */
  get(id: string, includeBinned?: boolean, team?: boolean): Awaitable<Case | null>;
  /** Inserts or replaces a whole case, storing its due date if it is open. */
  put(c: Case): Awaitable<void>;
  /** Inserts or replaces many whole cases, all or none (an import). */
  putMany(cases: readonly SerialisedCase[]): Awaitable<void>;
  /** The case with this reference, live or in the bin; null if none. */
  findIdByRef(ref: string): Awaitable<string | null>;
  /**
   * One page of the list in the officer's order: open cases by the date that binds them (then
   * reference), then finished ones newest first. `limit` -1 means every case from `offset` on.
   */
  listPage(query: CaseQuery, offset: number, limit: number): Awaitable<CaseListRow[]>;
  /**
   * Cases matching every word typed (each a prefix), best first: a reference containing the text as
   * typed first, then by relevance, a match in the questions above one in the answers.
   */
  searchPage(text: string, query: CaseQuery, offset: number, limit: number): Awaitable<CaseListRow[]>;
  /** Question and answered-question counts (headings aside) of the given cases. */
  progressOf(ids: readonly string[]): Awaitable<Map<string, { questions: number; answered: number }>>;
  /** Open cases whose stored due date is missing, or was counted to a day other than `today`. */
  casesNeedingDeadline(today: string): Awaitable<CaseNeedingDeadline[]>;
  storeDeadlines(rows: readonly ({ id: string } & StoredDeadline)[]): Awaitable<void>;
  /** Holidays or time limits changed: every open case's due date is to be worked out again. */
  forgetOpenDeadlines(): Awaitable<void>;
  /** The cases sent in `month` (YYYY-MM), by date sent then reference; past logs' entries left out. */
  headersSentIn(month: string): Awaitable<CaseHeader[]>;
  /** Sent dates of the cases marked for publishing, oldest first; past logs' entries left out. */
  publishedSentDates(): Awaitable<string[]>;
  /** Removes a case for good (with its questions, answers and search entry); false if there was none. */
  delete(id: string): Awaitable<boolean>;

  // --- Editing a case. Each is one transaction, or part of the caller's (WorkspaceStore.transaction). ---
  /** The header (everything but questions and answers), and the questions too when given. */
  updateHeader(c: CaseHeader, questions?: Question[]): Awaitable<void>;
  /** One answer written (a new one goes last); its version goes up by one (core/team). */
  saveAnswer(caseId: string, answer: Answer, now: string): Awaitable<void>;
  /** Answers saved and others deleted together. */
  replaceAnswers(caseId: string, answers: readonly Answer[], removed: readonly string[], now: string): Awaitable<{ saved: number; deleted: number }>;
  /** Split again: the questions replaced, the named answers written, every other answer keeping only links to questions still there. */
  resplit(caseId: string, questions: Question[], answers: readonly Answer[], now: string): Awaitable<void>;
  deleteAnswer(caseId: string, answerId: string): Awaitable<boolean>;
  /** The case's question ids, or null when there is no such live case. */
  questionIds(caseId: string): Awaitable<Set<string> | null>;
  statusOf(caseId: string): Awaitable<Case['status'] | null>;
  setOpenStatus(caseId: string, status: Case['status'], now: string): Awaitable<void>;
  /**
   * Many cases written in order under the ids given (an import); `afterEach` runs after each case is
   * written, inside the same transaction, for what is stored beside it.
   */
  putStream(ids: readonly string[], cases: Iterable<SerialisedCase>, afterEach?: (c: SerialisedCase) => Awaitable<void>): Awaitable<void>;
  /** Every case's id, oldest received first; the bin's too if asked. */
  idsByReceived(includeBinned?: boolean): Awaitable<string[]>;

  // --- The bin (../caseBin.ts) ---
  binnedAt(id: string): Awaitable<string | null>;
  moveToBin(id: string, now: string): Awaitable<boolean>;
  restoreFromBin(id: string): Awaitable<boolean>;
  binned(): Awaitable<BinnedCase[]>;
  /** Removes for good the cases binned before `cutoff`, and names them. */
  purgeBinnedBefore(cutoff: string): Awaitable<BinnedCase[]>;

  /** Why a list came back empty: what the status, regime and team filters and the bin hold back (../emptyListExplanation.ts). */
  explainEmpty(query: EmptyListQuery): Awaitable<DeskOutput<'explainEmptyList'>>;
}

/** The workspace's own settings: the organisation and the one-off holidays it has added. */
export interface SettingsStore {
  organisation(): Awaitable<Organisation>;
  hasOrganisation(): Awaitable<boolean>;
  saveOrganisation(org: Organisation): Awaitable<void>;
  holidays(): Awaitable<Holiday[]>;
  addHoliday(h: Holiday): Awaitable<void>;
  removeHoliday(date: string): Awaitable<void>;
}

/** One workspace on one engine: its cases, its settings, everything kept beside them, the schema step it is at. */
export interface WorkspaceStore {
  readonly engine: 'sqlite' | 'postgres';
  readonly cases: CaseStore;
  readonly settings: SettingsStore;
  readonly team: TeamStore;
  readonly history: HistoryStore;
  readonly sentCopies: SentCopyStore;
  readonly logOrders: LogOrderStore;
  readonly extras: ExtrasStore;
  readonly reuse: ReuseStore;
  readonly statistics: StatisticsStore;
  readonly clauseRows: ClauseRowStore;
  /**
   * Runs `body` as one transaction: every store call inside it (on any of the stores above) commits
   * together or not at all. `immediate` takes the write lock at the start (SQLite's BEGIN IMMEDIATE;
   * PostgreSQL's own row locks do the same job), for a read-then-write that must not race another
   * writer. Transactions do not nest across engines' connections: call the stores, not another
   * workspace, inside.
   */
  transaction<T>(body: () => Promise<T> | T, options?: { immediate?: boolean }): Promise<T>;
  /**
   * What changed, and a wake-up when something does (live refresh): the file's change log, or the
   * team's NOTIFY listener. A method of the engine's own, so opening a file never loads pg.
   */
  changes(): ChangeFeed;
  schemaVersion(): Awaitable<number>;
  close(): Awaitable<void>;
}
