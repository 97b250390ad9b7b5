import { finding, type Rule } from '../rule';
import { refusalsIn } from '../refusals';

// Rests on EIR reg 12(9) and EISR reg 10(6): information on emissions cannot be refused under 12(5)(d)-(g) / 10(5)(d)-(g).

const BARRED: Partial<Record<string, { key: string; bar: string }>> = {
  eir: { key: '12(5)', bar: 'regulation 12(9)' },
  eisr: { key: '10(5)', bar: 'regulation 10(6)' },
};
const BARRED_LETTERS = new Set(['d', 'e', 'f', 'g']);
// The information is "on emissions": emissions, discharges and releases into the environment.
const EMISSIONS = /\bemissions?\b|\bemitted\b|\bemitting\b|\bdischarges?\s+(?:to|into|of|and)\b|\breleases?\s+(?:in)?to\s+(?:the\s+)?(?:air|atmosphere|water|environment)/i;

/**
 * The confidentiality of proceedings, commercial confidentiality, the interests of a person who supplied
 * the information voluntarily and the protection of the environment (12(5)(d)-(g)) cannot justify
 * withholding information on emissions. The request's own words count: the question may say "emissions"
 * where the answer says "the monitoring results".
 */
export const emissionsException: Rule = {
  id: 'emissions-exception',
  summary: 'An exception barred for information on emissions is relied on',
  check(view) {
    const barred = BARRED[view.c.regime];
    if (!barred) return [];
    const questionText = new Map(view.c.questions.map((q) => [q.id, q.text]));
    const out = [];
    for (const a of view.answers) {
      const r = refusalsIn(a, view.c.regime).find((x) => x.provision.key === barred.key && BARRED_LETTERS.has(x.citation.parts[2] ?? ''));
      if (!r) continue;
      const asked = a.answer.covers.map((id) => questionText.get(id) ?? '').join('\n');
      if (!EMISSIONS.test(a.text) && !EMISSIONS.test(asked) && !EMISSIONS.test(view.c.title)) continue;
      out.push(finding(view, this.id, 'error', `This information is on emissions, and ${barred.bar} does not allow ${r.citation.label} to be relied on for it: the exceptions in paragraphs (5)(d) to (g) are barred for information on emissions. Release it, or rely on another exception if one truly applies.`, { answer: a, from: r.citation.source === 'text' ? r.citation.from : undefined, to: r.citation.source === 'text' ? r.citation.to : undefined }));
    }
    return out;
  },
};
