import { wordCount } from './text-shape';

// A numbered line with sub-items under it is either a heading that only groups them ("2. CRM", "3. Storage",
// "2. A breakdown of the above complaints by:") or a question in its own right that the sub-items follow up
// ("1. Do you have a contact centre? If so:"). The heading needs no answer of its own; the question does.
// Rule: it is a heading unless it asks something itself, that is, unless it contains a "?" or is a long
// statement (more than 12 words) that does not end in ":". A stem ending in ":" is completed by its
// sub-items, so it stays a heading however long it is.
const LONG_STATEMENT_WORDS = 12;

export function isHeadingText(text: string): boolean {
  if (text.includes('?')) return false;
  return text.endsWith(':') || wordCount(text) <= LONG_STATEMENT_WORDS;
}
