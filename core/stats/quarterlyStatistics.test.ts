import { describe, expect, it } from 'vitest';
import type { Clock, Disposition } from '../model/case';
import type { Regime } from '../model/regime';
import { parsePeriod, periodRange, type StatisticsPeriod } from './period';
import { quarterlyStatistics } from './quarterlyStatistics';
import { provisionCounted, requestOutcome } from './requestOutcome';
import type { StatisticsCase, StatisticsReview } from './statisticsCase';
import type { StatisticsReport } from './statsContract';
import { statisticsCsv } from './statisticsCsv';

const CLOCK: Clock = { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false };
const a = (disposition: Disposition, ...exemptions: string[]) => ({ disposition, exemptions });
const sentCase = (regime: Regime, received: string, sent: string, answers: StatisticsCase['answers'], clock: Partial<Clock> = {}): StatisticsCase => ({
  regime,
  received,
  sent,
  status: 'sent',
  clock: { ...CLOCK, ...clock },
  answers,
});

// Working days counted by hand from the 2024 calendar (day 0 = the day of receipt; the early May and
// spring bank holidays, 6 and 27 May, are not working days):
//   received Tue 2 April  -> day 20 is Tue 30 April; 20 more (40) is Thu 30 May
//   received Wed 15 May   -> day 12 is Mon 3 June
const CASES: StatisticsCase[] = [
  /* 1 */ sentCase('foia', '2024-04-02', '2024-04-30', [a('answered')]),
  /* 2 */ sentCase('foia', '2024-04-02', '2024-05-01', [a('answered'), a('exempt', 's40(2)')]),
  /* 3 */ sentCase('foia', '2024-04-02', '2024-05-20', [a('exempt', 's40(2)'), a('exempt', 's40(2)'), a('exempt', 's43(2)')], { publicInterestExtensionDays: 20 }),
  /* 4 */ sentCase('eir', '2024-04-02', '2024-05-31', [a('exempt', 'reg 12(5)(e)')], { complexExtension: true }),
  /* 5 */ sentCase('foia', '2024-05-15', '2024-06-03', [a('not-held'), a('redirected')]),
  /* 6 */ sentCase('foia', '2024-05-15', '2024-06-03', [a('exempt', 's31(3)')]),
  /* 7 */ sentCase('foia', '2024-06-03', '2024-06-10', [a('exempt', 's12(1)')]),
  /* 8 */ sentCase('foisa', '2024-06-03', '2024-06-10', [a('exempt', 's14(1)')]),
  /* 9 */ { ...sentCase('foia', '2024-06-20', '2024-06-21', [a('exempt', 's40(2)')]), status: 'drafting', sent: null },
  /* 10 */ { ...sentCase('foia', '2024-06-20', '2024-06-21', []), status: 'closed', sent: null },
  /* 11 */ { ...sentCase('foia', '2024-04-10', '2024-04-11', [a('answered')]), historical: true },
  /* 12 */ sentCase('foia', '2024-03-29', '2024-04-05', [a('answered')]),
  /* 13 */ sentCase('foia', '2024-04-02', '2024-04-30', [a('answered'), a('not-held')]),
  /* 14 */ sentCase('eir', '2024-05-15', '2024-06-03', [a('exempt', 'reg 12(4)(a)')]),
];

// Internal reviews, counted by the day they were asked for (the figures are taken on 15 July 2024):
const review = (regime: Regime, requested: string, outcome: StatisticsReview['outcome'], completed: string | null): StatisticsReview => ({ regime, requested, outcome, completed });
const REVIEWS: StatisticsReview[] = [
  /* R1 */ review('foia', '2024-04-10', 'upheld', '2024-05-02'),
  /* R2 */ review('foia', '2024-05-20', 'partly-upheld', '2024-06-14'),
  /* R3 */ review('eir', '2024-06-28', 'overturned', '2024-07-20'), // decided after 15 July: undecided then
  /* R4 */ review('foia', '2024-06-03', 'withdrawn', null),
  /* R5 */ review('foia', '2024-06-30', null, null), // the quarter's last day, not yet decided
  /* R6 */ review('foia', '2024-03-29', 'upheld', '2024-04-20'), // Q1
  /* R7 */ review('foisa', '2024-07-01', 'upheld', '2024-07-10'), // Q3
  /* R8 */ review('foia', '2024-07-16', 'upheld', '2024-07-17'), // asked for after 15 July: not counted
];

const report = (period: string, cases = CASES, reviews = REVIEWS, asOf = '2024-07-15'): StatisticsReport =>
  quarterlyStatistics(cases, { period: parsePeriod(period) as StatisticsPeriod, extraHolidays: [], asOf }, reviews);

/** A table as { label: values } for comparing with the figures worked out by hand. */
function figures(r: StatisticsReport, id: string): Record<string, (number | null)[]> {
  const table = r.tables.find((t) => t.id === id)!;
  return Object.fromEntries(table.rows.map((row) => [row.id, row.values]));
}

describe('the quarterly statistics, worked out by hand', () => {
  const q2 = report('2024-Q2');

  it('counts the requests received in the quarter, past-log entries and other quarters aside', () => {
    expect(q2.columns).toEqual(['April to June 2024']);
    expect(q2.title).toBe('Freedom of information statistics: April to June 2024');
    expect([q2.from, q2.to]).toEqual(['2024-04-01', '2024-06-30']);
    expect(figures(q2, 'received')).toEqual({ received: [12], answered: [10], open: [1], 'closed-unanswered': [1] });
  });

  it('answers within 20 working days, within a permitted extension, or late', () => {
    // 3: FOIA public interest extension, sent on day 33; 4: EIR complex, sent the day after day 40.
    expect(figures(q2, 'timeliness')).toEqual({
      'within-limit': [7],
      'within-extension': [1],
      'in-time': [8],
      late: [2],
      'in-time-percent': [80],
    });
  });

  it('gives each answered request one outcome', () => {
    expect(figures(q2, 'outcomes')).toEqual({
      'granted-in-full': [2],
      'granted-in-part': [1],
      'withheld-in-full': [2],
      'not-held': [2],
      ncnd: [1],
      'vexatious-or-repeated': [1],
      'cost-limit': [1],
    });
  });

  it('counts each exemption once per request, most cited first, with its title', () => {
    const table = q2.tables.find((t) => t.id === 'exemptions')!;
    expect(table.rows.map((r) => [r.label, r.values[0]])).toEqual([
      ['FOIA s40 personal information', 2],
      ['EIR reg 12(4)(a) information not held', 1],
      ['EIR reg 12(5)(e) commercial confidentiality', 1],
      ['FOIA s31 law enforcement', 1],
      ['FOIA s43 commercial interests', 1],
    ]);
  });

  it('splits the figures by regime', () => {
    expect(figures(q2, 'by-regime')).toEqual({
      'foia-received': [9],
      'foia-in-time': [6],
      'foia-late': [1],
      'foia-open': [1],
      'eir-received': [2],
      'eir-in-time': [1],
      'eir-late': [1],
      'eir-open': [0],
      'foisa-received': [1],
      'foisa-in-time': [1],
      'foisa-late': [0],
      'foisa-open': [0],
    });
  });

  it('counts the internal reviews asked for in the quarter and what became of the original decision', () => {
    const reviews = q2.tables.find((t) => t.id === 'internal-reviews')!;
    expect(reviews.unavailable).toBeUndefined();
    expect(reviews.rows.map((r) => r.label)).toEqual([
      'Internal reviews requested',
      'Original decision upheld',
      'Original decision partly upheld',
      'Original decision overturned',
      'Review withdrawn by the requester',
      'Not yet decided',
    ]);
    // R1-R5 were asked for in April to June; R3 was decided after the figures were taken, R5 not at all.
    expect(figures(q2, 'internal-reviews')).toEqual({
      'reviews-requested': [5],
      'review-upheld': [1],
      'review-partly-upheld': [1],
      'review-overturned': [0],
      'review-withdrawn': [1],
      'reviews-undecided': [2],
    });
    // Ten days later R3 had been decided.
    expect(figures(report('2024-Q2', CASES, REVIEWS, '2024-07-25'), 'internal-reviews')).toMatchObject({ 'review-overturned': [1], 'reviews-undecided': [1] });
  });

  it('takes the figures as they stood on an earlier day: a response sent after it was still open then', () => {
    const then = report('2024-Q2', CASES, REVIEWS, '2024-06-05');
    // Received by 5 June: cases 1-8, 13, 14 (9 and 10 came on 20 June); 7 and 8 went out on 10 June.
    expect(figures(then, 'received')).toEqual({ received: [10], answered: [8], open: [2], 'closed-unanswered': [0] });
    // Asked for by 5 June: R1, R2 and R4; R2 was decided on 14 June, so undecided then.
    expect(figures(then, 'internal-reviews')).toMatchObject({ 'reviews-requested': [3], 'review-upheld': [1], 'review-partly-upheld': [0], 'review-withdrawn': [1], 'reviews-undecided': [1] });
  });

  it('lays a year out as its four quarters and the year', () => {
    const year = report('2024');
    expect(year.columns).toEqual(['January to March 2024', 'April to June 2024', 'July to September 2024', 'October to December 2024', '2024 (year)']);
    expect(figures(year, 'received')['received']).toEqual([1, 12, 0, 0, 13]);
    expect(figures(year, 'timeliness')['in-time-percent']).toEqual([100, 80, null, null, 81.8]);
    // R6 in January to March, R1-R5 in April to June, R7 in July to September; R8 after the day taken.
    expect(figures(year, 'internal-reviews')).toEqual({
      'reviews-requested': [1, 5, 1, 0, 7],
      'review-upheld': [1, 1, 1, 0, 3],
      'review-partly-upheld': [0, 1, 0, 0, 1],
      'review-overturned': [0, 0, 0, 0, 0],
      'review-withdrawn': [0, 1, 0, 0, 1],
      'reviews-undecided': [0, 2, 0, 0, 2],
    });
  });
});

describe('outcomes', () => {
  const outcome = (regime: Regime, ...answers: StatisticsCase['answers']) => requestOutcome({ regime, answers });

  it('an answer covered by another does not count; no answers at all says so', () => {
    expect(outcome('foia', a('covered'))).toBe('no-answers');
    expect(outcome('foia', a('answered'), a('covered'))).toBe('granted-in-full');
  });

  it('partly answered is granted in part even alone', () => {
    expect(outcome('foia', a('partly-answered', 's40(2)'))).toBe('granted-in-part');
  });

  it('an exemption that confirms the information is held goes before NCND; s14 before s12', () => {
    expect(outcome('foia', a('exempt', 's31(3)'), a('exempt', 's40(2)'))).toBe('withheld-in-full');
    expect(outcome('foia', a('exempt', 's12'), a('exempt', 's14(1)'))).toBe('vexatious-or-repeated');
    expect(outcome('foisa', a('exempt', 's18'))).toBe('ncnd');
    expect(outcome('foisa', a('exempt', 's17'))).toBe('not-held');
  });

  it('an exempt answer with no section recorded is still withheld', () => {
    expect(outcome('foia', a('exempt'))).toBe('withheld-in-full');
  });
});

describe('exemptions counted', () => {
  it('cost, vexatious and FOISA not held are outcomes, not exemptions', () => {
    expect(provisionCounted('foia', 's12(1)')).toBeNull();
    expect(provisionCounted('foisa', 's14(2)')).toBeNull();
    expect(provisionCounted('foisa', 's17')).toBeNull();
  });

  it('names each regime in its own numbering', () => {
    expect(provisionCounted('foisa', 's38(1)(b)')?.label).toBe('FOISA s38 personal information');
    expect(provisionCounted('foia', 's40(2)')?.label).toBe('FOIA s40 personal information');
    expect(provisionCounted('eir', 'reg 13(1)')?.label).toBe('EIR reg 13 personal data');
    expect(provisionCounted('eir', '12(4)(b)')?.label).toBe('EIR reg 12(4)(b) manifestly unreasonable');
  });

  it('keeps a section it cannot read as written, so a slip shows', () => {
    expect(provisionCounted('foia', 'personal data')?.label).toBe('FOIA personal data');
  });
});

describe('periods', () => {
  it('reads quarters and years, and nothing else', () => {
    expect(periodRange(parsePeriod('2024-Q1')!)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange(parsePeriod('2024-q4')!)).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(periodRange(parsePeriod('2024')!)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(parsePeriod('2024-Q5')).toBeNull();
    expect(parsePeriod('2024-06')).toBeNull();
  });
});

describe('CSV', () => {
  it('one line per figure, a column per period', () => {
    const csv = statisticsCsv(report('2024-Q2'));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('Table,Measure,April to June 2024');
    expect(lines).toContain('Requests received,Requests received,12');
    expect(lines).toContain('Timeliness of responses,"Answered in time, as a percentage of those answered",80.0');
    expect(lines).toContain('Exemptions and exceptions cited,FOIA s40 personal information,2');
    expect(lines.filter((l) => l.startsWith('Internal reviews,'))).toEqual([
      'Internal reviews,Internal reviews requested,5',
      'Internal reviews,Original decision upheld,1',
      'Internal reviews,Original decision partly upheld,1',
      'Internal reviews,Original decision overturned,0',
      'Internal reviews,Review withdrawn by the requester,1',
      'Internal reviews,Not yet decided,2',
    ]);
  });

  it('defuses text a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    const r = report('2024-Q2', [sentCase('foia', '2024-04-02', '2024-04-30', [a('exempt', '=HYPERLINK("x")')])]);
    const csv = statisticsCsv({ ...r, tables: [{ id: 't', title: '=1+1', description: '', rows: [{ id: 'r', label: '@SUM(A1)', kind: 'count', values: [-3] }] }] });
    expect(csv.split('\r\n')[1]).toBe("'=1+1,'@SUM(A1),-3");
    // A section that cannot be read is counted as written, after the regime's name.
    expect(statisticsCsv(r)).toContain('Exemptions and exceptions cited,"FOIA =HYPERLINK(""x"")",1');
  });
});
