import type { Regime } from '../../model';
import type { AnswerView } from '../caseView';
import { finding, type Rule } from '../rule';

// Rests on FOIA s1(1)(a): the requester is entitled to be told whether we hold the information, and
// pointing them to another body does not tell them. The other regimes put it their own way: the EIR
// and EISR refuse information not held under an exception (EIR reg 12(4)(a), EISR reg 10(4)(a)), with
// the other body named under EIR reg 10 / EISR reg 14; FOISA s17(1) requires a notice that it is not held.

/** Words that say whether the information is held (or, for NCND, that we will not say). */
const HOLDING = new RegExp(
  [
    String.raw`\b(?:do|does|did)\s+not\s+hold\b`,
    String.raw`\b(?:don't|doesn't|didn't|don’t|doesn’t|didn’t)\s+hold\b`,
    String.raw`\bnot\s+held\b`,
    String.raw`\bholds?\s+no\b`,
    String.raw`\bno\s+(?:recorded\s+)?information\b[^.]*\bheld\b`,
    String.raw`\bwe\s+(?:do\s+)?hold\b`,
    String.raw`\bis\s+held\s+by\s+us\b`,
    String.raw`\bneither\s+confirm\s+nor\s+deny\b`,
  ].join('|'),
  'i',
);

/** What each regime calls the duty, and the clause that meets it. */
const DUTY: Record<Regime, { law: string; clause: string }> = {
  foia: { law: 'Section 1(1)(a) of FOIA entitles the requester to be told whether we hold it', clause: 'Information not held' },
  eir: { law: 'Under the EIR, information we do not hold is refused under regulation 12(4)(a), and regulation 10 adds the name of the body that may hold it', clause: 'Information not held (EIR)' },
  foisa: { law: 'Section 17(1) of FOISA requires a notice that we do not hold it', clause: 'Information not held (FOISA)' },
  eisr: { law: 'Under the EISR, information we do not hold is refused under regulation 10(4)(a), and regulation 14 adds the name of the body that may hold it', clause: 'Information not held (EISR)' },
};

/** An answer whose only content is a redirect: a redirect clause and nothing else, or marked Redirected. */
export function onlyRedirects(a: AnswerView): boolean {
  if (a.answer.disposition === 'covered') return false;
  const redirects = a.clauses.filter((cl) => cl.kind === 'redirect');
  if (redirects.length === 0 && a.answer.disposition !== 'redirected') return false;
  // Any other clause (not held, NCND, an exemption) states our position itself.
  return a.clauses.every((cl) => cl.kind === 'redirect');
}

/** The answer's own words, outside its redirect clauses. */
function wordsOutsideRedirects(a: AnswerView): string {
  let text = a.text;
  for (const cl of [...a.clauses].sort((x, y) => y.from - x.from)) if (cl.kind === 'redirect') text = text.slice(0, cl.from) + text.slice(cl.to);
  return text;
}

export const redirectHoldingUnstated: Rule = {
  id: 'redirect-holding-unstated',
  summary: 'A redirect does not say whether we hold the information',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      if (!onlyRedirects(a) || a.text.trim() === '' || HOLDING.test(wordsOutsideRedirects(a))) continue;
      const to = a.answer.redirectTo.trim() || 'another body';
      const duty = DUTY[view.c.regime];
      out.push(
        finding(
          view,
          this.id,
          'error',
          `This answer only points the requester to ${to}; it does not say whether we hold the information. ${duty.law}. Insert "${duty.clause}" before the redirect, or say what we hold.`,
          { answer: a },
        ),
      );
    }
    return out;
  },
};
