import { personalDataRule } from '../personalDataRule';

const NOT_NAMES = new Set(['sir', 'madam', 'requester', 'applicant', 'colleague', 'colleagues', 'all', 'team', 'foi', 'the', 'information', 'freedom', 'disclosure', 'data', 'customer', 'enquirer', 'correspondent', 'officer', 'unit', 'department', 'service', 'office', 'team.', 'on', 'from', 'for']);

/**
 * Salutations and sign-offs that carry a name: "Dear Mr Smith", "Dear Jordan,", "Kind regards, Jane" or the
 * name on the line after. The name is what is redacted; "Dear Sir or Madam" and "Kind regards, FOI Team" pass.
 */
export const namedGreeting = personalDataRule({
  id: 'named-greeting',
  summary: 'A greeting or sign-off with a name in it',
  pattern: /\b(?:Dear\s+((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?[A-Z][\p{L}'-]+(?:[ \t]+[A-Z][\p{L}'-]+)?)|(?:Kind regards|Best regards|Warm regards|Regards|Yours sincerely|Yours faithfully|Best wishes|Many thanks|Thanks),?[ \t]*\n?[ \t]*([A-Z][\p{L}'-]+(?:[ \t]+[A-Z][\p{L}'-]+)?)(?=[ \t]*(?:[\n,.]|$)))/gu,
  what: 'a name in a greeting or sign-off',
  groups: [1, 2],
  keep(m, _target, _view, ctx) {
    const name = m[1] ?? m[2] ?? '';
    const words = name.split(/\s+/).map((w) => w.toLowerCase().replace(/\.$/, ''));
    const org = ctx.organisation.name.toLowerCase();
    const shortName = ctx.organisation.shortName.toLowerCase();
    const first = words.find((w) => !['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof'].includes(w)) ?? '';
    return first !== '' && !NOT_NAMES.has(first) && !org.split(/\s+/).includes(first) && first !== shortName;
  },
});
