import { z } from 'zod';
import { IsoDateSchema } from '../model/dates';
import { PERIOD_HINT, PERIOD_PATTERN } from './period';

// The statistics' part of the DeskApi contract (s45 Code of Practice, section 8), kept beside the
// core module so the shared contract.ts gains only one spread line.

export const PeriodTextSchema = z.string().trim().toUpperCase().regex(PERIOD_PATTERN, PERIOD_HINT);

/**
 * One figure's row. `count` rows are charted; a `total` row sums others above it and a `percent` row is
 * a share (one decimal place, null where nothing was answered): both are in the table, not the chart.
 */
export const StatisticsRowSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    kind: z.enum(['count', 'total', 'percent']),
    /** One value per column of the report. */
    values: z.array(z.number().nullable()),
  })
  .strict();
export type StatisticsRow = z.infer<typeof StatisticsRowSchema>;

export const StatisticsTableSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    /** What the table counts, in a sentence: printed under its title everywhere it is published. */
    description: z.string(),
    rows: z.array(StatisticsRowSchema),
    /** Set when the workspace does not record what this table would count: said instead of figures. */
    unavailable: z.string().optional(),
  })
  .strict();
export type StatisticsTable = z.infer<typeof StatisticsTableSchema>;

export const StatisticsReportSchema = z
  .object({
    /** "2024-Q2" or "2024". */
    period: z.string(),
    /** "April to June 2024". */
    periodLabel: z.string(),
    title: z.string(),
    from: IsoDateSchema,
    to: IsoDateSchema,
    /** The day the figures were taken: a request still open then counts as not yet answered. */
    asOf: IsoDateSchema,
    /** A quarter: one column. A year: its four quarters, then the year. */
    columns: z.array(z.string()),
    tables: z.array(StatisticsTableSchema),
    /** The definitions, in sentences, published with the figures. */
    notes: z.array(z.string()),
  })
  .strict();
export type StatisticsReport = z.infer<typeof StatisticsReportSchema>;

const ExportedFile = z.object({ fileName: z.string().min(1), base64: z.string() }).strict();

export const statsContract = {
  /** The figures for a quarter or a year, from the requests received in it (historical cases aside). */
  statistics: {
    input: z.object({ period: PeriodTextSchema, asOf: IsoDateSchema.optional() }).strict(),
    output: StatisticsReportSchema,
  },
  /** The same figures as a file for publication: CSV, or an accessible DOCX. */
  exportStatistics: {
    input: z.object({ period: PeriodTextSchema, format: z.enum(['csv', 'docx']), asOf: IsoDateSchema.optional() }).strict(),
    output: ExportedFile,
  },
} as const;
