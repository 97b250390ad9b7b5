import type { Regime } from '../../model';
import type { AnswerView } from '../caseView';
import { finding, type Rule } from '../rule';
import { isHarmBased } from '../provisions';
import { refusalsIn, type Refusal } from '../refusals';

// Rests on each regime's harm test: FOIA "would, or would be likely to, prejudice" (e.g. s31(1), s43(2));
// EIR reg 12(5) "would adversely affect" (only "would" will do); FOISA (e.g. s33(1)(b), s35(1)) and EISR
// reg 10(5) "would, or would be likely to, prejudice substantially"; FOISA s39(1) "would, or would be
// likely to, endanger". The EISR, unlike the EIR, kept the two limbs but added "substantially": that is
// the wording of reg 10(5) of SSI 2004/520 as relied on here.

// The statute's own disjunction decides nothing; the officer must pick one limb.
const DISJUNCTION = /would,?\s+or\s+would\s+be\s+likely\s+to,?/gi;
const HARM_VERBS = String.raw`(?:prejudice|harm|damage|endanger|undermine|adversely|affect|compromise|impede|hinder|assist|help|aid|enable|allow|reveal|expose|cause|jeopardi[sz]e|inhibit|increase|put|make|lead|provide|give|disrupt|substantially)`;
const LIKELIHOOD = new RegExp(String.raw`\bwould(?:\s+be\s+likely\s+to)?\s+(?:\w+\s+){0,2}?${HARM_VERBS}|\bwould\s+be\s+likely\s+to\b|\blikely\s+to\s+(?:prejudice|harm|damage|endanger|undermine|compromise)`, 'i');
/** "would adversely affect", not "would be likely to": what EIR reg 12(5) asks. */
const WOULD_ONLY = new RegExp(String.raw`\bwould\s+(?!be\s+likely)(?:\w+\s+){0,2}?${HARM_VERBS}`, 'i');
const LIKELY_LIMB = /\b(?:would\s+be\s+)?likely\s+to\b/i;
const CHOICES = new Set(['would', 'would be likely to']);

const clauseChoice = (a: AnswerView) => a.clauses.map((c) => (c.values['likelihood'] ?? '').trim()).find((v) => CHOICES.has(v));

/** Why the answer falls short of the regime's harm test, or undefined if it meets it. */
function shortfall(regime: Regime, a: AnswerView, first: Refusal): string | undefined {
  const label = cap(first.citation.label);
  const choice = clauseChoice(a);
  const text = a.text.replace(DISJUNCTION, ' ');
  if (regime === 'eir') {
    if (choice === 'would' || (!choice && WOULD_ONLY.test(text))) return undefined;
    const likely = choice === 'would be likely to' || LIKELY_LIMB.test(text);
    return `${label} applies only where disclosure would adversely affect the interest it protects (regulation 12(5)): say that it "would" (more probable than not)${likely ? '; "would be likely to" is not enough, as that is the FOIA prejudice test.' : '. "Could", "may" or "would be likely to" is not enough.'}`;
  }
  if (choice || LIKELIHOOD.test(text)) return undefined;
  if (regime === 'foisa' || regime === 'eisr') {
    const endanger = regime === 'foisa' && first.provision.key === '39';
    return `${label} depends on harm, so say how likely it is: disclosure "would" or "would be likely to" ${endanger ? 'endanger the physical or mental health or safety of a person' : 'prejudice substantially the interest it protects'}, as the ${regime === 'foisa' ? 'Act' : 'regulations'} put it. "Could" or "may" is not enough.`;
  }
  return `${label} depends on harm, so say how likely it is: disclosure "would" (more probable than not) or "would be likely to" (a real and significant risk) cause it. "Could" or "may" is not enough.`;
}

/** A harm-based exemption needs the level of likelihood its regime asks for. */
export const likelihoodMissing: Rule = {
  id: 'likelihood-missing',
  summary: 'A harm-based exemption does not state the likelihood its regime requires',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      const harmBased = refusalsIn(a, view.c.regime).filter((r) => isHarmBased(r.provision, r.citation.parts));
      const first = harmBased[0];
      if (!first) continue;
      // The clause's own blank has its own finding (unfilled-variable).
      if (a.clauses.some((c) => c.missing.includes('likelihood'))) continue;
      const message = shortfall(view.c.regime, a, first);
      if (!message) continue;
      out.push(finding(view, this.id, 'error', message, { answer: a, from: first.citation.source === 'text' ? first.citation.from : undefined, to: first.citation.source === 'text' ? first.citation.to : undefined }));
    }
    return out;
  },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
