import type { Regime } from '../model';
import type { AnswerView } from './caseView';
import { findCitations, type Citation } from './citations';
import { reliesOnOtherCondition } from './personalDataConditions';
import { isNcnd, isQualified, provisionFor, type Provision } from './provisions';
import { wrongRegimeProblem } from './wrongRegime';

export interface Refusal {
  citation: Citation;
  provision: Provision;
  ncnd: boolean;
  /** Subject to the public interest test, read from the provision and, for personal data, the condition relied on. */
  qualified: boolean;
}

const NCND_WORDING = /neither\s+confirms?\s+nor\s+den(?:y|ies)|\bNCND\b/i;

/** The provisions of the case's own regime that an answer refuses under (other statutes and other regimes aside). */
export function refusalsIn(view: AnswerView, regime: Regime): Refusal[] {
  const out: Refusal[] = [];
  for (const citation of view.citations) {
    if (citation.otherAct) continue;
    // Another regime's number says nothing about this regime's tests; section-wrong-regime reports it.
    if (wrongRegimeProblem(regime, citation, view)) continue;
    const provision = provisionFor(regime, citation);
    if (!provision) continue;
    const ncnd = isNcnd(provision, citation.parts) || citation.clauseKind === 'ncnd';
    const qualified =
      (isQualified(provision, citation.parts) && !ncndForAbsolutePart(provision, citation, view)) ||
      (provision.role === 'exemption' && reliesOnOtherCondition(regime, provision, view));
    out.push({ citation, provision, ncnd, qualified });
  }
  return out;
}

/**
 * FOIA s2(3)(ea): s37(2), the duty to confirm or deny, is absolute "so far as relating to" s37(1)(a) to
 * (ab). So an NCND subsection is absolute where the same answer names an absolute part of its section
 * (s37 is the only provision with both today; the rule reads the table, not the number).
 */
function ncndForAbsolutePart(provision: Provision, citation: Citation, view: AnswerView): boolean {
  if (!provision.absoluteParts || !isNcnd(provision, citation.parts)) return false;
  // Every citation in the words, those inside clause wording too (view.citations lets a clause stand
  // for the citations in its own text, but here the clause's words say which part it relates to).
  return findCitations(view.text, []).some(
    (other) => other.family === citation.family && other.parts[0] === citation.parts[0] && other.parts.length > 1 && !isNcnd(provision, other.parts) && !isQualified(provision, other.parts),
  );
}

export function saysNeitherConfirmNorDeny(view: AnswerView): boolean {
  return view.clauses.some((c) => c.kind === 'ncnd') || NCND_WORDING.test(view.text);
}

/** The answer neither confirms nor denies: in words, by an NCND clause, or by citing an NCND provision (s22(2), FOISA s18…). */
export function reliesOnNcnd(view: AnswerView, regime: Regime): boolean {
  return saysNeitherConfirmNorDeny(view) || refusalsIn(view, regime).some((r) => r.ncnd);
}

/** A response that refuses something, in whole or part, so s17 (or reg 14, FOISA s16) applies. */
export function isRefusal(view: AnswerView, regime: Regime): boolean {
  const d = view.answer.disposition;
  if (d === 'exempt' || d === 'partly-answered' || d === 'not-held') return true;
  if (view.clauses.some((c) => ['exemption', 'ncnd', 'cost', 'vexatious', 'not-held'].includes(c.kind))) return true;
  return refusalsIn(view, regime).length > 0;
}
