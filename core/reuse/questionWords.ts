import { foldWord } from './spellingVariants';

/**
 * The words of a question that say what it is about: folded (UK/US spellings as one), lower case,
 * without the words every request is made of ("please", "provide", "the", "information").
 * They build the "answered before" query, and compare two questions word for word.
 */

// English function words, and the asking words of FOI requests: they match every question.
const STOPWORDS = new Set(
  (
    'a about above after again all also am an and any are as at be been before being below between both but by can could ' +
    'did do does doing down during each few for from further had has have having he her here hers him his how i if in into ' +
    'is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should ' +
    'so some such than that the their theirs them then there these they this those through to too under until up upon very ' +
    'was we were what when where which while who whom why will with would you your yours ' +
    'please provide state tell confirm disclose send supply request requesting requested information details detail ' +
    'copy copies like know want wish ask asking regarding relating related relation respect held hold holds ' +
    'dear thank thanks kind regards foi freedom act 2000 under following'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Every word of `text`, folded and lower-cased, in order (stop words included). */
export function foldedWords(text: string): string[] {
  return (text.match(WORD) ?? []).map(foldWord);
}

/** The words that carry the question's meaning, in order, each once. At most `limit`. */
export function significantWords(text: string, limit = 24): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const w of foldedWords(text)) {
    if (STOPWORDS.has(w) || (w.length < 2 && !/\d/.test(w)) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
    if (out.length >= limit) break;
  }
  return out;
}

/**
 * How nearly two questions say the same thing, from 0 to 1: the overlap of their meaningful words
 * (Dice coefficient over the words with their counts). 1 is word for word, spelling variants and
 * stop words aside; two different questions on the same topic sit well under 0.7.
 */
export function questionSimilarity(a: string, b: string): number {
  const count = (text: string) => {
    const m = new Map<string, number>();
    for (const w of foldedWords(text)) if (!STOPWORDS.has(w)) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  let total = 0;
  let shared = 0;
  for (const n of ca.values()) total += n;
  for (const n of cb.values()) total += n;
  for (const [w, n] of ca) shared += Math.min(n, cb.get(w) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/** At or above this, a question is the same as an earlier one, almost word for word. */
export const SAME_QUESTION = 0.9;
/** At or above this, a question counts as matching an earlier one in a round robin. */
export const MATCHING_QUESTION = 0.7;
