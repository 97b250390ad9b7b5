import type { AnswerHistory } from '../answerHistory';
import type { SentCopies } from '../sentCopies';
import type { LogOrderRepository } from '../logOrderRepository';
import type { BundleExtras } from '../bundleExtras';
import type { TeamRepository } from '../team/teamRepository';
import type { ReuseQueries } from '../reuse/reuseQueries';
import type { StatisticsRepository } from '../stats/statisticsRepository';
import type { LocalClauseStore } from '../clauses/localClauseStore';
import type { Awaitable } from './caseStore';

/**
 * The workspace's other stores, beside cases and settings (./caseStore.ts), each named by what it
 * keeps. The SQLite classes are the reference: each interface is the class's public methods as the
 * service calls them, answering with a value (SQLite, at once) or a promise (PostgreSQL, over the
 * network). Deriving the shape from the class keeps the two engines from drifting apart: a change to
 * a SQLite method's parameters is a compile error in the PostgreSQL store until it follows.
 */
export type AsyncOf<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Awaitable<Awaited<R>> : T[K];
};

/** Answers' versions, owners and their record, sign-off and reviewers' comments (migration 11). */
export type TeamStore = AsyncOf<Pick<TeamRepository, 'answerVersion' | 'answerVersions' | 'lockCase' | 'assign' | 'assignments' | 'approve' | 'withdrawApproval' | 'setComment'>>;

/** Each answer's earlier versions (migration 6). */
export type HistoryStore = AsyncOf<Pick<AnswerHistory, 'recordEdit' | 'recordCase' | 'keepCurrent' | 'recordRestore' | 'list' | 'get'>>;

/** What went out when a case was sent, and the reasons given for changing it after (migration 6). */
export type SentCopyStore = AsyncOf<Pick<SentCopies, 'keepExport' | 'takeOnSending' | 'unexplained' | 'recordEdit' | 'record' | 'copy'>>;

/** The order of each month's published log (migration 7). */
export type LogOrderStore = AsyncOf<Pick<LogOrderRepository, 'refs' | 'save'>>;

/** What a bundle carries beside each case: history, sent copies, team data, the bin, log orders. */
export type ExtrasStore = AsyncOf<Pick<BundleExtras, 'read' | 'logOrders' | 'caseIdTaken' | 'withFreeIds' | 'write' | 'writeLogOrders'>>;

/** Earlier answers and search across every case (migration 8). */
export type ReuseStore = AsyncOf<Pick<ReuseQueries, 'answeredBefore' | 'searchAll' | 'roundRobinFor'>>;

/** The rows the statistics count (core/stats). */
export type StatisticsStore = AsyncOf<Pick<StatisticsRepository, 'casesReceived' | 'reviewsRequested'>>;

/** The workspace's own clauses and their versions, beside the shipped library. */
export type ClauseRowStore = AsyncOf<Pick<LocalClauseStore, 'latest' | 'latestOf' | 'version' | 'insert' | 'setRetired'>>;
