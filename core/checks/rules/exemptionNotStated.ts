import { finding, type Rule } from '../rule';
import { refusalsIn } from '../refusals';

// Rests on FOIA s17(1)(b) (FOISA s16(1)(c), EIR reg 14(3)(a), EISR reg 13(b)): the notice must specify the exemption.

/**
 * s17(1)(b): the notice must specify the exemption. An answer marked exempt that cites nothing, or an
 * exemption recorded on the answer but never named in its words, leaves the requester without it.
 */
export const exemptionNotStated: Rule = {
  id: 'exemption-not-stated',
  summary: 'A refusal does not name its exemption',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      const refusals = refusalsIn(a, view.c.regime);
      // Any provision named counts here, even a wrongly numbered one: that has its own rule.
      const named = a.citations.filter((c) => c.source !== 'field' && !c.otherAct);
      for (const r of refusals.filter((x) => x.citation.source === 'field')) {
        out.push(finding(view, this.id, 'error', `This answer records ${r.citation.label} but its text never names it. Say which exemption you rely on, for example "We are withholding this information under ${r.citation.label} of the Act".`, { answer: a }));
      }
      const costOrOther = a.clauses.some((c) => ['cost', 'vexatious', 'ncnd', 'exemption'].includes(c.kind));
      if ((a.answer.disposition === 'exempt' || a.answer.disposition === 'partly-answered') && named.length === 0 && !costOrOther) {
        out.push(finding(view, this.id, 'error', `This answer is marked ${a.answer.disposition === 'exempt' ? 'exempt' : 'partly answered'} but names no exemption. Cite the section (and subsection) you rely on, or change the disposition.`, { answer: a }));
      }
    }
    return out;
  },
};
