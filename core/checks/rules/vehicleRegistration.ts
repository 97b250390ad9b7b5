import { personalDataRule } from '../personalDataRule';

// Rests on UK GDPR art 4(1) with FOIA s40(2) / FOISA s38(1)(b): a registration mark identifies its keeper.

/**
 * The current UK format (since 2001): two letters, the age identifier (02-29 for March, 51-79 for September
 * registrations, so far), a space, three letters. Restricting the digits to real age identifiers keeps
 * product codes and grid references out.
 */
export const vehicleRegistration = personalDataRule({
  id: 'vehicle-registration',
  summary: 'A vehicle registration number',
  pattern: /\b[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[12]\d|5[1-9]|[67]\d) ?[A-HJ-PR-Z]{3}\b/g,
  what: 'a vehicle registration',
});
