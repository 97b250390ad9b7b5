import type { Organisation, Regime, RichNode } from '../model';

/**
 * The rights every response must end with (FOIA s17(7); FOISA s19; EIR reg 14(5); EISR reg 13(e)):
 * review by us first, then the Commissioner. Used when no closing clause from the library is in
 * the answers. Scotland has its own Commissioner and a "requirement for review".
 */
const text = (t: string): RichNode => ({ type: 'text', text: t });
const link = (t: string, href: string): RichNode => ({ type: 'text', text: t, marks: [{ type: 'link', attrs: { href } }] });
const para = (...content: RichNode[]): RichNode => ({ type: 'paragraph', content });

export const ICO_COMPLAINT_URL = 'https://ico.org.uk/make-a-complaint/';
export const SIC_APPEAL_URL = 'https://www.foi.scot/appeal';

function reviewContact(org: Pick<Organisation, 'reviewAddress' | 'contactEmail'>): string {
  return org.reviewAddress.trim().replace(/\s*\n\s*/g, ', ') || org.contactEmail.trim() || 'us at the address at the top of this letter';
}

export function closingParagraphs(regime: Regime, org: Pick<Organisation, 'reviewAddress' | 'contactEmail'>, ref: string): RichNode[] {
  const to = reviewContact(org);
  switch (regime) {
    case 'foia':
    case 'eir': {
      const first =
        regime === 'foia'
          ? `If you are not satisfied with our response, you can ask for an internal review. Please write to ${to} within 40 working days of the date of this letter, quoting our reference ${ref} and explaining what you are unhappy with. Someone not involved in the original decision will look at your request again.`
          : `If you are not satisfied with our response, you can ask us to reconsider it under regulation 11 of the Environmental Information Regulations 2004. Please write to ${to} within 40 working days of the date of this letter, quoting our reference ${ref} and explaining what you are unhappy with.`;
      return [
        para(text(first)),
        para(
          text(`If you remain dissatisfied after our ${regime === 'foia' ? 'internal review' : 'reconsideration'}, you can complain to the Information Commissioner's Office (ICO), which regulates freedom of information. See `),
          link('how to complain to the Information Commissioner', ICO_COMPLAINT_URL),
          text(' on the ICO website.'),
        ),
      ];
    }
    case 'foisa':
    case 'eisr': {
      const law = regime === 'foisa' ? 'section 20 of the Freedom of Information (Scotland) Act 2002' : 'regulation 16 of the Environmental Information (Scotland) Regulations 2004';
      return [
        para(text(`If you are not satisfied with our response, you can ask us to review it under ${law}. Please write to ${to} within 40 working days of receiving this response, quoting our reference ${ref} and explaining why you are dissatisfied. We will respond within 20 working days of receiving your request for review.`)),
        para(
          text('If you are not satisfied with the outcome of the review, you can apply to the Scottish Information Commissioner for a decision, normally within six months of receiving our review response. See '),
          link('how to appeal to the Scottish Information Commissioner', SIC_APPEAL_URL),
          text('.'),
        ),
        para(text("If you are then dissatisfied with the Commissioner's decision, you can appeal to the Court of Session, on a point of law only.")),
      ];
    }
  }
}
