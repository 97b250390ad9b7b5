import type { Disposition, RichNode } from '../model';

/**
 * What the log and the letter print, already decided: which questions, in which order, under which
 * headings, with which answer. The HTML and DOCX writers only lay this out, so the preview, the PDF
 * and the DOCX cannot disagree about content.
 */

/** One question as printed: `label` is what the reader sees before it ("a.", "1g."). */
export interface PrintedQuestion {
  number: string;
  label: string;
  text: string;
  /** A section heading ("2. CRM") that groups the lettered questions under it. */
  heading: boolean;
  /** 0 for top-level numbers, 1 for their letters, and so on: drives indentation. */
  depth: number;
}

export type ResponseBlock =
  /** A section heading met before any of its questions' answers. */
  | { kind: 'section'; question: PrintedQuestion }
  /**
   * An answer with the questions it answers. `coversLabel` is set when it answers several
   * ("1g, 2a–c, 3a–b") so it is printed once, under all of them. `answer` is null when a question
   * has no answer yet (the checks stop that before sending; the preview still shows the gap).
   */
  | { kind: 'answer'; questions: PrintedQuestion[]; coversLabel: string | null; answer: RichNode | null; disposition: Disposition | null };

export type RequestPart = { kind: 'summary'; text: string } | { kind: 'questions'; questions: PrintedQuestion[] };

export interface LogEntry {
  /** Bookmark and HTML id: letters, digits and underscores only, so Word accepts it too. */
  anchor: string;
  ref: string;
  title: string;
  request: RequestPart;
  response: ResponseBlock[];
  attachments: string[];
}

export interface LogCandidate {
  ref: string;
  title: string;
  include: boolean;
}

export interface LogMonth {
  month: string;
  /** "May 2024". */
  monthName: string;
  /** "Disclosure log: May 2024". */
  title: string;
  organisationName: string;
  contactEmail: string;
  introduction: string;
  /** The standard note on asking for copies of attachments by reference. */
  attachmentsNote: string;
  entries: LogEntry[];
  /** Every case sent in the month and marked for publishing, in log order, with whether it is in. */
  candidates: LogCandidate[];
}

/** The id of the bookmark at the start of the document, target of every "Back to top" link. */
export const TOP_ANCHOR = 'top';
