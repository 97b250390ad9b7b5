import type { Regime } from '../model';
import type { AnswerView } from './caseView';
import type { Provision } from './provisions';

/**
 * Personal data withheld on the second or third condition is weighed in the public interest; only the
 * first condition (disclosure would contravene the data protection principles) is absolute.
 *   FOIA s40(2): first s40(3A), second s40(3B) (an art 21 objection), third s40(4A) (exempt from subject
 *     access); s2(3)(fa) makes only the first absolute.
 *   FOISA s38(1)(b): first s38(2A), second s38(2B), third s38(3A); s2(2)(e)(ii).
 *   EIR reg 13(1)(b): first 13(2A), second 13(2B), third 13(3A).
 *   EISR reg 11(2)(b): the second or third condition "and, in all the circumstances, the public interest…".
 * A letter may cite the condition's subsection (the provisions table knows those) or only name it in words.
 */
const PERSONAL_DATA_KEY: Record<Regime, string> = { foia: '40', foisa: '38', eir: '13', eisr: '11' };
const OTHER_CONDITION = /\b(?:second|third)\s+condition\b|\bArticle\s+21\b|\bright\s+to\s+object\b|exempt\s+from\s+(?:the\s+)?(?:right\s+of\s+)?subject\s+access/i;

export function reliesOnOtherCondition(regime: Regime, provision: Provision, view: AnswerView): boolean {
  return provision.key === PERSONAL_DATA_KEY[regime] && OTHER_CONDITION.test(view.text);
}
