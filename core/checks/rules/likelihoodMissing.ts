import { finding, type Rule } from '../rule';
import { isHarmBased } from '../provisions';
import { refusalsIn } from '../refusals';

// The statute's own disjunction decides nothing; the officer must pick one limb.
const DISJUNCTION = /would,?\s+or\s+would\s+be\s+likely\s+to,?/gi;
const LIKELIHOOD = /\bwould(?:\s+be\s+likely\s+to)?\s+(?:\w+\s+){0,2}?(?:prejudice|harm|damage|endanger|undermine|adversely|affect|compromise|impede|hinder|assist|help|aid|enable|allow|reveal|expose|cause|jeopardi[sz]e|inhibit|increase|put|make|lead|provide|give|disrupt|substantially)|\bwould\s+be\s+likely\s+to\b|\blikely\s+to\s+(?:prejudice|harm|damage|endanger|undermine|compromise)/i;
const CHOICES = new Set(['would', 'would be likely to']);

/** A prejudice-based exemption needs the level of likelihood: "would" or "would be likely to" ("could" is not enough). */
export const likelihoodMissing: Rule = {
  id: 'likelihood-missing',
  summary: 'A prejudice-based exemption does not say "would" or "would be likely to"',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      const harmBased = refusalsIn(a, view.c.regime).filter((r) => isHarmBased(r.provision, r.citation.parts));
      const first = harmBased[0];
      if (!first) continue;
      if (a.clauses.some((c) => c.missing.includes('likelihood'))) continue;
      if (a.clauses.some((c) => CHOICES.has((c.values['likelihood'] ?? '').trim()))) continue;
      if (LIKELIHOOD.test(a.text.replace(DISJUNCTION, ' '))) continue;
      out.push(finding(view, this.id, 'error', `${cap(first.citation.label)} depends on harm, so say how likely it is: disclosure "would" (more probable than not) or "would be likely to" (a real and significant risk) cause it. "Could" or "may" is not enough.`, { answer: a, from: first.citation.source === 'text' ? first.citation.from : undefined, to: first.citation.source === 'text' ? first.citation.to : undefined }));
    }
    return out;
  },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
