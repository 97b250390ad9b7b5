import type { Regime } from '../model';

/**
 * A provision the answer relies on or mentions: "section 31(1)(a)", "s.40(2)", "Section 43 (2)", "s31",
 * "regulation 12(5)(e)", "reg. 13", a clause node's section, or an entry of the answer's exemptions list.
 */
export interface Citation {
  family: 'act' | 'regulations';
  /** Lower case: ["31", "1", "a"], ["40", "5b"], ["12", "5", "e"]. */
  parts: string[];
  /** As the letter should cite it: "section 31(1)(a)", "regulation 12(5)(e)". */
  label: string;
  source: 'text' | 'clause' | 'field';
  /** Offsets in the answer's plain text; for a listed exemption not found in the text, both are -1. */
  from: number;
  to: number;
  /** "section 170 of the Data Protection Act 2018": some other statute, not the access regime. */
  otherAct: boolean;
  clauseKind?: string;
  /** The regime a clause was written for, read from its id ("foisa-s38-1-b"). */
  clauseRegime?: Regime;
}

const BRACKETS = String.raw`(?:\s?\(\s?(?:\d{1,2}[A-Za-z]?|[a-z]{1,4})\s?\))*`;
const ACT = new RegExp(String.raw`\b(?:[Ss]ections?|SECTIONS?|[Ss]{1,2}\.?\s?)\s?(\d{1,2}A?)(?![\d])(${BRACKETS})`, 'g');
const REG = new RegExp(String.raw`\b(?:[Rr]egulations?|REGULATIONS?|[Rr]egs?\.?|[Rr]\.)\s?(\d{1,2})(?![\d])(${BRACKETS})`, 'g');
// "sections 40(2) and 43(2)": the second number carries no prefix of its own.
const CONTINUATION = new RegExp(String.raw`^\s?(?:,|and|or|&)\s?(\d{1,2}A?)(?![\d])(${BRACKETS})`);
const OF_STATUTE = /^\s?,?\s?of (?:the )?([^.;\n]{0,60}?)\b(Act|Regulations|Order|Rules)\b/;
const ACCESS_STATUTE = /^(?:|Freedom of Information(?: \(Scotland\))?|Environmental Information(?: \(Scotland\))?)\s*$/i;
const REGIME_PREFIX = /^(foia|eir|foisa|eisr)-/;

export function partsOf(head: string, brackets: string): string[] {
  const parts = [head.toLowerCase()];
  for (const m of brackets.matchAll(/\(\s?([0-9a-zA-Z]+)\s?\)/g)) parts.push((m[1] ?? '').toLowerCase());
  return parts;
}

export function formatCitation(family: Citation['family'], parts: readonly string[]): string {
  const [head = '', ...rest] = parts;
  const tail = rest.map((p) => `(${/^\d/.test(p) ? p.toUpperCase() : p})`).join('');
  return `${family === 'act' ? 'section' : 'regulation'} ${head.toUpperCase()}${tail}`;
}

/** "s31(1)(a)", "31(1)(a)", "reg 12(5)(e)", "regulation 13" -> a citation without a place in the text. */
export function parseListedProvision(entry: string, fallback: Citation['family']): Pick<Citation, 'family' | 'parts'> | undefined {
  const m = /^\s*(?:(reg(?:ulation)?s?\.?|r\.)|(s(?:ection)?s?\.?))?\s?(\d{1,2}[A-Za-z]?)((?:\s?\(\s?[0-9a-zA-Z]{1,4}\s?\))*)\s*$/i.exec(entry);
  if (!m) return undefined;
  const family = m[1] ? 'regulations' : m[2] ? 'act' : fallback;
  return { family, parts: partsOf(m[3] ?? '', m[4] ?? '') };
}

function scan(text: string, pattern: RegExp, family: Citation['family'], out: Citation[]) {
  for (const m of text.matchAll(pattern)) {
    let from = m.index ?? 0;
    let to = from + m[0].length;
    let head = m[1] ?? '';
    let brackets = m[2] ?? '';
    for (;;) {
      const after = text.slice(to, to + 80);
      const parts = partsOf(head, brackets);
      const statute = OF_STATUTE.exec(after);
      const otherAct = statute !== null && !ACCESS_STATUTE.test(statute[1] ?? '');
      out.push({ family, parts, label: formatCitation(family, parts), source: 'text', from, to, otherAct });
      const more = CONTINUATION.exec(after);
      if (!more) break;
      from = to + (more.index ?? 0) + more[0].indexOf(more[1] ?? '');
      to = to + more[0].length;
      head = more[1] ?? '';
      brackets = more[2] ?? '';
    }
  }
}

export function findCitations(
  text: string,
  clauses: readonly { clauseId: string; kind: string; section: string; from: number; to: number }[],
  listed: readonly string[] = [],
): Citation[] {
  const out: Citation[] = [];
  scan(text, ACT, 'act', out);
  scan(text, REG, 'regulations', out);
  // A clause's wording cites its own section; the clause node stands for it, with its kind and regime.
  const inClause = (c: Citation) => clauses.some((cl) => c.from >= cl.from && c.from < cl.to);
  for (let i = out.length - 1; i >= 0; i--) if (inClause(out[i]!)) out.splice(i, 1);
  for (const cl of clauses) {
    if (!cl.section) continue;
    const regime = REGIME_PREFIX.exec(cl.clauseId)?.[1] as Regime | undefined;
    const family = regime === 'eir' || regime === 'eisr' ? 'regulations' : 'act';
    const parsed = parseListedProvision(cl.section, family);
    if (!parsed) continue;
    out.push({ ...parsed, label: formatCitation(parsed.family, parsed.parts), source: 'clause', from: cl.from, to: cl.to, otherAct: false, clauseKind: cl.kind, clauseRegime: regime });
  }
  for (const entry of listed) {
    const parsed = parseListedProvision(entry, 'act');
    if (!parsed) continue;
    const label = formatCitation(parsed.family, parsed.parts);
    // A listed exemption that the text already cites adds nothing; one the text never names is what s17 misses.
    if (out.some((c) => c.family === parsed.family && samePrefix(c.parts, parsed.parts))) continue;
    out.push({ ...parsed, label, source: 'field', from: -1, to: -1, otherAct: false });
  }
  return out.sort((a, b) => a.from - b.from);
}

function samePrefix(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
