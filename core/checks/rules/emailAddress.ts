import { personalDataRule } from '../personalDataRule';

/** Any address but the organisation's own published ones (and the requester's, which has its own rule). */
export const emailAddress = personalDataRule({
  id: 'email-address',
  summary: "An email address other than the organisation's own",
  pattern: /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  what: 'an email address that is not the organisation\'s own',
  keep(m, _target, view, ctx) {
    const found = m[0].toLowerCase();
    const allowed = [ctx.organisation.contactEmail, ...ctx.organisation.allowedEmails, view.c.requester.email].map((e) => e.trim().toLowerCase());
    return !allowed.includes(found);
  },
});
