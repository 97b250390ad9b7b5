import { formatUkDate } from '../deadlines';
import type { Case, Organisation } from '../model';
import { isBlankDoc, resolveLetterParts, type ClosingClause } from './letterDefaults';
import type { LetterLogo, ResponseLetter } from './letterModel';
import { responseBlocks } from './responseBlocks';

export interface AssembleLetterInput {
  organisation: Organisation;
  case: Case;
  /** The letter's date when the case has not been sent yet: YYYY-MM-DD. */
  today: string;
  logo?: LetterLogo | null;
  /** The clause library (its closing clauses give the closing section's default); none: the built-in wording. */
  library?: readonly ClosingClause[];
}

const lines = (s: string) => s.split(/\r?\n|,\s*/).map((l) => l.trim()).filter(Boolean);

const paragraphs = (s: string) => s.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);

export function assembleLetter({ organisation: org, case: c, today, logo = null, library = [] }: AssembleLetterInput): ResponseLetter {
  const name = c.requester.name.trim();
  const address = lines(c.requester.address);
  const addressee = name ? [name, ...address] : address;
  if (address.length === 0 && c.requester.email.trim()) addressee.push(`By email: ${c.requester.email.trim()}`);
  // The salutation, opening, closing section and sign-off: the officer's where written, else the defaults.
  const parts = resolveLetterParts(c, org, library);
  const [valediction = '', ...signature] = parts.signOff.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const salutation = parts.salutation.trim();
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
    salutation: salutation && !/[,:]$/.test(salutation) ? `${salutation},` : salutation,
    opening: paragraphs(parts.opening),
    response: responseBlocks(c),
    attachments: c.attachments.map((a) => a.name),
    closing: isBlankDoc(parts.closing) ? [] : (parts.closing.content ?? []),
    valediction,
    signature,
  };
}
