import type { Clause } from './clauseSchema';
import { isEnvironmental, type Regime } from '../model/regime';

// Sections are written many ways by officers ("s.31(1)(a)", "31 1 a", "reg 12(5)(e)"). Everything
// that compares sections goes through these functions so that search and checks agree.

export type ProvisionFamily = 'act' | 'regulations';

export function familyOfRegime(regime: Regime): ProvisionFamily {
  return isEnvironmental(regime) ? 'regulations' : 'act';
}

/** "31(1)(a)" -> ["31", "1", "a"]; "40(5B)" -> ["40", "5b"]; "22A" -> ["22a"]. Lower case for comparison. */
export function sectionParts(section: string): string[] {
  const compact = section.replace(/\s+/g, '').toLowerCase();
  const head = /^\d+[a-z]?/.exec(compact)?.[0];
  if (!head) return [];
  const parts = [head];
  const bracketed = /\(([0-9a-z]+)\)/g;
  for (let match = bracketed.exec(compact); match; match = bracketed.exec(compact)) parts.push(match[1] ?? '');
  return parts;
}

/** Statute style: section numbers and numbered subsections keep capital suffixes (22A, 5B); paragraphs are lower case. */
export function formatSection(parts: readonly string[]): string {
  const [head, ...rest] = parts;
  if (head === undefined) return '';
  const tail = rest.map((part) => (/^\d/.test(part) ? part.toUpperCase() : part.toLowerCase()));
  return head.toUpperCase() + tail.map((part) => `(${part})`).join('');
}

export function citeSection(section: string, regime: Regime): string {
  const formatted = formatSection(sectionParts(section));
  return familyOfRegime(regime) === 'regulations' ? `reg ${formatted}` : `s${formatted}`;
}

/** The provision a clause relies on, as checks and letters cite it: "s31(1)(a)" or "reg 12(5)(e)". */
export function citedSection(clause: Pick<Clause, 'section' | 'regimes'>): string | undefined {
  const regime = clause.regimes[0];
  if (!clause.section || !regime) return undefined;
  return citeSection(clause.section, regime);
}

export interface SectionQuery {
  family?: ProvisionFamily;
  parts: string[];
  /** Words typed after the section, e.g. "eir" in "12(5)(e) eir". */
  rest: string[];
  /** True when the last part may still be being typed ("s4" may become "s40"). */
  open: boolean;
}

const PREFIX = /^(section|sect|sec|ss|s|regulations|regulation|regs|reg|r)\.?\s*(?=\d)/;
const ROMAN_OR_LETTER_OR_NUMBER = /^(?:\d+[a-z]?|[a-z]|[ivx]{2,5})$/;

/** Reads a query that starts with a section reference; undefined if it does not. */
export function parseSectionQuery(query: string): SectionQuery | undefined {
  let text = query.trim().toLowerCase();
  let family: ProvisionFamily | undefined;
  const prefix = PREFIX.exec(text);
  if (prefix) {
    family = (prefix[1] ?? '').startsWith('r') ? 'regulations' : 'act';
    text = text.slice(prefix[0].length);
  }
  const head = /^(\d+[a-z]?)(?=$|[\s(.,])/.exec(text);
  if (!head) return undefined;
  const parts = [head[1] ?? ''];
  text = text.slice(head[0].length);
  let open = true;
  for (;;) {
    const bracket = /^\s*\(\s*([0-9a-z]+)\s*(\))?/.exec(text);
    if (bracket) {
      parts.push(bracket[1] ?? '');
      open = !bracket[2];
      text = text.slice(bracket[0].length);
      continue;
    }
    const spaced = /^[\s.,]+([0-9a-z]+)(?=$|[\s(.,])/.exec(text);
    if (spaced && ROMAN_OR_LETTER_OR_NUMBER.test(spaced[1] ?? '')) {
      parts.push(spaced[1] ?? '');
      open = true;
      text = text.slice(spaced[0].length);
      continue;
    }
    break;
  }
  const rest = text.replace(/[()]/g, ' ').split(/[^a-z0-9]+/).filter(Boolean);
  if (rest.length > 0) open = false;
  return { family, parts, rest, open };
}
