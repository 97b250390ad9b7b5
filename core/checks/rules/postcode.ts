import { personalDataRule } from '../personalDataRule';

/** A full UK postcode, unless it is in the organisation's own address. */
export const postcode = personalDataRule({
  id: 'postcode',
  summary: 'A UK postcode',
  pattern: /\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b/g,
  what: 'a postcode',
  keep(m, _target, _view, ctx) {
    const own = `${ctx.organisation.address}\n${ctx.organisation.reviewAddress}`.replace(/\s+/g, '').toUpperCase();
    return !own.includes(m[0].replace(/\s+/g, ''));
  },
});
