import type { SplitQuestion } from '../intake';

/** One answer found in a published response, with the question numbers it covers ("1.g", "2.a"). */
export interface ImportedAnswer {
  covers: string[];
  text: string;
}

/** One entry of a published disclosure log, as read back. */
export interface ImportedEntry {
  /** The reference printed with the entry; null when the log printed none. */
  ref: string | null;
  /** The reference the case will carry: `ref`, or a generated one ("LOG-2024-06-03") the officer can change. */
  reference: string;
  title: string;
  /** The request as published (a summary or the questions). */
  requestText: string;
  /** The response as published. */
  responseText: string;
  /** The request as a summary, when the log printed one rather than the questions (the questions then come from the response). */
  summary: string;
  questions: SplitQuestion[];
  answers: ImportedAnswer[];
}

export interface LogImportReport {
  entriesFound: number;
  /** The topics the contents list names. */
  topics: string[];
  /** Topics named in the contents with no entry in the text (a file cut short, a page missing). */
  missingTopics: string[];
  /** Entries printed without a reference, with the one generated for them. */
  withoutReference: { title: string; reference: string }[];
  /** What could not be read, in words for the officer; empty when the whole file was understood. */
  unreadable: string[];
  /** The month the log is for (YYYY-MM), given or found in its title; null when neither. */
  month: string | null;
}

export interface ParsedLog {
  entries: ImportedEntry[];
  report: LogImportReport;
}
