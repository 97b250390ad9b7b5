import { canonicalEmail, EMAIL_LIKE } from '../emailForms';
import { personalDataRule } from '../personalDataRule';

// Rests on UK GDPR art 4(1) with FOIA s40(2) / FOISA s38(1)(b): a person's email address is personal data.

/**
 * Any address but the organisation's own published ones (and the requester's, which has its own rule),
 * in any of the forms emailForms.ts reads: broken across a line, "(at)", "at … dot …".
 */
export const emailAddress = personalDataRule({
  id: 'email-address',
  summary: "An email address other than the organisation's own",
  pattern: EMAIL_LIKE,
  what: 'an email address that is not the organisation\'s own',
  keep(m, _target, view, ctx) {
    const found = canonicalEmail(m[0]);
    if (!found) return false;
    const allowed = [ctx.organisation.contactEmail, ...ctx.organisation.allowedEmails, view.c.requester.email].map((e) => e.trim().toLowerCase());
    return !allowed.includes(found);
  },
});
