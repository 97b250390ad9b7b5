import { z } from 'zod';
import { RegimeSchema } from '../model/regimeSchema';

// The past-log import's part of the DeskApi contract, kept beside its parser so core/api/contract.ts
// gains only the spread of it.

/** A published log is larger than a request: a year as DOCX with pictures runs to tens of megabytes. */
export const MAX_LOG_FILE_BYTES = 40 * 1024 * 1024;

const LogFileInputShape = {
  name: z.string().trim().min(1, 'name the file').max(255),
  base64: z.string().max(Math.ceil((MAX_LOG_FILE_BYTES * 1.1) / 3) * 4, `the file is over ${MAX_LOG_FILE_BYTES / (1024 * 1024)} MB: split the log into months and import them one at a time`),
  /** YYYY-MM: the month the log is for; otherwise the one its title names. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use the form YYYY-MM, for example 2024-05').optional(),
  regime: RegimeSchema.default('foia'),
};

const ImportedQuestionSchema = z.object({ number: z.string(), label: z.string(), text: z.string(), heading: z.boolean() }).strict();

export const ImportedEntrySchema = z
  .object({
    ref: z.string().nullable(),
    reference: z.string(),
    title: z.string(),
    requestText: z.string(),
    responseText: z.string(),
    summary: z.string(),
    questions: z.array(ImportedQuestionSchema),
    answers: z.array(z.object({ covers: z.array(z.string()), text: z.string() }).strict()),
    /** The workspace already has a case with this reference: the entry is not imported. */
    clash: z.boolean(),
  })
  .strict();

export const LogImportReportSchema = z
  .object({
    entriesFound: z.number().int(),
    topics: z.array(z.string()),
    missingTopics: z.array(z.string()),
    withoutReference: z.array(z.object({ title: z.string(), reference: z.string() }).strict()),
    unreadable: z.array(z.string()),
    month: z.string().nullable(),
    /** The date the entries are recorded as sent: the last day of the month, or today when no month is known. */
    sent: z.string(),
    clashes: z.array(z.string()),
  })
  .strict();

export const LogImportPreviewSchema = z.object({ entries: z.array(ImportedEntrySchema), report: LogImportReportSchema }).strict();
export type LogImportPreview = z.infer<typeof LogImportPreviewSchema>;

export const logImportContract = {
  /** Reads a past published log and shows what importing it would write: nothing is written. */
  previewLogImport: { input: z.object(LogFileInputShape).strict(), output: LogImportPreviewSchema },
  /**
   * Imports a past log's entries as historical cases, all or nothing in one transaction. Entries
   * whose reference the workspace already has are left out and reported, never overwritten;
   * `references` renames generated references (by position in the preview) as the officer chose.
   */
  importLog: {
    input: z.object({ ...LogFileInputShape, references: z.array(z.string().trim().max(60)).max(5_000).optional() }).strict(),
    output: LogImportPreviewSchema.extend({ imported: z.array(z.string()) }).strict(),
  },
} as const;
