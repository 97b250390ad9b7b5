import { normaliseCitation } from '../clauses/citedInDoc';

/**
 * The section a search is narrowed to, in the form answers store ("s43", "s31(1)(a)", "reg 12(5)(e)"):
 * "43", "section 43" and "s.43" all mean s43. Text that is not a section is kept as typed, so the
 * filter finds nothing rather than everything.
 */
export function normaliseSectionFilter(text: string): string {
  const t = text.trim();
  return normaliseCitation(t.replace(/^sections?\s*|^s\.\s*/i, 's')) ?? normaliseCitation(t) ?? t;
}
