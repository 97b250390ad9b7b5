import type { TimeLimitSettings } from '../deadlines/caseDeadline';
import { INTERNAL_REVIEW_OUTCOME_LABELS, INTERNAL_REVIEW_OUTCOMES } from '../model/internalReview';
import { REGIMES, REGIME_LABELS, type Regime } from '../model/regime';
import { periodKey, periodLabel, periodRange, quarterKeyOf, quartersOf, type StatisticsPeriod } from './period';
import { provisionsCited, REQUEST_OUTCOME_LABELS, REQUEST_OUTCOMES, requestOutcome, type CitedProvision, type RequestOutcome } from './requestOutcome';
import type { StatisticsCase, StatisticsReview } from './statisticsCase';
import type { StatisticsReport, StatisticsRow, StatisticsTable } from './statsContract';
import { timelinessOf, type Timeliness } from './timeliness';

/**
 * The statistics the s45 Code of Practice (section 8) expects a body to publish, laid out as central
 * government's quarterly FOI tables: requests received, timeliness, initial outcomes, exemptions and
 * exceptions cited, internal reviews, by regime. Every figure counts the requests RECEIVED in the period,
 * as they stand on `asOf`: a request still open then is "not yet answered".
 */
export interface StatisticsOptions {
  period: StatisticsPeriod;
  /** Workspace one-off bank holidays, as for every due date. */
  extraHolidays: readonly string[];
  /** The organisation's time-limit rules (a school's 20 school days). */
  settings?: TimeLimitSettings;
  asOf: string;
}

/** One request, classified once. */
interface Counted {
  quarter: string;
  regime: Regime;
  timeliness: Timeliness;
  outcome: RequestOutcome | null;
  provisions: CitedProvision[];
}

function classify(c: StatisticsCase, options: StatisticsOptions): Counted {
  // Figures taken as at an earlier day (published a month after the quarter): a response sent after
  // it was not yet sent then.
  const asThen: StatisticsCase = c.sent !== null && c.sent > options.asOf ? { ...c, sent: null, status: 'drafting' } : c;
  const timeliness = timelinessOf(asThen, options.extraHolidays, options.settings);
  const answered = timeliness === 'within-limit' || timeliness === 'within-extension' || timeliness === 'late';
  return {
    quarter: quarterKeyOf(c.received),
    regime: c.regime,
    timeliness,
    // Only a response sent has an outcome; what an open case cites is still a draft.
    outcome: answered ? requestOutcome(c) : null,
    provisions: answered ? provisionsCited(c) : [],
  };
}

const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * The report for a quarter (one column) or a year (its four quarters, then the year). `reviews` are the
 * internal reviews asked for in the period (the store reads them by the day asked for, not received).
 */
export function quarterlyStatistics(cases: readonly StatisticsCase[], options: StatisticsOptions, reviews: readonly StatisticsReview[]): StatisticsReport {
  const { period } = options;
  const { from, to } = periodRange(period);
  const quarters = quartersOf(period);
  const columnKeys = quarters.map(periodKey);
  const counted = cases.filter((c) => !c.historical && c.received >= from && c.received <= to && c.received <= options.asOf).map((c) => classify(c, options));
  // The groups each column counts: a quarter's requests, and for a year the whole year as well.
  const groups = columnKeys.map((key) => counted.filter((c) => c.quarter === key));
  if (period.kind === 'year') groups.push(counted);
  const columns = [...quarters.map(periodLabel), ...(period.kind === 'year' ? [`${period.year} (year)`] : [])];

  const row = (id: string, label: string, test: (c: Counted) => boolean, kind: StatisticsRow['kind'] = 'count'): StatisticsRow => ({
    id,
    label,
    kind,
    values: groups.map((g) => g.filter(test).length),
  });
  const share = (id: string, label: string, part: (c: Counted) => boolean, whole: (c: Counted) => boolean): StatisticsRow => ({
    id,
    label,
    kind: 'percent',
    values: groups.map((g) => percent(g.filter(part).length, g.filter(whole).length)),
  });
  const answered = (c: Counted) => c.outcome !== null;
  const inTime = (c: Counted) => c.timeliness === 'within-limit' || c.timeliness === 'within-extension';

  const received: StatisticsTable = {
    id: 'received',
    title: 'Requests received',
    description: 'Requests received in the period, and where they stood when the figures were taken.',
    rows: [
      row('received', 'Requests received', () => true, 'total'),
      row('answered', 'Answered', answered),
      row('open', 'Not yet answered (still open)', (c) => c.timeliness === 'open'),
      row('closed-unanswered', 'Closed without a response (withdrawn or lapsed)', (c) => c.timeliness === 'closed-unanswered'),
    ],
  };

  const timeliness: StatisticsTable = {
    id: 'timeliness',
    title: 'Timeliness of responses',
    description:
      'Requests received in the period that have been answered: in time means within the statutory time limit (20 working days, or as varied by regulations) or within a permitted extension.',
    rows: [
      row('within-limit', 'Answered within the time limit', (c) => c.timeliness === 'within-limit'),
      row('within-extension', 'Answered within a permitted extension (public interest or complex and voluminous)', (c) => c.timeliness === 'within-extension'),
      row('in-time', 'Answered in time', inTime, 'total'),
      row('late', 'Answered late', (c) => c.timeliness === 'late'),
      share('in-time-percent', 'Answered in time, as a percentage of those answered', inTime, answered),
    ],
  };

  const outcomes: StatisticsTable = {
    id: 'outcomes',
    title: 'Initial outcomes',
    description: 'The outcome of each request answered, once per request whatever the number of questions.',
    rows: REQUEST_OUTCOMES.map((o) => row(o, REQUEST_OUTCOME_LABELS[o], (c) => c.outcome === o)).filter((r) => r.id !== 'no-answers' || r.values.some((v) => v !== 0)),
  };

  // Every provision cited in any column, the most used first (then by name, so the order is stable).
  const provisions = new Map<string, CitedProvision>();
  for (const c of counted) for (const p of c.provisions) if (!provisions.has(p.key)) provisions.set(p.key, p);
  const provisionRows = [...provisions.values()]
    .map((p) => row(p.key, p.label, (c) => c.provisions.some((q) => q.key === p.key)))
    .sort((a, b) => (b.values[b.values.length - 1] ?? 0) - (a.values[a.values.length - 1] ?? 0) || a.id.localeCompare(b.id, 'en-GB', { numeric: true }));
  const exemptions: StatisticsTable = {
    id: 'exemptions',
    title: 'Exemptions and exceptions cited',
    description:
      'The number of answered requests citing each exemption (FOIA, FOISA) or exception (EIR, EISR). A request citing one in several answers counts once; a request citing several counts under each.',
    rows: provisionRows,
  };

  // Reviews asked for in the period as they stood on `asOf`: one asked for later is not counted, and
  // one decided later was still undecided then.
  const asked = reviews.filter((r) => r.requested >= from && r.requested <= to && r.requested <= options.asOf);
  const reviewGroups = columnKeys.map((key) => asked.filter((r) => quarterKeyOf(r.requested) === key));
  if (period.kind === 'year') reviewGroups.push(asked);
  const decided = (r: StatisticsReview) => (r.outcome !== null && (r.completed === null || r.completed <= options.asOf) ? r.outcome : null);
  const reviewRow = (id: string, label: string, test: (r: StatisticsReview) => boolean, kind: StatisticsRow['kind'] = 'count'): StatisticsRow => ({
    id,
    label,
    kind,
    values: reviewGroups.map((g) => g.filter(test).length),
  });
  const internalReviews: StatisticsTable = {
    id: 'internal-reviews',
    title: 'Internal reviews',
    description:
      'Internal reviews requested in the period, whenever the request they concern was received, and what became of the original decision, as they stood when the figures were taken.',
    rows: [
      reviewRow('reviews-requested', 'Internal reviews requested', () => true, 'total'),
      ...INTERNAL_REVIEW_OUTCOMES.map((o) => reviewRow(`review-${o}`, INTERNAL_REVIEW_OUTCOME_LABELS[o], (r) => decided(r) === o)),
      reviewRow('reviews-undecided', 'Not yet decided', (r) => decided(r) === null),
    ],
  };

  const regimes = REGIMES.filter((r) => counted.some((c) => c.regime === r));
  const byRegime: StatisticsTable = {
    id: 'by-regime',
    title: 'By regime',
    description: 'Requests received in the period under each access regime, and how they were answered.',
    rows: regimes.flatMap((r) => {
      const name = REGIME_LABELS[r];
      const is = (c: Counted) => c.regime === r;
      return [
        row(`${r}-received`, `${name}: requests received`, is, 'total'),
        row(`${r}-in-time`, `${name}: answered in time`, (c) => is(c) && inTime(c)),
        row(`${r}-late`, `${name}: answered late`, (c) => is(c) && c.timeliness === 'late'),
        row(`${r}-open`, `${name}: not yet answered`, (c) => is(c) && c.timeliness === 'open'),
      ];
    }),
  };

  return {
    period: periodKey(period),
    periodLabel: periodLabel(period),
    title: `Freedom of information statistics: ${periodLabel(period)}`,
    from,
    to,
    asOf: options.asOf,
    columns,
    tables: [received, timeliness, outcomes, exemptions, internalReviews, byRegime],
    notes: [
      'Every figure counts the requests received in the period (a request belongs to the quarter in which it was received), as they stood on the day the figures were taken, except internal reviews, which count the reviews requested in the period. Entries imported from past published logs are not counted.',
      'In time: within the statutory time limit of 20 working days (or the limit as varied by regulations for schools and other cases), counting from the day after receipt, with the clock stopped while waiting for clarification or a fee; or within a permitted extension (FOIA public interest, EIR and EISR complex and voluminous).',
      'Outcomes follow the central government definitions: where part of the information is not held, the outcome is that of the information held. A redirect to another body counts as not held.',
      'Requests under the Environmental Information Regulations refused as manifestly unreasonable (regulation 12(4)(b)) count as withheld under that exception, not as cost or vexatious refusals, which are sections 12 and 14 of the Acts.',
    ],
  };
}
