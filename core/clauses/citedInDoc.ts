import type { RichNode } from '../model/richText';
import { formatSection, parseSectionQuery } from './sectionReference';

// The sections an answer relies on are known from the clause nodes in it, so the officer never has
// to type "s31(1)(a)" into a field after inserting the s31(1)(a) wording: the two cannot drift.

/** Clause kinds that refuse under a provision the s17 notice must name. Not-held and redirects cite none. */
const CITING_KINDS: ReadonlySet<string> = new Set(['exemption', 'ncnd', 'cost', 'vexatious']);
const REGULATION_IDS = /^(eir|eisr)-/;

/**
 * "s31(1)(a)", "31(1)(a)", "reg 12(5)(e)" -> "s31(1)(a)" / "reg 12(5)(e)": the form answer.exemptions
 * holds. A bare number is read by the clause's regime (its id prefix), as the pre-send checks do.
 */
export function normaliseCitation(section: string, clauseId = ''): string | undefined {
  const query = parseSectionQuery(section);
  if (!query || query.rest.length > 0) return undefined;
  const family = query.family ?? (REGULATION_IDS.test(clauseId) ? 'regulations' : 'act');
  const formatted = formatSection(query.parts);
  return family === 'regulations' ? `reg ${formatted}` : `s${formatted}`;
}

/** The citations of the refusal clauses in a document, in the order they appear, without repeats. */
export function citedInDoc(doc: RichNode): string[] {
  const found: string[] = [];
  const walk = (node: RichNode) => {
    if (node.type === 'clause') {
      const attrs = node.attrs ?? {};
      if (CITING_KINDS.has(String(attrs['kind'] ?? ''))) {
        const cited = normaliseCitation(String(attrs['section'] ?? ''), String(attrs['clauseId'] ?? ''));
        if (cited && !found.includes(cited)) found.push(cited);
      }
      return;
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

export interface CitedMerge {
  exemptions: string[];
  /** True when the new document cites something the old one did not. */
  added: boolean;
}

/**
 * The answer's exemptions after its text changed from `before` to `after`. Sections typed by hand
 * stay; a section that came from a clause leaves with that clause (deleting a clause inserted by
 * mistake must not leave its section behind); sections of new clauses are added.
 */
export function mergeCitedSections(exemptions: readonly string[], before: RichNode, after: RichNode): CitedMerge {
  const old = new Set(citedInDoc(before));
  const now = citedInDoc(after);
  const key = (s: string) => normaliseCitation(s) ?? s.trim().toLowerCase();
  const nowKeys = new Set(now.map((s) => key(s)));
  const kept = exemptions.filter((s) => !(old.has(key(s)) && !nowKeys.has(key(s))));
  const keptKeys = new Set(kept.map(key));
  const fresh = now.filter((s) => !keptKeys.has(key(s)));
  const added = now.some((s) => !old.has(s));
  const merged = [...kept, ...fresh];
  const unchanged = merged.length === exemptions.length && merged.every((s, i) => s === exemptions[i]);
  return { exemptions: unchanged ? [...exemptions] : merged, added };
}

/**
 * An answer after its text changed: exemptions follow its clauses, and an answer still marked
 * "answered" becomes "exempt" when a refusal clause arrives in it.
 */
export function withCitedSections<A extends { doc: RichNode; exemptions: string[]; disposition: string }>(before: A, after: A): A {
  const merged = mergeCitedSections(after.exemptions, before.doc, after.doc);
  const disposition = merged.added && after.disposition === 'answered' ? 'exempt' : after.disposition;
  const same = disposition === after.disposition && merged.exemptions.length === after.exemptions.length && merged.exemptions.every((s, i) => s === after.exemptions[i]);
  return same ? after : { ...after, exemptions: merged.exemptions, disposition };
}
