/**
 * The periods the statistics are published for: a calendar quarter ("2024-Q2", April to June) or a
 * calendar year ("2024"), as central government's quarterly FOI tables count them. A request belongs to
 * the quarter in which it was received.
 */
export type StatisticsPeriod = { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 } | { kind: 'year'; year: number };

export const PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4]))?$/;
export const PERIOD_HINT = 'use a quarter such as 2024-Q2 (April to June 2024) or a year such as 2024';

const QUARTER_MONTHS = ['January to March', 'April to June', 'July to September', 'October to December'] as const;

/** "2024-Q2" or "2024"; null for anything else (the caller says what to type instead: PERIOD_HINT). */
export function parsePeriod(text: string): StatisticsPeriod | null {
  const m = PERIOD_PATTERN.exec(text.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2199) return null;
  return m[2] ? { kind: 'quarter', year, quarter: Number(m[2]) as 1 | 2 | 3 | 4 } : { kind: 'year', year };
}

export function periodKey(p: StatisticsPeriod): string {
  return p.kind === 'quarter' ? `${p.year}-Q${p.quarter}` : String(p.year);
}

/** "April to June 2024", or "2024" for a year. */
export function periodLabel(p: StatisticsPeriod): string {
  return p.kind === 'quarter' ? `${QUARTER_MONTHS[p.quarter - 1]} ${p.year}` : String(p.year);
}

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The first and last days of the period, both included. */
export function periodRange(p: StatisticsPeriod): { from: string; to: string } {
  if (p.kind === 'year') return { from: `${p.year}-01-01`, to: `${p.year}-12-31` };
  return { from: `${p.year}-${pad(p.quarter * 3 - 2)}-01`, to: `${p.year}-${LAST_DAY[p.quarter - 1]}` };
}

/** The quarters a period is made of: itself, or the year's four. */
export function quartersOf(p: StatisticsPeriod): StatisticsPeriod[] {
  if (p.kind === 'quarter') return [p];
  return ([1, 2, 3, 4] as const).map((quarter) => ({ kind: 'quarter', year: p.year, quarter }));
}

/** The quarter a date (YYYY-MM-DD) falls in: "2024-Q2". */
export function quarterKeyOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}
