import { DeskError } from '../../../core/api/errors';
import type { TimeLimitSettings } from '../../../core/deadlines/caseDeadline';
import { parsePeriod, PERIOD_HINT, periodRange } from '../../../core/stats/period';
import { quarterlyStatistics } from '../../../core/stats/quarterlyStatistics';
import { statisticsCsv, statisticsFileName } from '../../../core/stats/statisticsCsv';
import type { StatisticsReport } from '../../../core/stats/statsContract';
import type { Awaitable } from '../store/caseStore';
import type { StatisticsStore } from '../store/areaStores';

export interface StatisticsDeps {
  extraHolidays: () => Awaitable<string[]>;
  settings: () => Awaitable<TimeLimitSettings & { name: string }>;
  today: () => string;
}

/**
 * The statistics for the DeskApi (statistics, exportStatistics): one narrow read from the store
 * (./statisticsRepository), the counting in core/stats, and the files for publication.
 */
export class StatisticsService {
  constructor(
    private readonly repository: StatisticsStore,
    private readonly deps: StatisticsDeps,
  ) {}

  async report(periodText: string, asOf?: string): Promise<StatisticsReport> {
    const period = parsePeriod(periodText);
    if (!period) throw new DeskError('invalid-input', `"${periodText}" is not a period: ${PERIOD_HINT}.`);
    const { from, to } = periodRange(period);
    const org = await this.deps.settings();
    return quarterlyStatistics(
      await this.repository.casesReceived(from, to),
      { period, extraHolidays: await this.deps.extraHolidays(), settings: org, asOf: asOf ?? this.deps.today() },
      await this.repository.reviewsRequested(from, to),
    );
  }

  async export(periodText: string, format: 'csv' | 'docx', asOf?: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const report = await this.report(periodText, asOf);
    // The byte order mark tells Excel the CSV is UTF-8 (an en dash in a label stays an en dash).
    const bytes = format === 'csv' ? new TextEncoder().encode(`\uFEFF${statisticsCsv(report)}`) : await (await import('./statisticsDocx')).statisticsDocx(report, (await this.deps.settings()).name);
    return { fileName: statisticsFileName(report, format), bytes };
  }
}
