import { formatUkDate } from '../../deadlines';
import { finding, type Rule } from '../rule';
import { refusalsIn } from '../refusals';
import { datesWithExtensions } from './caseDates';

// Rests on FOIA s17(1)-(2) with s10(3): the notice naming the exemption is due by day 20 even under a public interest extension.

/**
 * Under a public interest extension the time is extended for weighing the public interest only: the notice
 * naming the exemption is still due on day 20 (FOIA s17(2)). We hold one sent date per case, so the rule is
 * kept simple: an extended case citing an exemption that was sent (or is still unsent) after day 20 is flagged,
 * and the officer confirms a holding notice went out in time.
 */
export const refusalNoticeLate: Rule = {
  id: 'refusal-notice-late',
  summary: 'Under a public interest extension, no refusal notice by day 20',
  check(view, ctx) {
    const { c } = view;
    if (c.clock.publicInterestExtensionDays <= 0) return [];
    // "Day 20" is the statutory date as the body's time limit and any fee pause set it.
    const result = datesWithExtensions(c, ctx.extraHolidays, { settings: ctx.organisation, today: ctx.today });
    if (!result.ok) return [];
    const day20 = result.dates.statutoryDue;
    const cites = view.answers.some((a) => refusalsIn(a, c.regime).some((r) => r.provision.role === 'exemption'));
    if (!cites) return [];
    const after = c.sent ? c.sent > day20 : ctx.purpose === 'send' && ctx.today > day20;
    if (!after) return [];
    return [finding(view, this.id, 'warning', `This case has a public interest extension and relies on an exemption, so a notice naming the exemption was due by day 20 (${formatUkDate(day20)}), even though the full answer could follow later. Make sure that notice was sent, and keep a copy on the file.`)];
  },
};
