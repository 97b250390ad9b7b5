import type { Statement } from 'better-sqlite3';
import { ClockSchema, type Clock } from '../../../core/model/case';
import { InternalReviewOutcomeSchema } from '../../../core/model/internalReview';
import type { StatisticsAnswer, StatisticsCase, StatisticsReview } from '../../../core/stats/statisticsCase';
import type { Db } from '../workspaceDb';

/**
 * The one read behind the statistics: the requests received between two days, each with only what
 * core/stats counts (dates, status, clock; of each answer with words, its disposition and sections).
 * No answer document, request text or requester is read: a year of a 50,000-case workspace is a few
 * thousand narrow rows. Past-log entries and cases in the bin are left out here, in SQL.
 */
const CASES_RECEIVED = `
  SELECT c.regime, c.received, c.sent, c.status, c.clock,
    CASE WHEN c.status IN ('sent', 'closed') THEN (
      SELECT json_group_array(json_array(a.disposition, CASE WHEN json_valid(a.exemptions) THEN json(a.exemptions) ELSE json('[]') END))
      FROM answers a
      WHERE a.case_id = c.id AND a.disposition <> 'covered' AND a.plain_text <> ''
    ) ELSE '[]' END AS answers
  FROM cases c
  WHERE c.received >= ? AND c.received <= ? AND c.deleted_at IS NULL AND c.historical = 0`;

/**
 * The internal reviews asked for between two days, whenever their requests came in (a review in
 * April may be of a response sent in March). The partial index of migration 12 holds only cases with
 * a review, so this reads a handful of rows.
 */
const REVIEWS_REQUESTED = `
  SELECT c.regime, c.review_requested AS requested, c.review_outcome AS outcome, c.review_completed AS completed
  FROM cases c
  WHERE c.review_requested >= ? AND c.review_requested <= ? AND c.deleted_at IS NULL AND c.historical = 0`;

interface Row {
  regime: StatisticsCase['regime'];
  received: string;
  sent: string | null;
  status: StatisticsCase['status'];
  clock: string;
  answers: string;
}

const NO_CLOCK: Clock = ClockSchema.parse({});

interface ReviewRow {
  regime: StatisticsReview['regime'];
  requested: string;
  outcome: string | null;
  completed: string | null;
}

export class StatisticsRepository {
  private statement: Statement | null = null;
  private reviewStatement: Statement | null = null;

  constructor(private readonly db: Db) {}

  /** Requests received from `from` to `to`, both included (YYYY-MM-DD). */
  casesReceived(from: string, to: string): StatisticsCase[] {
    this.statement ??= this.db.prepare(CASES_RECEIVED);
    return (this.statement.all(from, to) as Row[]).map(toStatisticsCase);
  }

  /** Internal reviews requested from `from` to `to`, both included (YYYY-MM-DD). */
  reviewsRequested(from: string, to: string): StatisticsReview[] {
    this.reviewStatement ??= this.db.prepare(REVIEWS_REQUESTED);
    return (this.reviewStatement.all(from, to) as ReviewRow[]).map((r) => ({
      regime: r.regime,
      requested: r.requested,
      // An outcome written by another tool that the app cannot read counts as not yet decided.
      outcome: InternalReviewOutcomeSchema.nullable().catch(null).parse(r.outcome),
      completed: r.completed,
    }));
  }
}

function toStatisticsCase(r: Row): StatisticsCase {
  return { regime: r.regime, received: r.received, sent: r.sent, status: r.status, clock: clockOf(r.clock), answers: answersOf(r.answers) };
}

/**
 * A damaged clock (edited by another tool) counts as the plain 20 working days rather than stopping
 * the whole report; the case itself says it is damaged when opened.
 */
function clockOf(text: string): Clock {
  try {
    const parsed = ClockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : NO_CLOCK;
  } catch {
    return NO_CLOCK;
  }
}

function answersOf(text: string): StatisticsAnswer[] {
  const rows = JSON.parse(text) as [StatisticsAnswer['disposition'], unknown][];
  return rows.map(([disposition, exemptions]) => ({
    disposition,
    exemptions: Array.isArray(exemptions) ? exemptions.filter((e): e is string => typeof e === 'string') : [],
  }));
}
