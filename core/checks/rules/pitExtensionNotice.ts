import { isScottish, type Regime } from '../../model';
import { findCitations } from '../citations';
import type { AnswerView } from '../caseView';
import { isPitExtensionNotice } from '../pitExtensionNotice';
import { isNcnd, provisionFor } from '../provisions';
import { finding, type Rule } from '../rule';
import { refusalsIn, reliesOnNcnd } from '../refusals';
import { revealsHoldingAt } from './ncndRevealsHolding';

// Rests on FOIA s17(1)-(2) and s17(7): the public interest extension letter is a refusal notice in its own right.

// Sentences of the holding letter that are its machinery, not a reason: the extension, the test, the apology.
const MACHINERY = /public interest|section\s+1[07]|qualified exemption|sorry|apologi|decision by|expect to (?:send|reply|respond)|extension|more time|internal review|Commissioner|complain/i;
const REASON = /\bbecause\b|\bsince\b|\bas (?:it|this|these|they|the|disclosure|disclosing|releasing)\b|\bwould\b|\blikely to\b|\breveal|\bprejudice|\bharm|\bdamage|\bundermine|\bendanger|\bidentify|\bdue to\b|\bconcerns?\b|\brelates? to\b/i;
const REASON_KEYS = /reason|harm|why|explan|grounds|basis/i;
const DATE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
const REVIEW = /internal review|ask (?:us )?(?:for|to carry out) a review|request a review/i;
const COMMISSIONER = /Information Commissioner|\bICO\b|ico\.org\.uk|section 50\b/i;
const MIN_REASON_LENGTH = 15;

function givesReason(a: AnswerView): boolean {
  const filled = a.clauses.some((c) => Object.entries(c.values).some(([k, v]) => REASON_KEYS.test(k) && v.trim().length >= MIN_REASON_LENGTH));
  return filled || a.sentences().some((s) => !MACHINERY.test(s.text) && REASON.test(s.text));
}

/** The clause's {{exemptions}} value ("section 31(3)") names an NCND provision: its wording is inside the clause, not a citation of its own. */
function ncndInClauseValues(view: AnswerView, regime: Regime): boolean {
  return view.clauses.some((c) =>
    findCitations(c.values['exemptions'] ?? '', []).some((cit) => {
      const prov = provisionFor(regime, cit);
      return prov !== undefined && isNcnd(prov, cit.parts);
    }),
  );
}

function namesExemption(view: AnswerView, regime: Parameters<typeof refusalsIn>[1]): boolean {
  const filled = view.clauses.some((c) => (c.values['exemptions'] ?? '').trim() !== '');
  return filled || refusalsIn(view, regime).some((r) => r.provision.role === 'exemption');
}

export const pitExtensionNotice: Rule = {
  id: 'pit-extension-notice',
  summary: 'A public interest extension letter lacks what a s17 notice needs, or confirms holding under NCND',
  check(view) {
    if (isScottish(view.c.regime)) return [];
    const out = [];
    for (const a of view.answers) {
      if (!isPitExtensionNotice(a)) continue;
      const ncnd = reliesOnNcnd(a, view.c.regime) || ncndInClauseValues(a, view.c.regime);
      const reveal = ncnd ? revealsHoldingAt(a.text) : undefined;
      if (reveal) {
        out.push(finding(view, this.id, 'error', `This extension letter relies on a provision that neither confirms nor denies, yet "${reveal.text}" confirms that information is held. Use the NCND-safe wording: "we are considering whether the public interest favours confirming or denying whether we hold information within the scope of your request".`, { answer: a, from: reveal.from, to: reveal.from + reveal.text.length }));
      }
      const lacking = [
        namesExemption(a, view.c.regime) ? '' : 'the exemption relied on (section 17(1)(b))',
        // s17(4): no reason where giving it would itself reveal exempt information, as under NCND.
        ncnd || givesReason(a) ? '' : 'why the exemption applies (section 17(1)(c))',
        DATE.test(a.text) || a.clauses.some((c) => (c.values['decision_date'] ?? '').trim() !== '') ? '' : 'the date by which you expect to decide (section 17(2)(b))',
        REVIEW.test(view.allText) ? '' : 'how to ask for an internal review (section 17(7)(a))',
        COMMISSIONER.test(view.allText) ? '' : 'the right to complain to the Information Commissioner under section 50 (section 17(7)(b))',
      ].filter(Boolean);
      if (lacking.length) {
        out.push(finding(view, this.id, 'error', `This public interest extension letter is a refusal notice under section 17(1), given in accordance with section 17(2), but it does not give ${lacking.join('; ')}. Add ${lacking.length > 1 ? 'them' : 'it'} before sending; the notice is due by day 20.`, { answer: a }));
      }
    }
    return out;
  },
};
