import { foldWord } from './spellingVariants';

/**
 * What the officer types in global search, as an FTS5 query: words (all must appear), "a phrase"
 * (those words in that order) and prefixes (contract*). Nothing typed reaches FTS5's own syntax:
 * every word is rebuilt from letters and digits and quoted, so AND, NEAR, quotes, brackets or a
 * column name in the text are only words. Words are folded like the index (UK/US spellings).
 */
export interface SearchTerm {
  kind: 'word' | 'phrase' | 'prefix';
  words: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function parseSearchTerms(input: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  // A quote with no partner runs to the end: what the officer is still typing is a phrase.
  const pattern = /"([^"]*)"?|(\S+)/g;
  for (const m of input.matchAll(pattern)) {
    if (m[1] !== undefined) {
      const words = (m[1].match(WORD) ?? []).map(foldWord);
      if (words.length === 1) terms.push({ kind: 'word', words });
      else if (words.length > 1) terms.push({ kind: 'phrase', words });
      continue;
    }
    const raw = m[2]!;
    const words = raw.match(WORD) ?? [];
    if (words.length === 0) continue;
    const prefix = raw.endsWith('*');
    // "s31(1)(a)" or "e-mail" is several words: searched as a phrase, as the index splits them.
    if (words.length > 1) terms.push({ kind: 'phrase', words: words.map(foldWord) });
    // A prefix is not folded: "organiz*" should find what starts with those letters.
    else terms.push(prefix ? { kind: 'prefix', words: [words[0]!.toLowerCase()] } : { kind: 'word', words: [foldWord(words[0]!)] });
  }
  return terms;
}

/** The FTS5 MATCH expression for the terms, or null when there is nothing to search for. */
export function ftsQuery(terms: readonly SearchTerm[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((t) => (t.kind === 'prefix' ? `"${t.words[0]}"*` : `"${t.words.join(' ')}"`)).join(' AND ');
}

/** Any of the words, for ranking by similarity ("answered before"): each quoted, joined by OR. */
export function anyWordQuery(words: readonly string[]): string | null {
  return words.length ? words.map((w) => `"${w}"`).join(' OR ') : null;
}
