import type { CaseFilter, Holiday } from '../../../core/api/contract';
import type { Case, Organisation, Regime } from '../../../core/model';
import type { CaseHeader, CaseListRow, SerialisedCase, StoredDeadline } from '../caseRepository';

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
}

export type { CaseHeader, CaseListRow, SerialisedCase, StoredDeadline };

/** An open case whose stored due date is missing or was counted to another day, with its clock as stored JSON. */
export type CaseNeedingDeadline = Pick<Case, 'id' | 'received' | 'regime' | 'sent' | 'status'> & { clock: string };

export interface CaseStore {
  /** Live cases: those in the bin are not counted. */
  countCases(): Awaitable<number>;
  /** A live case, whole; one in the bin (or none) reads as null. */
  get(id: string): Awaitable<Case | null>;
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

/** One workspace on one engine: its cases, its settings, the schema step it is at. */
export interface WorkspaceStore {
  readonly engine: 'sqlite' | 'postgres';
  readonly cases: CaseStore;
  readonly settings: SettingsStore;
  schemaVersion(): Awaitable<number>;
  close(): Awaitable<void>;
}
