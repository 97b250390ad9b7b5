import { parseListedProvision } from '../checks/citations';
import { familyOf, isNcnd, isNotHeld, provisionFor, type Provision } from '../checks/provisions';
import { REGIME_LABELS, type Regime } from '../model/regime';
import type { StatisticsAnswer, StatisticsCase } from './statisticsCase';

/**
 * The initial outcome of an answered request, in central government's FOI statistics categories. One
 * per request, whatever the number of answers.
 */
export type RequestOutcome =
  | 'granted-in-full'
  | 'granted-in-part'
  | 'withheld-in-full'
  | 'not-held'
  | 'ncnd'
  | 'vexatious-or-repeated'
  | 'cost-limit'
  | 'no-answers';

export const REQUEST_OUTCOMES: readonly RequestOutcome[] = [
  'granted-in-full',
  'granted-in-part',
  'withheld-in-full',
  'not-held',
  'ncnd',
  'vexatious-or-repeated',
  'cost-limit',
  'no-answers',
];

export const REQUEST_OUTCOME_LABELS: Readonly<Record<RequestOutcome, string>> = {
  'granted-in-full': 'Granted in full',
  'granted-in-part': 'Granted in part (partly withheld)',
  'withheld-in-full': 'Withheld in full under exemptions or exceptions',
  'not-held': 'Information not held',
  ncnd: 'Neither confirmed nor denied',
  'vexatious-or-repeated': 'Refused as vexatious or repeated',
  'cost-limit': 'Refused on cost (over the appropriate limit)',
  'no-answers': 'Sent with no answers recorded',
};

interface Cited {
  provision: Provision | undefined;
  parts: string[];
}

function cited(regime: Regime, entry: string): Cited | null {
  const citation = parseListedProvision(entry, familyOf(regime));
  return citation ? { provision: provisionFor(regime, citation), parts: citation.parts } : null;
}

function citationsOf(regime: Regime, a: StatisticsAnswer): Cited[] {
  return a.exemptions.map((e) => cited(regime, e)).filter((c): c is Cited => c !== null);
}

/**
 * What an answer did, for counting: an exemption whose only sections say "not held" (FOISA s17, EIR reg
 * 12(4)(a)) is not held, and so is a redirect: the body does not hold the information and says who does.
 */
function effectiveDisposition(regime: Regime, a: StatisticsAnswer): 'given' | 'withheld' | 'not-held' {
  if (a.disposition === 'answered' || a.disposition === 'partly-answered') return 'given';
  if (a.disposition === 'not-held' || a.disposition === 'redirected') return 'not-held';
  const cites = citationsOf(regime, a);
  if (cites.length > 0 && cites.every((c) => c.provision && isNotHeld(c.provision, c.parts))) return 'not-held';
  return 'withheld';
}

function citesRole(regime: Regime, answers: readonly StatisticsAnswer[], role: Provision['role']): boolean {
  return answers.some((a) => citationsOf(regime, a).some((c) => c.provision?.role === role));
}

/** An answer that neither confirms nor denies: every section it cites is an NCND provision (s31(3), s40(5B), FOISA s18…). */
function isNcndAnswer(regime: Regime, a: StatisticsAnswer): boolean {
  const cites = citationsOf(regime, a);
  return cites.length > 0 && cites.every((c) => c.provision !== undefined && isNcnd(c.provision, c.parts));
}

/**
 * The request's outcome from its answers. Following the central government definitions, a part not held
 * does not make a request "granted in part": the outcome is that of the information the body holds. So
 * every held part given is granted in full; some given and some withheld is granted in part. With nothing
 * given, a vexatious or repeated refusal (s14) comes first, then the cost limit (s12), then exemptions
 * (an exemption that confirms the information is held before NCND), then not held.
 */
export function requestOutcome(c: Pick<StatisticsCase, 'regime' | 'answers'>): RequestOutcome {
  const own = c.answers.filter((a) => a.disposition !== 'covered');
  if (own.length === 0) return 'no-answers';
  const what = own.map((a) => effectiveDisposition(c.regime, a));
  const given = what.includes('given');
  const withheld = what.includes('withheld') || own.some((a) => a.disposition === 'partly-answered');
  if (given) return withheld ? 'granted-in-part' : 'granted-in-full';
  if (citesRole(c.regime, own, 'vexatious')) return 'vexatious-or-repeated';
  if (citesRole(c.regime, own, 'cost')) return 'cost-limit';
  const refusals = own.filter((_, i) => what[i] === 'withheld');
  if (refusals.some((a) => !isNcndAnswer(c.regime, a))) return 'withheld-in-full';
  if (refusals.length > 0) return 'ncnd';
  return 'not-held';
}

// EIR and EISR exceptions by paragraph: the provisions table titles them as a group.
const EXCEPTION_TITLES: Readonly<Record<string, string>> = {
  '4|a': 'information not held',
  '4|b': 'manifestly unreasonable',
  '4|c': 'too general',
  '4|d': 'unfinished material',
  '4|e': 'internal communications',
  '5|a': 'international relations, defence, national security or public safety',
  '5|b': 'the course of justice',
  '5|c': 'intellectual property rights',
  '5|d': 'confidentiality of proceedings',
  '5|e': 'commercial confidentiality',
  '5|f': 'interests of the person who provided the information',
  '5|g': 'protection of the environment',
};

export interface CitedProvision {
  /** Stable across requests: "FOIA s40", "EIR reg 12(5)(e)". */
  key: string;
  label: string;
}

/**
 * The exemption or exception a stored section counts under: the section for the Acts (s40(2) counts as
 * s40), the paragraph for the Regulations (reg 12(5)(e)), as the central tables list them. The cost limit,
 * vexatious requests and FOISA's "not held" are not exemptions: they count as outcomes. A section the
 * regime does not have is counted as written, so a slip shows in the table rather than vanishing.
 */
export function provisionCounted(regime: Regime, entry: string): CitedProvision | null {
  const regimeName = REGIME_LABELS[regime];
  const c = cited(regime, entry);
  if (!c) {
    const written = entry.trim().replace(/\s+/g, ' ');
    return written ? { key: `${regimeName} ${written}`, label: `${regimeName} ${written}` } : null;
  }
  if (c.provision && c.provision.role !== 'exemption') return null;
  const [head = '', paragraph, letter] = c.parts;
  const regulations = familyOf(regime) === 'regulations';
  const upper = (p: string) => (/^\d/.test(p) ? p.toUpperCase() : p);
  // Regulation 13 (EISR 11) counts as a whole; regulation 12(4) and 12(5) by their lettered exceptions.
  const byParagraph = regulations && paragraph !== undefined && (c.provision === undefined || c.provision.key.includes('('));
  const cite = regulations ? `reg ${head}${byParagraph ? `(${upper(paragraph)})${letter ? `(${letter})` : ''}` : ''}` : `s${head.toUpperCase()}`;
  const title = byParagraph && letter ? (EXCEPTION_TITLES[`${paragraph}|${letter}`] ?? c.provision?.title) : c.provision?.title;
  const key = `${regimeName} ${cite}`;
  return { key, label: title ? `${key} ${title}` : key };
}

/** The exemptions and exceptions a request cites, each once however many answers cite it. */
export function provisionsCited(c: Pick<StatisticsCase, 'regime' | 'answers'>): CitedProvision[] {
  const found = new Map<string, CitedProvision>();
  for (const a of c.answers) {
    for (const e of a.exemptions) {
      const p = provisionCounted(c.regime, e);
      if (p && !found.has(p.key)) found.set(p.key, p);
    }
  }
  return [...found.values()];
}
