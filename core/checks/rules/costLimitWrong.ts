import { finding, type Rule } from '../rule';
import { costLimitFor, costRefusalAnswer, costTierName } from './costRefusal';

// Rests on the Fees Regulations: FOIA SI 2004/3244 reg 3 (£600 for Schedule 1 Part I bodies, £450 others), FOISA SSI 2004/467 (£600).
/** A limit copied from a body of the other tier: £600 in a council's letter, £450 in a government department's. */
export const costLimitWrong: Rule = {
  id: 'cost-limit-wrong',
  summary: 'A cost refusal states the wrong limit for this body',
  check(view, ctx) {
    const limit = costLimitFor(view.c.regime, ctx.organisation);
    const at = limit && costRefusalAnswer(view);
    if (!limit || !at) return [];
    const right = new RegExp(`£\\s?${limit.pounds}\\b`);
    if (right.test(view.allText)) return [];
    const wrong = new RegExp(`£\\s?${limit.wrongPounds}\\b`);
    for (const a of view.answers) {
      for (const s of a.sentences()) {
        const m = wrong.exec(s.text);
        if (!m || !/limit/i.test(s.text)) continue;
        const from = s.from + m.index;
        const tier = view.c.regime === 'foisa' ? 'under FOISA' : `for ${costTierName(ctx.organisation)}`;
        return [finding(view, this.id, 'error', `The letter gives the cost limit as £${limit.wrongPounds}, but ${tier} it is £${limit.pounds} (${limit.hours} hours). Correct the figure, or check the organisation's cost tier in Settings.`, {
          answer: a,
          from,
          to: from + m[0].length,
          fix: { kind: 'open-settings', field: 'costTier', label: 'Check the cost tier in Settings' },
        })];
      }
    }
    return [];
  },
};
