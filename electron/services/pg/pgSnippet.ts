import { ELLIPSIS, MARK_CLOSE, MARK_OPEN } from '../../../core/reuse/markedText';

/**
 * The matching words in context, as SQLite's FTS5 snippet() makes them (fts5_aux.c), for the team
 * workspace's search: PostgreSQL's ts_headline marks words by its own parser and cannot see the
 * UK/US folding, so the store finds which words match (asking PostgreSQL, word by word) and this
 * cuts the window and marks it the way the single officer's search does:
 *
 * - words are runs of letters and digits, as FTS5's unicode61 tokenizer has them;
 * - each window of `size` words is scored 1000 for each term found in it for the first time and 1
 *   for each further hit; the window is centred on its hits, or starts at a sentence (a word after
 *   ". " or ": ") holding the hit when that scores better, with a bonus of 100 (120 for the start);
 * - a phrase is marked whole; an ellipsis marks text left out at either end; a text of at most
 *   `size` words is given whole.
 */
export interface Hit {
  /** Which term of the search (terms are scored by how many different ones a window holds). */
  term: number;
  /** First and last word of the hit, by index. */
  first: number;
  last: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

export interface Word {
  text: string;
  start: number;
  end: number;
}

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function score(hits: readonly Hit[], size: number, from: number, terms: number): { score: number; first: number; last: number } {
  const seen = new Array<boolean>(terms).fill(false);
  let total = 0;
  let first = -1;
  let last = -1;
  for (const h of hits) {
    if (h.first < from || h.first >= from + size) continue;
    total += seen[h.term] ? 1 : 1000;
    seen[h.term] = true;
    if (first < 0) first = h.first;
    if (h.last > last) last = h.last;
  }
  return { score: total, first, last };
}

/** `text` cut to the best window of `size` words, the hits in it marked (MARK_OPEN … MARK_CLOSE). */
export function snippet(text: string, words: readonly Word[], hits: readonly Hit[], size: number, terms: number): string {
  const count = words.length;
  // Sentence starts: the first word, and each word after ". " or ": ".
  const sentences = words.flatMap((w, i) => (i === 0 || /[.:][ \t\r\n]+$/.test(text.slice(words[i - 1]!.end, w.start)) ? [i] : []));
  let best = 0;
  let start = 0;
  for (const h of hits) {
    const s = score(hits, size, h.first, terms);
    // As fts5SnippetScore: the hits' span counts their last word, so an odd word over goes after them.
    let adjusted = s.first - Math.trunc((size - (s.last + 1 - s.first)) / 2);
    if (adjusted + size > count) adjusted = count - size;
    if (adjusted < 0) adjusted = 0;
    if (s.score > best) {
      best = s.score;
      start = adjusted;
    }
    if (count > size) {
      let j = 0;
      while (j < sentences.length - 1 && sentences[j + 1]! <= h.first) j++;
      const sentence = sentences[j]!;
      if (sentence < h.first) {
        const t = score(hits, size, sentence, terms).score + (sentence === 0 ? 120 : 100);
        if (t > best) {
          best = t;
          start = sentence;
        }
      }
    }
  }
  const end = Math.min(count, start + size) - 1;
  if (end < 0) return text;
  // The marks, merged where hits overlap.
  const spans = hits
    .filter((h) => h.last >= start && h.first <= end)
    .map((h) => ({ first: Math.max(h.first, start), last: Math.min(h.last, end) }))
    .sort((a, b) => a.first - b.first);
  const merged: { first: number; last: number }[] = [];
  for (const s of spans) {
    const prev = merged[merged.length - 1];
    if (prev && s.first <= prev.last) prev.last = Math.max(prev.last, s.last);
    else merged.push({ ...s });
  }
  let out = start > 0 ? ELLIPSIS : '';
  let at = start > 0 ? words[start]!.start : 0;
  for (const m of merged) {
    out += text.slice(at, words[m.first]!.start) + MARK_OPEN + text.slice(words[m.first]!.start, words[m.last]!.end) + MARK_CLOSE;
    at = words[m.last]!.end;
  }
  out += end >= count - 1 ? text.slice(at) : `${text.slice(at, words[end]!.end)}${ELLIPSIS}`;
  return out;
}
