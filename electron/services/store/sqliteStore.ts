import type { Case } from '../../../core/model';
import { CaseRepository, type DeadlineOf, type SerialisedCase, type StoredDeadline } from '../caseRepository';
import { caseListCondition } from '../caseListQuery';
import { SettingsRepository } from '../settingsRepository';
import { openWorkspaceDb, schemaVersion, type Db, type OpenWorkspaceOptions } from '../workspaceDb';
import type { CaseQuery, CaseStore, WorkspaceStore } from './caseStore';

/**
 * The SQLite repository seen through CaseStore. Every method but the two list queries is the
 * repository's own (so the interface costs nothing on the single officer's path); those two turn
 * the CaseQuery into the repository's SQL condition (caseListQuery.ts).
 */
export class SqliteCaseStore implements CaseStore {
  constructor(readonly repository: CaseRepository) {}

  countCases(): number {
    return this.repository.countCases();
  }
  get(id: string): Case | null {
    return this.repository.get(id);
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
}

function conditionOf(query: CaseQuery) {
  return caseListCondition(query.filter, query.today, query.extraHolidays, query.regime);
}

/** A workspace file behind the store interface; `deadlineOf` as for CaseRepository. */
export function openSqliteStore(path: string, deadlineOf: DeadlineOf | null = null, options: OpenWorkspaceOptions = {}): WorkspaceStore & { db: Db } {
  const db = openWorkspaceDb(path, undefined, options);
  return sqliteStoreOn(db, deadlineOf);
}

/** The store over a workspace already open (DeskService's own connection). */
export function sqliteStoreOn(db: Db, deadlineOf: DeadlineOf | null = null): WorkspaceStore & { db: Db } {
  return {
    engine: 'sqlite',
    db,
    cases: new SqliteCaseStore(new CaseRepository(db, deadlineOf)),
    // SettingsRepository already has the interface's shape: checked here by the compiler.
    settings: new SettingsRepository(db),
    schemaVersion: () => schemaVersion(db),
    close: () => {
      if (db.open) db.close();
    },
  };
}
