import type { AnswerView, CaseView } from './caseView';
import type { CheckContext } from './context';
import type { CasePlace, Finding, FindingFix, Severity } from './finding';

/** One check. Its id is stable: overrides and the corpus refer to it. */
export interface Rule {
  id: string;
  /** One line for the settings screen and the CLI's help. */
  summary: string;
  check(view: CaseView, ctx: CheckContext): Finding[];
}

export interface At {
  answer?: AnswerView;
  /** Offsets in the answer's plain text of the offending passage. */
  from?: number;
  to?: number;
  /** Offer to replace the passage with "[redacted]". */
  redact?: boolean;
  questionNumber?: string;
  /** For text outside the answers (title, summary, attachment names): the offending words. */
  excerpt?: string;
  /** The one-click fix, where it is known. */
  fix?: FindingFix;
  /** For a finding about the case itself: the field on the case screen that puts it right. */
  place?: CasePlace;
}

export const REDACTED = '[redacted]';

export function finding(view: CaseView, ruleId: string, severity: Severity, message: string, at: At = {}): Finding {
  const f: Finding = { ruleId, severity, caseRef: view.c.ref, message };
  const questionNumber = at.questionNumber ?? at.answer?.questionNumber;
  if (questionNumber !== undefined) f.questionNumber = questionNumber;
  if (at.answer) f.answerId = at.answer.answer.id;
  if (at.answer && at.from !== undefined && at.to !== undefined && at.from >= 0 && at.to > at.from) {
    const excerpt = at.answer.text.slice(at.from, at.to);
    f.excerpt = excerpt;
    f.range = { answerId: at.answer.answer.id, from: at.from, to: at.to };
    if (at.redact) f.redaction = { find: excerpt, replaceWith: REDACTED };
  } else if (at.excerpt) {
    f.excerpt = at.excerpt;
    if (at.redact) f.redaction = { find: at.excerpt, replaceWith: REDACTED };
  }
  if (at.fix) f.fix = at.fix;
  if (at.place) f.place = at.place;
  return f;
}
