import { CLAUSE_KINDS, REGIMES, type Clause } from './clauseSchema';
import { familyOfRegime, sectionParts, type ProvisionFamily } from './sectionReference';
import { textTokens } from './textTokens';

// The palette searches as the officer types, so everything that can be computed once per library
// is computed here: section parts, a sorted vocabulary for prefix lookups, and per-word postings.

export interface IndexedClause {
  clause: Clause;
  sectionParts: string[];
  families: ReadonlySet<ProvisionFamily>;
  kindRank: number;
  regimeRank: number;
  /** Numeric sort key of the section so s21 sorts before s210. */
  sectionOrder: number;
}

/** Where a word was found: in the title line (title, kind, regimes, id) or only in the body. */
export const IN_TITLE = 1;
export const IN_BODY = 2;

export interface ClauseIndex {
  entries: IndexedClause[];
  /** Every distinct word, sorted, for binary-searched prefix ranges. */
  vocabulary: string[];
  /** word -> (entry position -> IN_TITLE | IN_BODY bit set). */
  postings: Map<string, Map<number, number>>;
}

export function buildClauseIndex(clauses: readonly Clause[]): ClauseIndex {
  const postings = new Map<string, Map<number, number>>();
  const add = (word: string, position: number, where: number) => {
    let docs = postings.get(word);
    if (!docs) postings.set(word, (docs = new Map()));
    docs.set(position, (docs.get(position) ?? 0) | where);
  };
  const entries = clauses.map((clause, position): IndexedClause => {
    const titleLine = [clause.title, clause.kind.replace('-', ' '), clause.kind, ...clause.regimes, clause.id].join(' ');
    for (const word of textTokens(titleLine)) add(word, position, IN_TITLE);
    for (const word of textTokens(clause.body)) add(word, position, IN_BODY);
    const parts = clause.section ? sectionParts(clause.section) : [];
    return {
      clause,
      sectionParts: parts,
      families: new Set(clause.regimes.map(familyOfRegime)),
      kindRank: CLAUSE_KINDS.indexOf(clause.kind),
      regimeRank: Math.min(...clause.regimes.map((regime) => REGIMES.indexOf(regime))),
      sectionOrder: sectionOrder(parts),
    };
  });
  return { entries, vocabulary: [...postings.keys()].sort(), postings };
}

function sectionOrder(parts: readonly string[]): number {
  const head = parts[0];
  if (head === undefined) return Number.MAX_SAFE_INTEGER;
  const number = Number.parseInt(head, 10);
  // "22A" sorts just after "22".
  return number * 100 + (head.length > String(number).length ? head.charCodeAt(head.length - 1) - 96 : 0);
}

/** Words of the vocabulary starting with `prefix` (including the word itself). */
export function wordsWithPrefix(index: ClauseIndex, prefix: string): string[] {
  const { vocabulary } = index;
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((vocabulary[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  const words: string[] = [];
  for (let i = low; i < vocabulary.length; i++) {
    const word = vocabulary[i] ?? '';
    if (!word.startsWith(prefix)) break;
    words.push(word);
  }
  return words;
}
