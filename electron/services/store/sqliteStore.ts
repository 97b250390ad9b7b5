import type { Answer, Case, Question } from '../../../core/model';
import { CaseRepository, type CaseHeader, type DeadlineOf, type SerialisedCase, type StoredDeadline } from '../caseRepository';
import { caseListCondition } from '../caseListQuery';
import { explainEmptyList } from '../emptyListExplanation';
import { SettingsRepository } from '../settingsRepository';
import { AnswerHistory } from '../answerHistory';
import { SentCopies } from '../sentCopies';
import { LogOrderRepository } from '../logOrderRepository';
import { BundleExtras } from '../bundleExtras';
import { TeamRepository, teamListCondition } from '../team/teamRepository';
import { ReuseQueries } from '../reuse/reuseQueries';
import { StatisticsRepository } from '../stats/statisticsRepository';
import { LocalClauseStore } from '../clauses/localClauseStore';
import { openWorkspaceDb, schemaVersion, type Db, type OpenWorkspaceOptions } from '../workspaceDb';
import { sqliteChangeFeed } from '../changes/sqliteChangeFeed';
import type { Awaitable, CaseQuery, CaseStore, EmptyListQuery, WorkspaceStore } from './caseStore';

/**
 * The SQLite repository seen through CaseStore. Every method but the list queries is the
 * repository's own (so the interface costs nothing on the single officer's path); those turn the
 * CaseQuery into the repository's SQL condition (caseListQuery.ts, team/teamRepository.ts).
 */
export class SqliteCaseStore implements CaseStore {
  constructor(readonly repository: CaseRepository) {}

  countCases(): number {
    return this.repository.countCases();
  }
  get(id: string, includeBinned = false, team = false): Case | null {
    return this.repository.get(id, includeBinned, team);
  }
  put(c: Case): void {
    this.repository.put(c);
  }
  putMany(cases: readonly SerialisedCase[]): void {
    this.repository.putMany(cases);
  }
  findIdByRef(ref: string): string | null {
    return this.repository.findIdByRef(ref);
  }
  listPage(query: CaseQuery, offset: number, limit: number) {
    return this.repository.listPage(conditionOf(query), offset, limit);
  }
  searchPage(text: string, query: CaseQuery, offset: number, limit: number) {
    return this.repository.searchPage(text, conditionOf(query), offset, limit);
  }
  progressOf(ids: readonly string[]) {
    return this.repository.progressOf(ids);
  }
  casesNeedingDeadline(today: string) {
    return this.repository.casesNeedingDeadline(today);
  }
  storeDeadlines(rows: readonly ({ id: string } & StoredDeadline)[]): void {
    this.repository.storeDeadlines(rows);
  }
  forgetOpenDeadlines(): void {
    this.repository.forgetOpenDeadlines();
  }
  headersSentIn(month: string) {
    return this.repository.headersSentIn(month);
  }
  publishedSentDates(): string[] {
    return this.repository.publishedSentDates();
  }
  delete(id: string): boolean {
    return this.repository.delete(id);
  }
  updateHeader(c: CaseHeader, questions?: Question[]): void {
    this.repository.updateHeader(c, questions);
  }
  saveAnswer(caseId: string, answer: Answer, now: string): void {
    this.repository.saveAnswer(caseId, answer, now);
  }
  replaceAnswers(caseId: string, answers: readonly Answer[], removed: readonly string[], now: string) {
    return this.repository.replaceAnswers(caseId, answers, removed, now);
  }
  resplit(caseId: string, questions: Question[], answers: readonly Answer[], now: string): void {
    this.repository.resplit(caseId, questions, answers, now);
  }
  deleteAnswer(caseId: string, answerId: string): boolean {
    return this.repository.deleteAnswer(caseId, answerId);
  }
  questionIds(caseId: string) {
    return this.repository.questionIds(caseId);
  }
  statusOf(caseId: string) {
    return this.repository.statusOf(caseId);
  }
  setOpenStatus(caseId: string, status: Case['status'], now: string): void {
    this.repository.setOpenStatus(caseId, status, now);
  }
  /** SQLite writes `afterEach`'s rows at once; a promise it returned would outlive the transaction, so none is expected. */
  putStream(ids: readonly string[], cases: Iterable<SerialisedCase>, afterEach?: (c: SerialisedCase) => Awaitable<void>): void {
    this.repository.putStream(ids, cases, afterEach ? (c) => void afterEach(c) : undefined);
  }
  idsByReceived(includeBinned = false): string[] {
    return this.repository.idsByReceived(includeBinned);
  }
  binnedAt(id: string) {
    return this.repository.binnedAt(id);
  }
  moveToBin(id: string, now: string): boolean {
    return this.repository.moveToBin(id, now);
  }
  restoreFromBin(id: string): boolean {
    return this.repository.restoreFromBin(id);
  }
  binned() {
    return this.repository.binned();
  }
  purgeBinnedBefore(cutoff: string) {
    return this.repository.purgeBinnedBefore(cutoff);
  }
  explainEmpty(query: EmptyListQuery) {
    return explainEmptyList(this.repository, { filter: query.filter, search: query.search, regime: query.regime, owner: query.owner, forReview: query.forReview, me: query.me ?? '' }, query.today, query.extraHolidays);
  }
}

/** The list's SQL condition: the filter and regime, and whose cases or the review queue when asked. */
function conditionOf(query: CaseQuery) {
  const listed = caseListCondition(query.filter, query.today, query.extraHolidays, query.regime);
  const team = teamListCondition(query.owner, query.forReview, query.me ?? '');
  return team ? { sql: `(${listed.sql}) AND (${team.sql})`, params: [...listed.params, ...team.params] } : listed;
}

/** The SQLite workspace as a store, with its parts' own (synchronous) types for the code that opens it. */
export type SqliteWorkspaceStore = Omit<WorkspaceStore, 'cases' | 'settings'> & { db: Db; caseRepository: CaseRepository; cases: SqliteCaseStore; settings: SettingsRepository };

/** A workspace file behind the store interface; `deadlineOf` as for CaseRepository. */
export function openSqliteStore(path: string, deadlineOf: DeadlineOf | null = null, options: OpenWorkspaceOptions = {}): SqliteWorkspaceStore {
  const db = openWorkspaceDb(path, undefined, options);
  return sqliteStoreOn(db, deadlineOf);
}

/** The store over a workspace already open (DeskService's own connection). */
export function sqliteStoreOn(db: Db, deadlineOf: DeadlineOf | null = null): SqliteWorkspaceStore {
  const caseRepository = new CaseRepository(db, deadlineOf);
  return {
    engine: 'sqlite',
    db,
    caseRepository,
    cases: new SqliteCaseStore(caseRepository),
    // The repositories already have the interfaces' shapes: checked here by the compiler.
    settings: new SettingsRepository(db),
    team: new TeamRepository(db),
    history: new AnswerHistory(db),
    sentCopies: new SentCopies(db),
    logOrders: new LogOrderRepository(db),
    extras: new BundleExtras(db),
    reuse: new ReuseQueries(db),
    statistics: new StatisticsRepository(db),
    clauseRows: new LocalClauseStore(db),
    transaction: sqliteTransaction(db),
    changes: () => sqliteChangeFeed(db),
    schemaVersion: () => schemaVersion(db),
    close: () => {
      if (db.open) db.close();
    },
  };
}

/**
 * Transactions waiting their turn, one queue per workspace file in this process: two connections
 * to one file (two windows' services, a test's second reader) take turns instead of one waiting
 * on SQLite's lock while holding up, on this same thread, the very transaction it waits for.
 */
const queues = new Map<string, Promise<unknown>>();

/**
 * An async body as one SQLite transaction. The repositories answer at once, so a body that awaits
 * only them runs to its end before any other message is taken; the queue makes a second
 * transaction on the file wait for the first rather than nest inside it or block on its lock.
 * The repositories' own db.transaction calls inside become savepoints (better-sqlite3 nests them).
 */
function sqliteTransaction(db: Db): WorkspaceStore['transaction'] {
  return <T>(body: () => Promise<T> | T, options: { immediate?: boolean } = {}): Promise<T> => {
    const run = async (): Promise<T> => {
      db.exec(options.immediate ? 'BEGIN IMMEDIATE' : 'BEGIN');
      try {
        const result = await body();
        db.exec('COMMIT');
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    };
    const key = db.name;
    const next = (queues.get(key) ?? Promise.resolve()).then(run, run);
    const settled = next.catch(() => undefined);
    queues.set(key, settled);
    // The last in the queue removes it once done, so a closed workspace leaves nothing behind.
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return next;
  };
}
