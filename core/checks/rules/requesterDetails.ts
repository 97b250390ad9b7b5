import { personalDataFinding, outgoingTexts } from '../publishedText';
import type { Rule } from '../rule';
import { escapeRegExp } from '../textSpans';

const BEFORE = '(?<![\\p{L}\\d@.])';
const AFTER = '(?![\\p{L}\\d@])';

/**
 * The requester's name in full, email and address lines (any case), and the surname alone when it is
 * 3 letters or more, capitalised, so "Mr Green" is caught but "green spaces" is not.
 */
export function requesterPatterns(requester: { name: string; email: string; address: string }): RegExp[] {
  const anyCase: string[] = [];
  const patterns: RegExp[] = [];
  const email = requester.email.trim();
  if (email) anyCase.push(escapeRegExp(email));
  const name = requester.name.trim().replace(/\s+/g, ' ');
  if (name) anyCase.push(escapeRegExp(name).replace(/ /g, '\\s+'));
  for (const line of requester.address.split(/\r?\n|,/)) {
    const t = line.trim();
    // A fragment this short ("Flat 2", "UK") would strike ordinary words.
    if (t.length >= 6) anyCase.push(escapeRegExp(t).replace(/ /g, '\\s+'));
  }
  if (anyCase.length) {
    // Longest first so the full name wins over a shorter line inside it.
    anyCase.sort((a, b) => b.length - a.length);
    patterns.push(new RegExp(`${BEFORE}(?:${anyCase.join('|')})${AFTER}`, 'giu'));
  }
  const surname = name.includes(' ') ? name.split(' ').filter((w) => /^[\p{L}'-]+$/u.test(w)).pop() : undefined;
  if (surname && surname.length >= 3) {
    patterns.push(new RegExp(`${BEFORE}${escapeRegExp(surname.charAt(0).toUpperCase() + surname.slice(1))}${AFTER}`, 'gu'));
  }
  return patterns;
}

export const requesterDetails: Rule = {
  id: 'requester-details',
  summary: "The requester's name, email or address appears in the response",
  check(view, ctx) {
    const patterns = requesterPatterns(view.c.requester);
    if (patterns.length === 0) return [];
    const out = [];
    for (const target of outgoingTexts(view, ctx)) {
      const taken: [number, number][] = [];
      for (const pattern of patterns) {
        for (const m of target.text.matchAll(pattern)) {
          const from = m.index ?? 0;
          const to = from + m[0].length;
          if (taken.some(([f, t]) => from < t && to > f)) continue;
          taken.push([from, to]);
          out.push(personalDataFinding(view, ctx, this.id, target, from, to, "the requester's details"));
        }
      }
    }
    return out;
  },
};
