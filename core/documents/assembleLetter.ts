import { formatUkDate } from '../deadlines';
import { REGIME_NAMES, type Case, type Organisation } from '../model';
import { closingParagraphs } from './closingParagraphs';
import { hasClosingClause } from './expandClauses';
import type { LetterLogo, ResponseLetter } from './letterModel';
import { responseBlocks } from './responseBlocks';

export interface AssembleLetterInput {
  organisation: Organisation;
  case: Case;
  /** The letter's date when the case has not been sent yet: YYYY-MM-DD. */
  today: string;
  logo?: LetterLogo | null;
}

const lines = (s: string) => s.split(/\r?\n|,\s*/).map((l) => l.trim()).filter(Boolean);

export function assembleLetter({ organisation: org, case: c, today, logo = null }: AssembleLetterInput): ResponseLetter {
  const name = c.requester.name.trim();
  const address = lines(c.requester.address);
  const addressee = name ? [name, ...address] : address;
  if (address.length === 0 && c.requester.email.trim()) addressee.push(`By email: ${c.requester.email.trim()}`);
  const closingInAnswers = c.answers.some((a) => hasClosingClause(a.doc));
  return {
    ref: c.ref,
    regime: c.regime,
    title: `Your request for information: ${c.title}`,
    organisationName: org.name,
    organisationLines: lines(org.address),
    contactEmail: org.contactEmail,
    logo,
    date: formatUkDate(c.sent ?? today),
    addressee,
    salutation: name ? `Dear ${name},` : 'Dear Sir or Madam,',
    opening: `Thank you for your request for information about ${c.title}, which we received on ${formatUkDate(c.received)}. We have dealt with it under the ${REGIME_NAMES[c.regime]}. Our response to each of your questions is below.`,
    response: responseBlocks(c),
    attachments: c.attachments.map((a) => a.name),
    closing: closingInAnswers ? [] : closingParagraphs(c.regime, org, c.ref),
    // UK convention: "faithfully" when the letter does not name its reader.
    valediction: name ? 'Yours sincerely,' : 'Yours faithfully,',
    signature: ['Information Rights Team', org.name],
  };
}
