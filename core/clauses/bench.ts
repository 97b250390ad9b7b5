import { REGIMES, type Clause, type ClauseKind } from './clauseSchema';
import { buildClauseIndex } from './clauseIndex';
import { searchClauses } from './searchClauses';

// The palette's figure for `npm run bench`: how long the result list takes to recompute on each
// keystroke in a library of 1,000 clauses (a large team library is ~200). Pure, so it measures
// the search alone; the render cost is measured separately in Chromium.

export interface PaletteBench {
  clauses: number;
  keystrokes: number;
  indexMs: number;
  averageMs: number;
  p95Ms: number;
}

const KINDS: ClauseKind[] = ['exemption', 'ncnd', 'cost', 'vexatious', 'not-held', 'redirect', 'standard', 'closing'];
const WORDS = ['prejudice', 'crime', 'personal', 'information', 'commercial', 'interests', 'health', 'safety', 'police', 'force', 'review', 'complaint', 'court', 'records', 'audit', 'confidence', 'privilege', 'security', 'defence', 'economy'];
const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** A synthetic library shaped like the shipped one: numbered sections, titled, with real-length bodies. */
export function syntheticClauses(count: number): Clause[] {
  return Array.from({ length: count }, (_, i): Clause => {
    const kind = KINDS[i % KINDS.length]!;
    const regime = REGIMES[i % REGIMES.length]!;
    const section = `${21 + (i % 24)}(${1 + (i % 5)})(${LETTERS[i % LETTERS.length]})`;
    const word = (n: number) => WORDS[(i * 7 + n) % WORDS.length]!;
    const sentence = `Disclosure would ${word(1)} the ${word(2)} of ${word(3)} and ${word(4)} {{reason}}.`;
    return {
      id: `bench-${regime}-${i}`,
      title: `${word(0)} ${word(5)} ${i}`,
      kind,
      regimes: [regime],
      section,
      absolute: false,
      harm: 'prejudice',
      version: 1,
      variables: [{ name: 'reason', prompt: 'Why', type: 'text' }],
      body: Array.from({ length: 8 }, () => sentence).join('\n\n'),
      sourcePath: `bench/${i}.md`,
    };
  });
}

/** Every prefix of each query, as typed one key at a time. */
const TYPED = ['31 1 a', 's40(2)', 'reg 12(5)(e)', 'exemption prejudice', 'police force', 'commercial interests 43', 'review', 'not held'];

export function benchPalette(clauses: readonly Clause[] = syntheticClauses(1000), rounds = 5): PaletteBench {
  const t0 = performance.now();
  const index = buildClauseIndex(clauses);
  const indexMs = performance.now() - t0;
  const keystrokes = TYPED.flatMap((query) => Array.from({ length: query.length }, (_, n) => query.slice(0, n + 1)));
  for (const text of keystrokes) searchClauses(index, text); // warm up the JIT
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const text of keystrokes) {
      const start = performance.now();
      searchClauses(index, text);
      times.push(performance.now() - start);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round2 = (n: number) => Math.round(n * 1000) / 1000;
  return {
    clauses: clauses.length,
    keystrokes: times.length,
    indexMs: round2(indexMs),
    averageMs: round2(times.reduce((sum, t) => sum + t, 0) / times.length),
    p95Ms: round2(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0),
  };
}
