import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAUSE_KINDS, REGIMES, type Clause } from './clauseSchema';
import { buildClauseIndex } from './clauseIndex';
import { loadClauseLibrary } from './loadClauseLibrary';
import { searchClauses } from './searchClauses';

const clauseDir = join(import.meta.dirname, '..', '..', 'templates', 'clauses');
const shipped = loadClauseLibrary(
  readdirSync(clauseDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ path: name, text: readFileSync(join(clauseDir, name), 'utf8') })),
).clauses;
const index = buildClauseIndex(shipped);
const ids = (query: string, limit?: number) => searchClauses(index, query, limit).map((hit) => hit.clause.id);
const top = (query: string) => ids(query)[0];

describe('searchClauses on the shipped library', () => {
  it.each([
    ['31 1 a', 'foia-s31-1-a'],
    ['31(1)(a)', 'foia-s31-1-a'],
    ['s.31(1)(a)', 'foia-s31-1-a'],
    ['s31', 'foia-s31-1-a'],
    ['31', 'foia-s31-1-a'],
    ['40 2', 'foia-s40-2'],
    ['s40(2)', 'foia-s40-2'],
    ['40(5B)', 'foia-s40-5b'],
    ['12(5)(e)', 'eir-reg-12-5-e'],
    ['reg 13', 'eir-reg-13'],
    ['s12', 'foia-s12-1'],
    ['31(3)', 'foia-s31-3'],
    ['22a', 'foia-s22a-1'],
    ['36 2 b i', 'foia-s36-2-b-i'],
    ['s35(1)(a) foisa', 'foisa-s35-1-a'],
  ])('"%s" finds %s first', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('ranks an exact section above longer sections, and exemptions above NCND', () => {
    const results = ids('31', 50);
    expect(results.slice(0, 4)).toEqual(['foia-s31-1-a', 'foia-s31-1-b', 'foia-s31-1-c', 'foia-s31-1-g']);
    expect(results).toContain('foia-s31-3');
    expect(results.indexOf('foia-s31-3')).toBeGreaterThan(results.indexOf('foia-s31-1-g'));
    expect(searchClauses(index, '40(2)')[0]?.match).toBe('section-exact');
    expect(searchClauses(index, '40')[0]?.match).toBe('section-prefix');
  });

  it('keeps "reg" to regulations and "s" to Acts', () => {
    expect(ids('reg 12', 50).every((id) => id.startsWith('eir-') || id.startsWith('eisr-'))).toBe(true);
    expect(ids('s12', 50)).toEqual(expect.arrayContaining(['foia-s12-1', 'foia-s12-2', 'foisa-s12-1']));
    expect(ids('s12', 50).some((id) => id.startsWith('eir-'))).toBe(false);
  });

  it('completes a section being typed', () => {
    expect(ids('s4', 100)).toEqual(expect.arrayContaining(['foia-s40-2', 'foia-s41-1', 'foia-s44-1-a']));
  });

  it('finds by title words, by prefix while typing, and by body words, titles first', () => {
    expect(top('legal professional privilege')).toBe('foia-s42-1');
    expect(ids('exem').length).toBeGreaterThan(10);
    expect(ids('commercial', 50)).toEqual(expect.arrayContaining(['foia-s43-2', 'eir-reg-12-5-e', 'foisa-s33-1-b']));
    const vexatious = searchClauses(index, 'vexatious', 50);
    expect(vexatious[0]?.clause.kind).toBe('vexatious');
    expect(vexatious.findIndex((hit) => hit.match === 'body')).toBeGreaterThan(vexatious.findIndex((hit) => hit.match === 'title'));
    expect(top('police forces')).toBe('redirect-all-police-forces');
    expect(ids('safety').slice(0, 2)).toEqual(['foia-s38-1-a', 'foia-s38-1-b']);
    expect(ids('internal review')[0]).toBe('closing-foia-internal-review');
  });

  it('returns nothing for nonsense and respects the limit', () => {
    expect(ids('zzzzqqq')).toEqual([]);
    expect(ids('the', 3)).toHaveLength(3);
    expect(ids('', 5)).toHaveLength(5);
  });
});

describe('searchClauses speed', () => {
  it('answers in under 10 ms on average over a 1,000-clause library', () => {
    const words = ['prejudice', 'prevention', 'detection', 'crime', 'commercial', 'interests', 'personal', 'data', 'safety', 'health', 'confidence', 'privilege', 'security', 'national', 'defence', 'international', 'relations', 'audit', 'policy', 'formulation', 'investigation', 'proceedings', 'environment', 'economy', 'research', 'publication', 'court', 'records', 'honours', 'sovereign'];
    const pick = (seed: number, count: number) => Array.from({ length: count }, (_, i) => words[(seed * 7 + i * 13) % words.length]).join(' ');
    const clauses: Clause[] = Array.from({ length: 1000 }, (_, n) => {
      const section = `${(n % 60) + 1}(${(n % 5) + 1})(${String.fromCharCode(97 + (n % 7))})`;
      return {
        id: `synthetic-${n}`,
        title: `Synthetic ${pick(n, 4)} ${n}`,
        kind: CLAUSE_KINDS[n % CLAUSE_KINDS.length] ?? 'exemption',
        regimes: [REGIMES[n % REGIMES.length] ?? 'foia'],
        section,
        absolute: n % 3 === 0,
        harm: 'prejudice',
        version: 1,
        variables: [],
        body: Array.from({ length: 8 }, (_, p) => `${pick(n + p, 25)} variant${n}x${p} {{org.name}}`).join('\n\n'),
        sourcePath: `synthetic/${n}.md`,
      };
    });
    const built = buildClauseIndex(clauses);
    const queries = ['31 1 a', 's31', '40 2', 's.40(2)', 'reg 13', '12(5)(e)', 'exem', 'prejudice crime', 'commercial interests', 'pers', 'variant5', 'synthetic 99', 'health and safety', 'p', '4', 'national security'];
    for (const query of queries) searchClauses(built, query); // warm-up
    const rounds = 20;
    const started = performance.now();
    for (let round = 0; round < rounds; round++) for (const query of queries) searchClauses(built, query);
    const average = (performance.now() - started) / (rounds * queries.length);
    console.log(`clause search: ${average.toFixed(3)} ms average per query over ${clauses.length} clauses`);
    expect(searchClauses(built, '31 1 a')[0]?.clause.section).toBe('31(1)(a)');
    expect(average).toBeLessThan(10);
  });
});
