import { insideClause } from '../caseView';
import { isPitExtensionNotice } from '../pitExtensionNotice';
import { finding, type Rule } from '../rule';
import { isNotHeld } from '../provisions';
import { refusalsIn, saysNeitherConfirmNorDeny } from '../refusals';
import { sentencesAround } from '../textSpans';

// Rests on FOIA s17(1)(c) (FOISA s16(1)(d), EIR reg 14(3)(a), EISR reg 13(b)): say why the exemption applies, unless s17(4) spares it.

// Heuristic for "an explanatory sentence": within two sentences of the citation there is a causal word
// or a harm word. Sentences that only paraphrase the statute ("section 31 exempts information whose
// disclosure would…") are set aside first, or every citation would explain itself.
const CAUSAL = /\b(?:because|since|as (?:it|this|these|they|the|disclosure|disclosing|releasing|doing so|we|our)|would|could|might|likely|due to|therefore|otherwise|so that|in order to|risk|reveal|identify|enable|allow|undermine|prejudice|harm|damage|published|available (?:at|on|from))\b|https?:\/\//i;
// Closing paragraphs (review, complaint, links to the ICO) sit near citations but explain nothing.
const CLOSING = /internal review|review|Commissioner|complain/i;
const STATUTORY = /exempts information|is an? (?:qualified|absolute) exemption|provides an exemption|is exempt information if|would,? or would be likely to,?/i;
const REASON_KEYS = /reason|harm|why|explan|grounds|basis/i;
/** Shorter than this, a "reason" is a word or two ("n/a", "see above"), not an explanation. */
const MIN_REASON_LENGTH = 15;

export const exemptionWithoutReason: Rule = {
  id: 'exemption-without-reason',
  summary: 'An exemption is cited without saying why it applies',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      // s17(4): an NCND response need not explain itself where that would reveal exempt information.
      // The public interest extension letter gives its reason anywhere in it; pit-extension-notice checks that.
      if (saysNeitherConfirmNorDeny(a) || isPitExtensionNotice(a)) continue;
      const spans = a.sentences().filter((s) => !insideClause(a, s.from));
      const reported = new Set<string>();
      for (const r of refusalsIn(a, view.c.regime)) {
        // s17(5) (FOISA s16(5)): a cost or vexatious refusal states only that s12 or s14 applies; a "not
        // held" notice (FOISA s17, FOIA s1(1)(a)) refuses nothing and so has no exemption to explain.
        // "Not held" under the EIR (reg 12(4)(a)) is its own reason in the same way.
        if (r.ncnd || r.provision.role !== 'exemption' || isNotHeld(r.provision, r.citation.parts) || r.citation.source === 'field') continue;
        if (reported.has(r.provision.key)) continue;
        let explained: boolean;
        if (r.citation.source === 'clause') {
          const cl = a.clauses.find((c) => c.from === r.citation.from);
          const keys = Object.keys(cl?.values ?? {}).filter((k) => REASON_KEYS.test(k));
          const unfilled = cl?.missing.some((m) => REASON_KEYS.test(m)) ?? false;
          explained = unfilled || keys.length === 0 || keys.some((k) => (cl?.values[k] ?? '').trim().length >= MIN_REASON_LENGTH);
        } else {
          const own = spans.filter((s) => !STATUTORY.test(s.text) && !CLOSING.test(s.text));
          const around = sentencesAround(spans, r.citation.from, 2);
          explained = own.some((s) => s.from >= around.from && s.to <= around.to && CAUSAL.test(s.text));
        }
        if (explained) continue;
        reported.add(r.provision.key);
        out.push(finding(view, this.id, 'error', `${cap(r.citation.label)} is cited without saying why it applies. Add a sentence explaining how the exemption fits this information (for example "because disclosing it would…").`, { answer: a, from: r.citation.source === 'text' ? r.citation.from : undefined, to: r.citation.source === 'text' ? r.citation.to : undefined }));
      }
    }
    return out;
  },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
