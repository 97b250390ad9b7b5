import { finding, type Rule } from '../rule';
import { wrongRegimeProblem } from '../wrongRegime';

// Rests on FOIA s17(1)(b) / FOISA s16(1)(c) and FOIA s39 / EIR reg 5: the exemption must be the right regime's provision.

/** A section from the wrong regime: FOISA numbers in a FOIA letter and the reverse, FOIA exemptions under the EIR. */
export const sectionWrongRegime: Rule = {
  id: 'section-wrong-regime',
  summary: "A section or regulation is cited from another regime's numbering",
  check(view) {
    const out = [];
    for (const a of view.answers) {
      const reported = new Set<string>();
      for (const c of a.citations) {
        if (reported.has(c.label)) continue;
        const message = wrongRegimeProblem(view.c.regime, c, a);
        if (!message) continue;
        reported.add(c.label);
        out.push(finding(view, this.id, 'error', message, { answer: a, from: c.source === 'text' ? c.from : undefined, to: c.source === 'text' ? c.to : undefined }));
      }
    }
    return out;
  },
};
