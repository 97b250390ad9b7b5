import type { Clause } from './clauseSchema';
import { IN_TITLE, wordsWithPrefix, type ClauseIndex, type IndexedClause } from './clauseIndex';
import { parseSectionQuery, type SectionQuery } from './sectionReference';
import { textTokens } from './textTokens';

// The clause palette. Officers mostly know the section they want ("31 1 a", "s40(2)", "reg 13"), so
// a section match always outranks a word match; words are matched by prefix because the list
// refreshes on every keystroke ("exem" must already find "exemption").

export type ClauseMatch = 'section-exact' | 'section-prefix' | 'section-partial' | 'title' | 'body';

export interface ClauseSearchHit {
  clause: Clause;
  match: ClauseMatch;
}

const TIER: Record<ClauseMatch, number> = {
  'section-exact': 0,
  'section-prefix': 1,
  'section-partial': 2,
  title: 3,
  body: 4,
};

// Exact words beat prefixes, and words in the title beat words in the body.
const TITLE_EXACT = 4;
const TITLE_PREFIX = 3;
const BODY_EXACT = 2;
const BODY_PREFIX = 1;

interface Candidate {
  entry: IndexedClause;
  match: ClauseMatch;
  score: number;
}

export function searchClauses(index: ClauseIndex, query: string, limit = 20): ClauseSearchHit[] {
  const trimmed = query.trim();
  if (trimmed === '') return rank(index.entries.map((entry) => ({ entry, match: 'title' as const, score: 0 })), limit);

  const sectionQuery = parseSectionQuery(trimmed);
  if (sectionQuery) {
    const bySection = sectionCandidates(index, sectionQuery);
    if (bySection.length > 0) return rank(bySection, limit);
  }
  return rank(wordCandidates(index, textTokens(trimmed)), limit);
}

function sectionCandidates(index: ClauseIndex, query: SectionQuery): Candidate[] {
  const wordScores = query.rest.length > 0 ? scoreWords(index, query.rest) : undefined;
  const candidates: Candidate[] = [];
  index.entries.forEach((entry, position) => {
    if (query.family && !entry.families.has(query.family)) return;
    const match = compareSection(entry.sectionParts, query);
    if (!match) return;
    // Words typed after the section narrow the list ("31 1 a eir" finds nothing rather than everything).
    if (wordScores && !wordScores.has(position)) return;
    candidates.push({ entry, match, score: wordScores?.get(position)?.score ?? 0 });
  });
  return candidates;
}

function compareSection(parts: readonly string[], query: SectionQuery): ClauseMatch | undefined {
  const wanted = query.parts;
  if (parts.length < wanted.length) return undefined;
  const lastIndex = wanted.length - 1;
  let partial = false;
  for (let i = 0; i < wanted.length; i++) {
    const have = parts[i] ?? '';
    const want = wanted[i] ?? '';
    if (have === want) continue;
    if (i === lastIndex && query.open && have.startsWith(want)) {
      partial = true;
      continue;
    }
    return undefined;
  }
  if (partial) return 'section-partial';
  return parts.length === wanted.length ? 'section-exact' : 'section-prefix';
}

interface WordScore {
  score: number;
  allInTitle: boolean;
}

/** Every word must match (by prefix) somewhere; returns position -> score for the clauses that match all. */
function scoreWords(index: ClauseIndex, words: readonly string[]): Map<number, WordScore> {
  let result: Map<number, WordScore> | undefined;
  for (const word of new Set(words)) {
    const best = new Map<number, number>();
    for (const candidate of wordsWithPrefix(index, word)) {
      const exact = candidate === word;
      for (const [position, where] of index.postings.get(candidate) ?? []) {
        const score = where & IN_TITLE ? (exact ? TITLE_EXACT : TITLE_PREFIX) : exact ? BODY_EXACT : BODY_PREFIX;
        if (score > (best.get(position) ?? 0)) best.set(position, score);
      }
    }
    const next = new Map<number, WordScore>();
    for (const [position, score] of best) {
      if (!result) {
        next.set(position, { score, allInTitle: score >= TITLE_PREFIX });
        continue;
      }
      const previous = result.get(position);
      if (previous) next.set(position, { score: previous.score + score, allInTitle: previous.allInTitle && score >= TITLE_PREFIX });
    }
    result = next;
    if (result.size === 0) break;
  }
  return result ?? new Map();
}

function wordCandidates(index: ClauseIndex, words: readonly string[]): Candidate[] {
  if (words.length === 0) return [];
  const candidates: Candidate[] = [];
  for (const [position, { score, allInTitle }] of scoreWords(index, words)) {
    const entry = index.entries[position];
    if (entry) candidates.push({ entry, match: allInTitle ? 'title' : 'body', score });
  }
  return candidates;
}

function rank(candidates: Candidate[], limit: number): ClauseSearchHit[] {
  candidates.sort(
    (a, b) =>
      TIER[a.match] - TIER[b.match] ||
      b.score - a.score ||
      a.entry.kindRank - b.entry.kindRank ||
      a.entry.regimeRank - b.entry.regimeRank ||
      a.entry.sectionOrder - b.entry.sectionOrder ||
      compareParts(a.entry.sectionParts, b.entry.sectionParts) ||
      a.entry.clause.id.localeCompare(b.entry.clause.id),
  );
  return candidates.slice(0, Math.max(0, limit)).map(({ entry, match }) => ({ clause: entry.clause, match }));
}

function compareParts(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const left = a[i] ?? '';
    const right = b[i] ?? '';
    if (left === right) continue;
    const numeric = Number.parseInt(left, 10) - Number.parseInt(right, 10);
    if (!Number.isNaN(numeric) && numeric !== 0) return numeric;
    return left < right ? -1 : 1;
  }
  return a.length - b.length;
}
