import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ELLIPSIS, MARK_CLOSE, MARK_OPEN } from '../../../core/reuse/markedText';
import { snippet, wordsOf, type Hit } from './pgSnippet';

// The team workspace's snippets against the real thing: SQLite's FTS5 snippet() on the same texts
// and searches (exact words here, so both sides agree on which words match).
const db = new Database(':memory:');
db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61')");
afterAll(() => db.close());

function fts5(text: string, terms: string[][], size: number): string {
  db.exec('DELETE FROM t');
  db.prepare('INSERT INTO t (rowid, body) VALUES (1, ?)').run(text);
  const match = terms.map((t) => `"${t.join(' ')}"`).join(' AND ');
  const row = db.prepare('SELECT snippet(t, 0, ?, ?, ?, ?) AS s FROM t WHERE t MATCH ?').get(MARK_OPEN, MARK_CLOSE, ELLIPSIS, size, match) as { s: string } | undefined;
  return row?.s ?? '(no match)';
}

function ours(text: string, terms: string[][], size: number): string {
  const words = wordsOf(text);
  const hits: Hit[] = [];
  words.forEach((_, i) =>
    terms.forEach((t, term) => {
      if (t.every((w, k) => words[i + k]?.text.toLowerCase() === w)) hits.push({ term, first: i, last: i + t.length - 1 });
    }),
  );
  return hits.length ? snippet(text, words, hits, size, terms.length) : '(no match)';
}

/** A small deterministic generator, so a failure can be run again. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const VOCAB = ['street', 'lighting', 'council', 'budget', 'repairs', 'the', 'of', 'roads', 'cost', '2023', 's43'];
const PUNCTUATION = [' ', ' ', ' ', ' ', ', ', '. ', ': ', ' (', ') ', ' — ', '.\n'];

describe('snippets as FTS5 makes them', () => {
  it.each([
    ['a short text whole', 'How much was spent on street lighting?', [['lighting']], 40],
    ['a phrase marked whole', 'Street lighting and more street lighting here.', [['street', 'lighting']], 40],
    ['two terms', 'The council spent on lighting, and the council said so.', [['council'], ['lighting']], 5],
  ])('%s', (_name, text, terms, size) => {
    expect(ours(text, terms, size)).toBe(fts5(text, terms, size));
  });

  it('agrees with FTS5 on 400 generated texts and searches', () => {
    const next = random(42);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const differ: string[] = [];
    for (let n = 0; n < 400; n++) {
      const length = 1 + Math.floor(next() * 70);
      let text = next() < 0.3 ? '  ' : '';
      for (let i = 0; i < length; i++) text += (i ? pick(PUNCTUATION) : '') + pick(VOCAB);
      if (next() < 0.5) text += pick(['.', '?', ' ', '']);
      const terms = Array.from({ length: 1 + Math.floor(next() * 2) }, () => (next() < 0.3 ? [pick(VOCAB), pick(VOCAB)] : [pick(VOCAB)]));
      const size = pick([4, 8, 24, 40]);
      const expected = fts5(text, terms, size);
      if (expected === '(no match)') continue;
      const actual = ours(text, terms, size);
      if (actual !== expected) differ.push(JSON.stringify({ text, terms, size, expected, actual }));
    }
    expect(differ.slice(0, 3)).toEqual([]);
  });
});
