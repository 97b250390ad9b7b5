import { isScottish } from '../../model';
import { finding, type Rule } from '../rule';
import { costLimitFor, costRefusalAnswer } from './costRefusal';

const ADVICE = /section 1[56]\b|\bs\.?\s?1[56]\b|advice and assistance|advise and assist|narrow|refin(?:e|ing)|reduc(?:e|ing) the|fewer|shorter (?:time )?period|smaller (?:number|sample)|resubmit|submit a (?:new|revised|refined)/i;

/**
 * A cost refusal must give the estimate, the limit that applies to this body, and advice on bringing the
 * request within it (s16; FOISA s15). The estimate is a figure other than the limit itself: hours, minutes
 * or pounds.
 */
export const costRefusalIncomplete: Rule = {
  id: 'cost-refusal-incomplete',
  summary: 'A cost refusal lacks the estimate, the limit or advice on narrowing',
  check(view, ctx) {
    const limit = costLimitFor(view.c.regime, ctx.organisation);
    const at = limit && costRefusalAnswer(view);
    if (!limit || !at) return [];
    const text = view.allText;
    const hours = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\b/gi)].map((m) => Number(m[1]));
    const pounds = [...text.matchAll(/£\s?(\d[\d,]*(?:\.\d\d)?)/g)].map((m) => Number((m[1] ?? '').replace(/,/g, '')));
    const estimate =
      hours.some((h) => h !== limit.hours) || pounds.some((p) => ![15, 25, 450, 600].includes(p)) || /\d+\s*minutes?\b/i.test(text);
    const statesLimit = pounds.includes(limit.pounds) || hours.includes(limit.hours);
    const advice = ADVICE.test(text);
    const lacking = [
      estimate ? '' : 'your estimate of the time or cost of complying',
      statesLimit ? '' : `the limit that applies (£${limit.pounds}, ${limit.hours} hours)`,
      advice ? '' : `advice on how to narrow the request (${isScottish(view.c.regime) ? 'section 15' : 'section 16'})`,
    ].filter(Boolean);
    if (lacking.length === 0) return [];
    return [finding(view, this.id, 'error', `This cost refusal does not give ${lacking.join('; ')}.`, { answer: at })];
  },
};
