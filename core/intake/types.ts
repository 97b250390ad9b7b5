/** One question (or section heading) found in a request, in document order. */
export type SplitQuestion = {
  /** Canonical number: labels joined by dots, punctuation dropped, letters and roman numerals lower-cased ("2.a", "1.1", "3.ii"). */
  number: string;
  /** The label exactly as the requester wrote it ("2)", "(a)", "Q1:", "Question 3 -"); '' when the splitter numbered an unnumbered ask. */
  label: string;
  /** The question text on one line: PDF line breaks joined, whitespace collapsed. */
  text: string;
  /** True for a section heading or a stem that only groups the sub-questions under it (it needs no answer of its own). */
  heading: boolean;
};

/** The shape the CLI prints. */
export type SplitResult = { questions: SplitQuestion[] };
