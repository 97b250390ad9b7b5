import { personalDataRule } from '../personalDataRule';
import { isPublicPhone, phoneDigits } from '../publicContactMatch';

// Rests on UK GDPR art 4(1) (personal data) and FOIA s40(2) / FOISA s38(1)(b): a number is a person's unless a public body publishes it.

/**
 * UK geographic (01, 02) and mobile (07) numbers, with or without +44. Non-geographic 03/08/09 numbers are
 * organisations' helplines, not personal data, so they are left alone; so are reference numbers
 * (no leading 0), years and money, and the numbers public bodies publish (the SIC's, the organisation's own).
 */
export const phoneNumber = personalDataRule({
  id: 'phone-number',
  summary: 'A UK phone number',
  pattern: /(?<![\w£$.,/-])(?:\+44\s?(?:\(0\)\s?)?|\(?0)[127]\d{1,4}\)?(?:[\s-]?\d){6,8}(?![\w/-])/g,
  what: 'a phone number',
  keep(m, _target, _view, ctx) {
    const digits = phoneDigits(m[0]);
    return (digits.length === 10 || digits.length === 11) && !isPublicPhone(m[0], ctx.organisation);
  },
});
