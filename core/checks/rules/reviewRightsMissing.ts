import { isScottish, letterPartsOf } from '../../model';
import { closingParagraphs } from '../../documents/closingParagraphs';
import { hasClosingClause } from '../../documents/expandClauses';
import { richToPlainText } from '../../editor/plainText';
import { finding, type Rule } from '../rule';
import { isPitExtensionNotice } from '../pitExtensionNotice';
import { isRefusal } from '../refusals';
import type { CaseView } from '../caseView';
import type { CheckContext } from '../context';

// EIR reg 11: the requester "makes representations" and the authority "reconsiders"; no "internal review" needed.
const REVIEW = /internal review|reconsider(?:ation|s|ed)?\b|make (?:written )?representations|ask (?:us )?(?:for|to carry out) a review|request a review/i;
const COMMISSIONER = /Information Commissioner|\bICO\b|ico\.org\.uk/i;
// FOISA s20 "requirement for review"; EISR reg 16 representations, then a review.
const SCOTTISH_REVIEW = /\breview\b|make (?:written )?representations/i;
const SCOTTISH_COMMISSIONER = /Scottish Information Commissioner|itspublicknowledge|foi\.scot/i;

/**
 * The text of the letter's closing section. A part left on its default (null) prints the regime's
 * default clauses: the service resolves them from the library before checking (withResolvedClosing);
 * where the library is not at hand (the window's live checks) the built-in wording stands in, as the
 * letter itself falls back to it. A case whose answer carries a closing clause gets no default.
 */
function closingText(view: CaseView, ctx: CheckContext): string {
  const stored = letterPartsOf(view.c).closing;
  if (stored) return richToPlainText(stored);
  if (view.c.answers.some((a) => hasClosingClause(a.doc))) return '';
  return richToPlainText({ type: 'doc', content: closingParagraphs(view.c.regime, ctx.organisation, view.c.ref) });
}

// Rests on FOIA s17(7) (EIR reg 14(5), with reg 11 and reg 18 applying s50; FOISA s19; EISR reg 13(e)).
/**
 * s17(7): a refusal must tell the requester about the internal review and the right to complain to the
 * Commissioner (FOISA s19: review, then the Scottish Information Commissioner). Checked once per letter,
 * in its closing section and its answers, and only for sending: the published log leaves the closing
 * section out. The fix fills the closing section with the regime's default clauses.
 */
export const reviewRightsMissing: Rule = {
  id: 'review-rights-missing',
  summary: 'A refusal does not explain the rights of review and complaint',
  check(view, ctx) {
    if (ctx.purpose !== 'send') return [];
    // A public interest extension letter is checked, rights included, by pit-extension-notice.
    const refusing = view.answers.find((a) => isRefusal(a, view.c.regime) && !isPitExtensionNotice(a));
    if (!refusing) return [];
    const scottish = isScottish(view.c.regime);
    const letterText = `${closingText(view, ctx)}\n${view.allText}`;
    const review = (scottish ? SCOTTISH_REVIEW : REVIEW).test(letterText);
    const commissioner = (scottish ? SCOTTISH_COMMISSIONER : COMMISSIONER).test(letterText);
    if (review && commissioner) return [];
    const who = scottish ? 'the Scottish Information Commissioner' : 'the Information Commissioner';
    const lacking = [review ? '' : scottish ? 'how to ask for a review' : 'how to ask for an internal review', commissioner ? '' : `the right to apply to ${who}`].filter(Boolean);
    const where = refusing.questionNumber ? ` (question ${refusing.questionNumber})` : '';
    return [
      finding(view, this.id, 'error', `This response refuses information${where} but its closing section does not explain ${lacking.join(' or ')}. Add the closing paragraphs for ${scottish ? 'a review and the Scottish Information Commissioner' : 'an internal review and the ICO'}.`, {
        fix: { kind: 'add-closing-paragraphs', label: 'Add the closing paragraphs' },
      }),
    ];
  },
};
