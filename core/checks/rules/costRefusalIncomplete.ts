import { isScottish } from '../../model';
import { finding, type Rule } from '../rule';
import { costLimitFor, costRefusalAnswer, costTierName } from './costRefusal';

// Rests on FOIA s17(5) (FOISA s16(4)): the notice need only state that s12 applies; and s16 (FOISA s15): the duty to advise and assist.
const ADVICE = /section 1[56]\b|\bs\.?\s?1[56]\b|advice and assistance|advise and assist|narrow|refin(?:e|ing)|reduc(?:e|ing) the|fewer|shorter (?:time )?period|smaller (?:number|sample)|resubmit|submit a (?:new|revised|refined)/i;

/**
 * Two findings of different weight. Missing advice on bringing the request within the limit breaks the
 * s16 duty (FOISA s15; the s45 code of practice): an error. The estimate and the limit are not required
 * by s17(5), which asks only for a notice stating that s12 applies; giving them is the ICO's good practice,
 * and without them the requester cannot tell how far to narrow: a warning. The estimate is a figure other
 * than the limit itself: hours, minutes or pounds.
 */
export const costRefusalIncomplete: Rule = {
  id: 'cost-refusal-incomplete',
  summary: 'A cost refusal lacks advice on narrowing (s16), or the estimate and limit good practice expects',
  check(view, ctx) {
    const limit = costLimitFor(view.c.regime, ctx.organisation);
    const at = limit && costRefusalAnswer(view);
    if (!limit || !at) return [];
    const scottish = isScottish(view.c.regime);
    const text = view.allText;
    const hours = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\b/gi)].map((m) => Number(m[1]));
    const pounds = [...text.matchAll(/£\s?(\d[\d,]*(?:\.\d\d)?)/g)].map((m) => Number((m[1] ?? '').replace(/,/g, '')));
    const estimate =
      hours.some((h) => h !== limit.hours) || pounds.some((p) => ![15, 25, 450, 600].includes(p)) || /\d+\s*minutes?\b/i.test(text);
    // The other tier's figure is a limit stated wrongly: cost-limit-wrong reports that, not this rule.
    const statesLimit = pounds.includes(limit.pounds) || hours.includes(limit.hours) || pounds.includes(limit.wrongPounds);
    const out = [];
    if (!ADVICE.test(text)) {
      out.push(finding(view, this.id, 'error', `This cost refusal gives no advice on how to bring the request within the limit (for example a shorter period or fewer records). Offering it is a duty under ${scottish ? 'section 15 of FOISA' : 'section 16 of FOIA'}.`, { answer: at }));
    }
    const lacking = [estimate ? '' : 'your estimate of the time or cost of complying', statesLimit ? '' : `the limit that applies (£${limit.pounds}, ${limit.hours} hours${scottish ? '' : `, for ${costTierName(ctx.organisation)}`})`].filter(Boolean);
    if (lacking.length) {
      out.push(finding(view, this.id, 'warning', `This cost refusal does not give ${lacking.join(' or ')}. ${scottish ? 'Section 16(4) of FOISA' : 'Section 17(5) of FOIA'} asks only for a notice stating that section 12 applies, but giving the estimate and the limit is the ICO's good practice and shows the requester how far to narrow.`, { answer: at }));
    }
    return out;
  },
};
