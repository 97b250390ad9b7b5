import { ClockSchema, type Clock } from '../../../core/model/case';
import { InternalReviewOutcomeSchema } from '../../../core/model/internalReview';
import type { StatisticsAnswer, StatisticsCase, StatisticsReview } from '../../../core/stats/statisticsCase';
import type { StatisticsStore } from '../store/areaStores';
import type { PgSession } from './pgSession';

/**
 * The rows the statistics count, on the team workspace, as the SQLite StatisticsRepository reads
 * them (../stats/statisticsRepository.ts, the reference): the requests received between two days
 * with only their dates, status, clock and each answer's outcome and sections; and the internal
 * reviews asked for between two days. Past-log entries and cases in the bin are left out in SQL.
 * Rows come oldest received first (SQLite gives them in its table's order; the counting ignores it).
 */
const CASES_RECEIVED = `
  SELECT c.regime, c.received, c.sent, c.status, c.clock,
    CASE WHEN c.status IN ('sent', 'closed') THEN coalesce((
      SELECT jsonb_agg(jsonb_build_array(a.disposition, CASE WHEN jsonb_typeof(a.exemptions) = 'array' THEN a.exemptions ELSE '[]'::jsonb END) ORDER BY a.position)
      FROM answers a
      WHERE a.case_id = c.id AND a.disposition <> 'covered' AND a.plain_text <> ''
    ), '[]'::jsonb) ELSE '[]'::jsonb END AS answers
  FROM cases c
  WHERE c.received >= ?::date AND c.received <= ?::date AND c.deleted_at IS NULL AND NOT c.historical
  ORDER BY c.received, c.ref`;

const REVIEWS_REQUESTED = `
  SELECT c.regime, c.review_requested AS requested, c.review_outcome AS outcome, c.review_completed AS completed
  FROM cases c
  WHERE c.review_requested >= ?::date AND c.review_requested <= ?::date AND c.deleted_at IS NULL AND NOT c.historical
  ORDER BY c.review_requested, c.ref`;

interface Row {
  regime: StatisticsCase['regime'];
  received: string;
  sent: string | null;
  status: StatisticsCase['status'];
  clock: unknown;
  answers: [StatisticsAnswer['disposition'], unknown][];
}

const NO_CLOCK: Clock = ClockSchema.parse({});

function clockOf(stored: unknown): Clock {
  const parsed = ClockSchema.safeParse(stored);
  return parsed.success ? parsed.data : NO_CLOCK;
}

export class PgStatisticsStore implements StatisticsStore {
  constructor(private readonly db: PgSession) {}

  /** Requests received from `from` to `to`, both included (YYYY-MM-DD). */
  async casesReceived(from: string, to: string): Promise<StatisticsCase[]> {
    return (await this.db.rows<Row>(CASES_RECEIVED, [from, to])).map((r) => ({
      regime: r.regime,
      received: r.received,
      sent: r.sent,
      status: r.status,
      // A damaged clock counts as the plain 20 working days, as on SQLite.
      clock: clockOf(r.clock),
      answers: r.answers.map(([disposition, exemptions]) => ({
        disposition,
        exemptions: Array.isArray(exemptions) ? exemptions.filter((e): e is string => typeof e === 'string') : [],
      })),
    }));
  }

  /** Internal reviews requested from `from` to `to`, both included (YYYY-MM-DD). */
  async reviewsRequested(from: string, to: string): Promise<StatisticsReview[]> {
    const rows = await this.db.rows<{ regime: StatisticsReview['regime']; requested: string; outcome: string | null; completed: string | null }>(REVIEWS_REQUESTED, [from, to]);
    return rows.map((r) => ({
      regime: r.regime,
      requested: r.requested,
      // An outcome the app cannot read counts as not yet decided.
      outcome: InternalReviewOutcomeSchema.nullable().catch(null).parse(r.outcome),
      completed: r.completed,
    }));
  }
}
