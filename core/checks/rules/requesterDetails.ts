import { findEmails } from '../emailForms';
import { foldNeedle, originalRange } from '../foldedText';
import { personalDataFinding, outgoingTexts } from '../publishedText';
import type { Finding } from '../finding';
import type { Rule } from '../rule';
import { escapeRegExp } from '../textSpans';

// Rests on UK GDPR art 4(1) with FOIA s40(2): disclosure under FOIA is to the world, so the requester's identity stays out of the log.

const BEFORE = '(?<![\\p{L}\\d@.])';
const AFTER = '(?![\\p{L}\\d@])';

/**
 * First names that are also ordinary words, months or titles, so a capital at the start of a sentence
 * or a date would be taken for the requester ("May we…", "Will this…", "1 June"). For these only the
 * full name and the surname are matched.
 */
const FIRST_NAMES_THAT_ARE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'will', 'mark', 'bill', 'frank', 'grant', 'hope', 'joy', 'faith', 'dawn', 'rose', 'sue', 'pat', 'ray', 'don', 'gene',
  'chase', 'drew', 'hunter', 'lane', 'page', 'art', 'guy', 'amber', 'summer', 'autumn', 'holly', 'ivy', 'iris', 'lily',
  'daisy', 'ruby', 'pearl', 'crystal', 'sky', 'river', 'brook', 'jack', 'penny', 'sunny', 'rich', 'rusty', 'miles', 'price',
  'king', 'major', 'earl', 'duke', 'dean', 'baron', 'cash', 'chance', 'clay', 'cliff', 'dale', 'forest', 'glen', 'grace',
  'heath', 'jay', 'kit', 'lance', 'mason', 'max', 'mercy', 'moss', 'nick', 'patience', 'porter', 'reed', 'rob', 'robin',
  'rod', 'royal', 'sage', 'skip', 'sterling', 'stone', 'tab', 'carol', 'norman', 'sandy', 'rocky', 'bud', 'star', 'angel',
  'constance', 'prudence', 'felicity', 'harmony', 'justice', 'liberty', 'unity', 'trinity', 'destiny', 'honor', 'honour',
  'the', 'and', 'for', 'all', 'our', 'you', 'can', 'police', 'council', 'chief', 'officer', 'sir', 'madam',
]);

const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

/** A single name word as a name is written: Capitalised or in CAPITALS, never in lower case ("green spaces"). */
function nameWord(w: string): RegExp {
  // As stored too ("McDonald"), unless stored in lower case: that form is the ordinary word.
  const forms = new Set([capitalised(w), w.toUpperCase(), ...(w === w.toLowerCase() ? [] : [w])]);
  return new RegExp(`${BEFORE}(?:${[...forms].map(escapeRegExp).join('|')})${AFTER}`, 'gu');
}

/**
 * Patterns over folded text (foldedText.ts), built from the folded requester details:
 * - the full name, email and address lines of 6+ characters, in any case;
 * - the surname alone, 3+ letters, Capitalised or in CAPITALS (so "Mr Green" and "MR GREEN", not "green spaces");
 * - the first name alone on the same terms, unless it is an ordinary word (FIRST_NAMES_THAT_ARE_WORDS) or
 *   a word of the organisation's name. Why 3 letters: "Al", "Jo" and "Ed" are initials, abbreviations
 *   and words far more often than the requester, while a capitalised 3+ letter first name in a published
 *   answer is almost always the person ("Thank you Jordan"), and the log must not carry it.
 */
export function requesterPatterns(requester: { name: string; email: string; address: string }, organisationWords: readonly string[] = []): RegExp[] {
  const anyCase: string[] = [];
  const patterns: RegExp[] = [];
  const email = foldNeedle(requester.email.trim());
  if (email) anyCase.push(escapeRegExp(email));
  const name = foldNeedle(requester.name.trim()).replace(/\s+/g, ' ');
  if (name) anyCase.push(escapeRegExp(name).replace(/ /g, '\\s+'));
  for (const line of foldNeedle(requester.address).split(/\r?\n|,/)) {
    const t = line.trim();
    // A fragment this short ("Flat 2", "UK") would strike ordinary words.
    if (t.length >= 6) anyCase.push(escapeRegExp(t).replace(/ /g, '\\s+'));
  }
  if (anyCase.length) {
    // Longest first so the full name wins over a shorter line inside it.
    anyCase.sort((a, b) => b.length - a.length);
    patterns.push(new RegExp(`${BEFORE}(?:${anyCase.join('|')})${AFTER}`, 'giu'));
  }
  const words = name.includes(' ') ? name.split(' ').filter((w) => /^[\p{L}'-]+$/u.test(w)) : [];
  const surname = words.at(-1);
  if (surname && surname.length >= 3) patterns.push(nameWord(surname));
  const first = words.length > 1 ? words[0] : undefined;
  const orgWords = new Set(organisationWords.map((w) => foldNeedle(w).toLowerCase()));
  if (first && first.length >= 3 && !FIRST_NAMES_THAT_ARE_WORDS.has(first.toLowerCase()) && !orgWords.has(first.toLowerCase())) {
    patterns.push(nameWord(first));
  }
  return patterns;
}

export const requesterDetails: Rule = {
  id: 'requester-details',
  summary: "The requester's name, email or address appears in the response",
  check(view, ctx) {
    const { requester } = view.c;
    const orgWords = `${ctx.organisation.name} ${ctx.organisation.shortName}`.split(/\s+/).filter(Boolean);
    const patterns = requesterPatterns(requester, orgWords);
    const email = requester.email.trim().toLowerCase();
    if (patterns.length === 0) return [];
    const out: Finding[] = [];
    for (const target of outgoingTexts(view, ctx)) {
      const folded = target.folded();
      const taken: [number, number][] = [];
      const report = (from: number, to: number) => {
        if (taken.some(([f, t]) => from < t && to > f)) return;
        taken.push([from, to]);
        const o = originalRange(folded, from, to);
        out.push(personalDataFinding(view, ctx, this.id, target, o.from, o.to, "the requester's details"));
      };
      const [whole, ...single] = patterns;
      for (const m of folded.text.matchAll(whole!)) report(m.index ?? 0, (m.index ?? 0) + m[0].length);
      // The email however else it is written: broken across lines, "(at)", "at … dot …".
      if (email) for (const e of findEmails(folded.text)) if (e.address === email) report(e.from, e.to);
      for (const pattern of single) {
        for (const m of folded.text.matchAll(pattern)) report(m.index ?? 0, (m.index ?? 0) + m[0].length);
      }
    }
    return out;
  },
};
