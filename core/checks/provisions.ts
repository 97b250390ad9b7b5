import type { Regime } from '../model';
import type { Citation } from './citations';

/**
 * The provisions each regime refuses under, from DOMAIN.md's tables and the statutes. `topic` is how a
 * sentence talks about the provision; it lets the checks notice "section 38 … personal information"
 * in a FOIA letter (that is FOISA's numbering: FOIA's personal information exemption is section 40).
 */
export interface Provision {
  /** The head, or for regulations the head and paragraph: "31", "12(5)". */
  key: string;
  title: string;
  role: 'exemption' | 'cost' | 'vexatious' | 'not-held';
  /** Subject to the public interest test (unless a subsection below says otherwise). */
  qualified: boolean;
  /** Needs a finding of likelihood: "would" or "would be likely to" (EIR: "would adversely affect"). */
  harmBased: boolean;
  topic: RegExp;
  /** Subsections that are absolute although the section is qualified, or the reverse. */
  absoluteParts?: readonly string[];
  qualifiedParts?: readonly string[];
  harmParts?: readonly string[];
  /** Subsections that say the information is not held (EIR 12(4)(a), EISR 10(4)(a)): nothing to explain or weigh. */
  notHeldParts?: readonly string[];
  /** Subsections that neither confirm nor deny; "*" for a provision that is itself the NCND (FOISA s18). */
  ncndParts?: readonly string[];
}

const p = (key: string, title: string, qualified: boolean, harmBased: boolean, topic: RegExp, extra: Partial<Provision> = {}): Provision => ({
  key,
  title,
  role: 'exemption',
  qualified,
  harmBased,
  topic,
  ...extra,
});

const FOIA: Provision[] = [
  p('12', 'cost limit', false, false, /cost|appropriate limit/i, { role: 'cost' }),
  p('14', 'vexatious or repeated requests', false, false, /vexatious|repeated/i, { role: 'vexatious' }),
  p('21', 'information accessible by other means', false, false, /accessible|available|published/i),
  p('22', 'information intended for future publication', true, false, /future publication|intended for publication|will be published/i, { ncndParts: ['2'] }),
  p('22A', 'research', true, true, /research/i, { ncndParts: ['2'] }),
  p('23', 'security bodies', false, false, /security bod|security service|intelligence/i, { ncndParts: ['5'] }),
  p('24', 'national security', true, false, /national security/i, { ncndParts: ['2'] }),
  p('26', 'defence', true, true, /defence|armed forces/i, { ncndParts: ['3'] }),
  p('27', 'international relations', true, true, /international|foreign|overseas/i, { harmParts: ['1'], ncndParts: ['4'] }),
  p('28', 'relations within the UK', true, true, /relations within the United Kingdom|relations within the UK|devolved/i, { ncndParts: ['3'] }),
  p('29', 'the economy', true, true, /econom/i, { ncndParts: ['2'] }),
  p('30', 'investigations and proceedings', true, false, /investigation|proceedings/i, { ncndParts: ['3'] }),
  p('31', 'law enforcement', true, true, /law enforcement|crime|prevention or detection|offenders|administration of justice/i, { ncndParts: ['3'] }),
  p('32', 'court records', false, false, /court records?|documents filed with a court/i, { ncndParts: ['3'] }),
  p('33', 'audit functions', true, true, /audit/i, { ncndParts: ['3'] }),
  p('34', 'parliamentary privilege', false, false, /parliamentary privilege/i, { ncndParts: ['2'] }),
  p('35', 'formulation of government policy', true, false, /government policy|policy formulation|formulation or development|ministerial/i, { ncndParts: ['3'] }),
  p('36', 'effective conduct of public affairs', true, true, /public affairs|free and frank|qualified person/i, { ncndParts: ['3'] }),
  p('37', 'communications with the Sovereign, honours', true, false, /sovereign|royal|honours|majesty/i, { absoluteParts: ['1|a', '1|aa', '1|ab'], ncndParts: ['2'] }),
  p('38', 'health and safety', true, true, /health|safety|endanger/i, { ncndParts: ['2'] }),
  p('39', 'environmental information', true, false, /environmental/i, { ncndParts: ['2'] }),
  // DPA 2018 Sch 19 para 58 rewrote s40: s2(3)(fa) makes s40(2) absolute only on the first condition
  // (s40(3A)); on the second (s40(3B), an art 21 objection) or third (s40(4A), exempt from subject
  // access) it is qualified, and so is the NCND in s40(5B)(b)-(d). s40(5A) and s40(5B)(a) are treated as
  // absolute as the ICO does (s2(3) lists only 40(1) and 40(2) on the first condition). The old `40(4)` is gone.
  p('40', 'personal information', false, false, /personal (?:data|information)|data protection|third part/i, { qualifiedParts: ['3b', '4a', '5b|b', '5b|c', '5b|d'], ncndParts: ['5', '5a', '5b'] }),
  p('41', 'information provided in confidence', false, false, /confidence|confidential/i, { ncndParts: ['2'] }),
  p('42', 'legal professional privilege', true, false, /legal professional privilege|legal advice|privilege/i, { ncndParts: ['2'] }),
  // s43(3): no duty to confirm or deny where that "would, or would be likely to" prejudice 43(2)'s interests.
  p('43', 'commercial interests', true, false, /commercial|trade secret/i, { harmParts: ['2', '3'], ncndParts: ['3'] }),
  p('44', 'prohibitions on disclosure', false, false, /prohibit|enactment|contempt of court/i, { ncndParts: ['2'] }),
];

// FOISA Part 2, section by section. Its harm test is "would, or would be likely to, prejudice
// substantially" (ss27(2), 28, 30, 31(4), 32(1)(a), 33(1)(b), 33(2), 35, 40), and s39(1) "endanger";
// the other parts are class-based: 31(1) "required for the purpose of safeguarding national security",
// 32(1)(b) confidential information from another State, 33(1)(a) trade secrets, 39(2) environmental
// information the authority must deal with under the EISR. s18 is the general NCND (for ss28-35, 38, 39, 41).
const FOISA: Provision[] = [
  p('12', 'excessive cost', false, false, /cost|limit/i, { role: 'cost' }),
  p('14', 'vexatious or repeated requests', false, false, /vexatious|repeated/i, { role: 'vexatious' }),
  p('17', 'information not held', false, false, /not hold|not held/i, { role: 'not-held' }),
  p('18', 'neither confirm nor deny', false, false, /confirm nor deny|whether (?:the )?information exists|exists or is held/i, { ncndParts: ['*'] }),
  p('25', 'information otherwise accessible', false, false, /otherwise accessible|reasonably obtainable|available|published/i),
  p('26', 'prohibitions on disclosure', false, false, /prohibit|enactment|contempt of court/i),
  p('27', 'information intended for future publication', true, false, /future publication|intended for publication|will be published|research/i, { harmParts: ['2'] }),
  p('28', 'relations within the UK', true, true, /relations within the United Kingdom|relations within the UK/i),
  p('29', 'formulation of Scottish Administration policy', true, false, /policy|ministerial|Law Officers/i),
  p('30', 'prejudice to effective conduct of public affairs', true, true, /public affairs|free and frank|collective responsibility/i),
  p('31', 'national security and defence', true, true, /national security|defence/i, { harmParts: ['4'] }),
  p('32', 'international relations', true, true, /international|another State|foreign/i, { harmParts: ['1|a'] }),
  p('33', 'commercial interests and the economy', true, true, /commercial|econom|trade secret|financial interests/i, { harmParts: ['1|b', '2'] }),
  p('34', 'investigations by Scottish public authorities and proceedings', true, false, /investigation|proceedings/i),
  p('35', 'law enforcement', true, true, /law enforcement|crime|prevention or detection|offenders|administration of justice/i),
  p('36', 'confidentiality', true, false, /confiden|legal professional privilege|legal advice/i, { absoluteParts: ['2'] }),
  p('37', 'court records', false, false, /court records?|documents filed with a court/i),
  // s2(2)(e)(ii): s38(1)(b) is absolute only on the first condition (s38(2A)); on the second (s38(2B))
  // or third (s38(3A)) it is qualified (personalDataConditions.ts reads the words as well).
  p('38', 'personal information', false, false, /personal (?:data|information)|data protection|third part/i, { qualifiedParts: ['2b', '3a'] }),
  p('39', 'health, safety and the environment', true, true, /health|safety|endanger|environment/i, { harmParts: ['1'] }),
  p('40', 'audit functions', true, true, /audit/i),
  p('41', 'communications with His Majesty and honours', true, false, /majesty|sovereign|royal|honours/i),
];

// EIR: every exception is subject to the public interest test (reg 12(1)(b)) except personal data
// (reg 13, its own test) and "not held" (reg 12(4)(a), where there is nothing to weigh).
const EIR: Provision[] = [
  p('6(1)', 'publicly available', false, false, /publicly available|available/i),
  p('12(4)', 'exception', true, false, /manifestly unreasonable|too general|unfinished|incomplete|internal communications|not hold/i, { absoluteParts: ['4|a'], notHeldParts: ['4|a'] }),
  p('12(5)', 'exception: adverse effect', true, true, /adversely affect|adverse effect/i),
  p('12(6)', 'neither confirm nor deny', true, false, /confirm nor deny/i, { ncndParts: ['6'] }),
  // reg 13(1)(b): on the second (13(2B)) or third (13(3A)) condition the public interest decides; the
  // NCND is reg 13(5A)/(5B).
  p('13', 'personal data', false, false, /personal (?:data|information)|data protection/i, { qualifiedParts: ['2b', '3a'], ncndParts: ['5a', '5b'] }),
];

const EISR: Provision[] = [
  p('6(1)', 'publicly available', false, false, /publicly available|available/i),
  p('10(4)', 'exception', true, false, /manifestly unreasonable|too general|unfinished|incomplete|internal communications|not hold/i, { absoluteParts: ['4|a'], notHeldParts: ['4|a'] }),
  p('10(5)', 'exception: substantial prejudice', true, true, /prejudice substantially|substantial prejudice/i),
  p('10(8)', 'neither confirm nor deny', true, false, /confirm nor deny/i, { ncndParts: ['8'] }),
  // reg 11(6): the NCND for personal data.
  p('11', 'personal data', false, false, /personal (?:data|information)|data protection/i, { ncndParts: ['6'] }),
];

const TABLES: Record<Regime, Provision[]> = { foia: FOIA, foisa: FOISA, eir: EIR, eisr: EISR };
const FAMILY: Record<Regime, Citation['family']> = { foia: 'act', foisa: 'act', eir: 'regulations', eisr: 'regulations' };

export function familyOf(regime: Regime): Citation['family'] {
  return FAMILY[regime];
}

/** The Act the regime's environmental twin (or the reverse) uses: FOIA <-> EIR, FOISA <-> EISR, FOIA <-> FOISA. */
export function provisionsOf(regime: Regime): readonly Provision[] {
  return TABLES[regime];
}

function keyOf(family: Citation['family'], parts: readonly string[]): string[] {
  const [head = '', second] = parts;
  const upperHead = head.toUpperCase();
  // Regulations are keyed by head and paragraph ("12(5)"); a bare "13" or "11" stands alone.
  return family === 'regulations' && second ? [`${upperHead}(${second})`, upperHead] : [upperHead];
}

/** The provision a citation names in the given regime, if that regime refuses under it. */
export function provisionFor(regime: Regime, citation: Pick<Citation, 'family' | 'parts'>): Provision | undefined {
  if (citation.family !== FAMILY[regime]) return undefined;
  const keys = keyOf(citation.family, citation.parts);
  return TABLES[regime].find((prov) => keys.includes(prov.key));
}

/** Subsection lists write the parts after the head joined by "|": "1|a" is 37(1)(a) and anything under it. */
function matches(list: readonly string[] | undefined, parts: readonly string[]): boolean {
  if (!list) return false;
  const tail = parts.slice(1);
  return list.some((entry) => entry.split('|').every((e, i) => tail[i] === e));
}

export function isQualified(prov: Provision, parts: readonly string[]): boolean {
  if (prov.role !== 'exemption') return false;
  if (matches(prov.absoluteParts, parts)) return false;
  if (matches(prov.qualifiedParts, parts)) return true;
  return prov.qualified;
}

export function isHarmBased(prov: Provision, parts: readonly string[]): boolean {
  if (prov.role !== 'exemption') return false;
  if (prov.harmParts) return matches(prov.harmParts, parts);
  return prov.harmBased;
}

/** "Not held": FOISA s17, or the EIR/EISR exception for information not held when the request arrived. */
export function isNotHeld(prov: Provision, parts: readonly string[]): boolean {
  return prov.role === 'not-held' || matches(prov.notHeldParts, parts);
}

export function isNcnd(prov: Provision, parts: readonly string[]): boolean {
  return prov.ncndParts?.includes('*') === true || matches(prov.ncndParts, parts);
}

/** Where a provision from another regime's numbering belongs in this one, to name it in the message. */
export const EQUIVALENTS: Record<Regime, Record<string, string>> = {
  eir: {
    '12': 'regulation 12(4)(b) (manifestly unreasonable)',
    '14': 'regulation 12(4)(b) (manifestly unreasonable)',
    '21': 'regulation 6(1)(b) (publicly available)',
    '22': 'regulation 12(4)(d) (unfinished material)',
    '24': 'regulation 12(5)(a) (national security)',
    '26': 'regulation 12(5)(a) (defence)',
    '27': 'regulation 12(5)(a) (international relations)',
    '30': 'regulation 12(5)(b) (the course of justice)',
    '31': 'regulation 12(5)(b) (the course of justice)',
    '35': 'regulation 12(4)(e) (internal communications)',
    '36': 'regulation 12(4)(e) (internal communications)',
    '38': 'regulation 12(5)(a) (public safety)',
    '40': 'regulation 13 (personal data)',
    '41': 'regulation 12(5)(f) (interests of the person who provided the information)',
    '42': 'regulation 12(5)(b) (the course of justice)',
    '43': 'regulation 12(5)(e) (commercial confidentiality)',
    '10(4)': 'regulation 12(4)',
    '10(5)': 'regulation 12(5)',
    '11': 'regulation 13',
  },
  eisr: {
    '12': 'regulation 10(4)(b) (manifestly unreasonable)',
    '14': 'regulation 10(4)(b) (manifestly unreasonable)',
    '25': 'regulation 6(1)(b) (publicly available)',
    '27': 'regulation 10(4)(d) (unfinished material)',
    '29': 'regulation 10(4)(e) (internal communications)',
    '30': 'regulation 10(4)(e) (internal communications)',
    '31': 'regulation 10(5)(a) (national security)',
    '33': 'regulation 10(5)(e) (commercial confidentiality)',
    '34': 'regulation 10(5)(b) (the course of justice)',
    '35': 'regulation 10(5)(b) (the course of justice)',
    '38': 'regulation 11 (personal data)',
    '43': 'regulation 10(5)(e) (commercial confidentiality)',
    '40': 'regulation 11 (personal data)',
    '12(4)': 'regulation 10(4)',
    '12(5)': 'regulation 10(5)',
    '13': 'regulation 11',
  },
  foia: {},
  foisa: {},
};
