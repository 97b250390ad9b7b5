import { personalDataRule } from '../personalDataRule';

// Rests on UK GDPR art 4(1) with FOIA s40(2) / FOISA s38(1)(b): a National Insurance number is personal data.

/** A National Insurance number: two letters (not BG, GB, NK, KN, TN, NT, ZZ), six digits, A to D. */
export const niNumber = personalDataRule({
  id: 'ni-number',
  summary: 'A National Insurance number',
  pattern: /\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
  what: 'a National Insurance number',
});
