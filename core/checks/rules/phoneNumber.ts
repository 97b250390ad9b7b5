import { personalDataRule } from '../personalDataRule';

/**
 * UK geographic (01, 02) and mobile (07) numbers, with or without +44. Non-geographic 03/08/09 numbers are
 * organisations' helplines, not personal data, so they are left alone; so are reference numbers
 * (no leading 0), years and money.
 */
export const phoneNumber = personalDataRule({
  id: 'phone-number',
  summary: 'A UK phone number',
  pattern: /(?<![\w£$.,/-])(?:\+44\s?(?:\(0\)\s?)?|\(?0)[127]\d{1,4}\)?(?:[\s-]?\d){6,8}(?![\w/-])/g,
  what: 'a phone number',
  keep(m) {
    let digits = m[0].replace(/\D/g, '');
    if (digits.startsWith('44')) digits = '0' + digits.slice(2).replace(/^0/, '');
    return digits.length === 10 || digits.length === 11;
  },
});
