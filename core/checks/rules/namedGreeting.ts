import { personalDataRule } from '../personalDataRule';

// Rests on FOIA s40(2) / FOISA s38(1)(b) with UK GDPR art 5(1)(a): a junior officer's name is withheld; a senior one acting officially is a judgement.

// A title on the line (or after the comma) following a signed name: the person signs in an official,
// senior capacity. Whether to publish that name is the officer's call (ICO guidance on requests for
// personal data about public authority employees), so it is a warning, never a block.
const SENIOR_TITLE = /^[ \t]*(?:,[ \t]*|\n[ \t]*)(?:(?:Interim|Acting|Deputy|Assistant|Executive)\s+)?(?:Chief\s+(?:Executive|Constable|Officer|Operating Officer|Financial Officer|Fire Officer|Inspector)|(?:Managing|Executive|Corporate|Strategic)?\s*Director\b|Head\s+of\b|Chair(?:man|woman|person)?\b|President\b|Permanent\s+Secretary|Secretary\s+of\s+State|Minister\b|(?:Police\s+and\s+Crime\s+)?Commissioner\b|Chief\b|Monitoring\s+Officer|Senior\s+Information\s+Risk\s+Owner|Data\s+Protection\s+Officer|Town\s+Clerk|Registrar\b|Accounting\s+Officer)/i;

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
  judgement(m, target) {
    if (!m[2]) return undefined;
    const after = target.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80);
    return SENIOR_TITLE.test(after)
      ? 'The name is followed by a senior title, so it may be published as signed in an official capacity. Decide, and redact it if the person would not expect it to be published.'
      : undefined;
  },
  keep(m, _target, _view, ctx) {
    const name = m[1] ?? m[2] ?? '';
    const words = name.split(/\s+/).map((w) => w.toLowerCase().replace(/\.$/, ''));
    const org = ctx.organisation.name.toLowerCase();
    const shortName = ctx.organisation.shortName.toLowerCase();
    const first = words.find((w) => !['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof'].includes(w)) ?? '';
    return first !== '' && !NOT_NAMES.has(first) && !org.split(/\s+/).includes(first) && first !== shortName;
  },
});
