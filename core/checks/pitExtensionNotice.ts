import type { AnswerView } from './caseView';

/**
 * The public interest extension holding letter (clause `foia-pit-extension` and its variants, or the same
 * notice typed by hand): "section 10(3)" with "public interest" and more time. It is a refusal notice
 * under s17(1) given in accordance with s17(2), so s17(1)(b)-(c), s17(2)(b) and s17(7) apply to it.
 */
const NOTICE_WORDS = /section\s+10\s?\(3\)|\bs\.?\s?10\s?\(3\)/i;
const MORE_TIME = /extension|extend|more time|further time|additional time/i;

export function isPitExtensionNotice(view: AnswerView): boolean {
  if (view.clauses.some((c) => c.clauseId.startsWith('foia-pit-extension'))) return true;
  return NOTICE_WORDS.test(view.text) && /public interest/i.test(view.text) && MORE_TIME.test(view.text);
}
