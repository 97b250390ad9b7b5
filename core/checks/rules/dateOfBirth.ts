import { personalDataRule } from '../personalDataRule';

// Rests on UK GDPR art 4(1) with FOIA s40(2) / FOISA s38(1)(b): a date of birth is personal data.

const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s+\d{4}`;

/**
 * A date given as someone's date of birth. Only with a date after the words: "we do not record date of
 * birth" is a statement about records, not personal data.
 */
export const dateOfBirth = personalDataRule({
  id: 'date-of-birth',
  summary: 'A date of birth',
  pattern: new RegExp(String.raw`(?:\bD\.?O\.?B\b\.?|\bdate of birth\b|\bborn on\b|\bborn\b)\s*(?:is|was|of)?\s*[:\-]?\s*(${DATE})`, 'gi'),
  what: 'a date of birth',
  groups: [1],
});
