import { isScottish } from '../../model';
import { finding, type Rule } from '../rule';
import { isPitExtensionNotice } from '../pitExtensionNotice';
import { isRefusal } from '../refusals';

// EIR reg 11: the requester "makes representations" and the authority "reconsiders"; no "internal review" needed.
const REVIEW = /internal review|reconsider(?:ation|s|ed)?\b|make (?:written )?representations|ask (?:us )?(?:for|to carry out) a review|request a review/i;
const COMMISSIONER = /Information Commissioner|\bICO\b|ico\.org\.uk/i;
// FOISA s20 "requirement for review"; EISR reg 16 representations, then a review.
const SCOTTISH_REVIEW = /\breview\b|make (?:written )?representations/i;
const SCOTTISH_COMMISSIONER = /Scottish Information Commissioner|itspublicknowledge|foi\.scot/i;

// Rests on FOIA s17(7) (EIR reg 14(5), with reg 11 and reg 18 applying s50; FOISA s19; EISR reg 13(e)).
/**
 * s17(7): a refusal must tell the requester about the internal review and the right to complain to the
 * Commissioner (FOISA s19: review, then the Scottish Information Commissioner). Checked once per letter,
 * anywhere in it, and only for sending: published logs routinely leave the closing paragraphs out.
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
    const review = (scottish ? SCOTTISH_REVIEW : REVIEW).test(view.allText);
    const commissioner = (scottish ? SCOTTISH_COMMISSIONER : COMMISSIONER).test(view.allText);
    if (review && commissioner) return [];
    const who = scottish ? 'the Scottish Information Commissioner' : 'the Information Commissioner';
    const lacking = [review ? '' : scottish ? 'how to ask for a review' : 'how to ask for an internal review', commissioner ? '' : `the right to apply to ${who}`].filter(Boolean);
    return [finding(view, this.id, 'error', `This response refuses information (at question ${refusing.questionNumber ?? '?'}) but does not explain ${lacking.join(' or ')}. Insert the closing clauses for ${scottish ? 'review and the Scottish Information Commissioner' : 'internal review and the ICO'}.`)];
  },
};
