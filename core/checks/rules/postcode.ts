import { personalDataRule } from '../personalDataRule';
import { isPublicPostcode } from '../publicContactMatch';

// Rests on UK GDPR art 4(1) (personal data) and FOIA s40(2) / FOISA s38(1)(b): an address is a person's unless it is a public body's.
/**
 * A full UK postcode, unless it is in the organisation's own contact details or in a public body's
 * published address (the ICO's, the SIC's, a police force's: see publicBodyContacts.ts).
 */
export const postcode = personalDataRule({
  id: 'postcode',
  summary: 'A UK postcode that is not a public body\'s',
  pattern: /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/g,
  what: 'a postcode',
  keep(m, target, _view, ctx) {
    const from = m.index ?? 0;
    return !isPublicPostcode(target.text, from, from + m[0].length, ctx.organisation);
  },
});
