import { DeskError } from '../../../core/api/errors';
import type { Answer } from '../../../core/model';
import { caseFields, earlierAnswers, OVERSAMPLE, RANKED_ROWS, rarestWords, roundRobinsFrom, sameQuestionFirst, SEARCH_WINDOW, type EarlierCase, type FoundQuestion } from '../../../core/reuse/earlierQuestions';
import { significantWords } from '../../../core/reuse/questionWords';
import { parseSearchTerms, type SearchTerm } from '../../../core/reuse/searchQuery';
import { markedSegments, withoutMarkers, markedTitle } from '../../../core/reuse/markedText';
import { foldWord } from '../../../core/reuse/spellingVariants';
import type { ClosestEarlier, EarlierAnswer, RoundRobinMatch, SearchFilters, SearchHit } from '../../../core/reuse/reuseContract';
import { normaliseSectionFilter } from '../../../core/reuse/sectionFilter';
import type { ReuseStore } from '../store/areaStores';
import type { PgParam, PgSession } from './pgSession';
import { snippet, wordsOf, type Hit } from './pgSnippet';

/**
 * "Answered before", round robins and global search on the team workspace, with the SQLite
 * ReuseQueries' behaviour (../reuse/reuseQueries.ts, the reference; the reuse contract suite holds
 * the two together). The index is question_search (steps 8 and 15): one row per question with the
 * words of its answers, its tsvector built from the words with UK/US spellings folded
 * (desk_fold_spelling), the question weighted A and the answer B.
 *
 * Ranking stands in for SQLite's BM25 with the question ten times the answer: ts_rank with weights
 * A 1.0 and B 0.1, divided by the log of the row's length (BM25 favours short rows too). "Answered
 * before" matches any of the question's words, so each word's rank is weighed by how rare it is
 * (BM25's inverse document frequency), from the counts already read to pick the rarest words.
 * Search needs every word, so plain ts_rank orders it.
 */

interface Candidate extends FoundQuestion {
  num: string;
}

/** ts_rank's weights for D, C, B, A: the answer (B) a tenth of the question (A), as SQLite's bm25(10.0, 1.0). */
const RANK_WEIGHTS = '{0, 0, 0.1, 1.0}';
/** ts_rank's normalisation: divided by 1 + the log of the row's length. */
const RANK_NORMALISATION = 1;
const CASE_COLUMNS = 'c.id, c.ref, c.title, c.regime, c.status, c.received, c.sent, c.historical';

export class PgReuseStore implements ReuseStore {
  constructor(private readonly db: PgSession) {}

  /** Earlier questions from other cases closest to `text`, best first (as ReuseQueries.closestQuestions). */
  private async closestQuestions(text: string, excludeCaseId: string | null, limit: number): Promise<(Candidate & { similarity: number })[]> {
    const words = await this.rarestWords(significantWords(text));
    if (words.length === 0) return [];
    // The best rows of all, then this case's own, the binned and the unanswered left out, as on SQLite.
    const rows = await this.db.rows<Candidate>(
      `WITH word AS (SELECT to_tsquery('english', w.word) AS query, w.idf FROM jsonb_to_recordset(?::jsonb) AS w(word text, idf float8)),
       hit AS (
         SELECT s.num, s.case_id, s.question_id, s.answer_id, s.question,
           (SELECT sum(word.idf * ts_rank('${RANK_WEIGHTS}', s.document, word.query, ${RANK_NORMALISATION})) FROM word) AS score
         FROM question_search s WHERE s.document @@ to_tsquery('english', ?)
         ORDER BY score DESC, s.num LIMIT ?)
       SELECT hit.num::text AS num, hit.case_id, hit.question_id, hit.answer_id, hit.question FROM hit JOIN cases c ON c.id = hit.case_id
       WHERE hit.answer_id IS NOT NULL AND hit.case_id IS DISTINCT FROM ? AND c.deleted_at IS NULL
       ORDER BY hit.score DESC, hit.num`,
      [JSON.stringify(words.map((w) => ({ word: w.word, idf: w.idf }))), words.map((w) => w.word).join(' | '), (limit + 1) * OVERSAMPLE, excludeCaseId],
    );
    return sameQuestionFirst(text, rows, limit);
  }

  /**
   * The words to match on (core's rarestWords), each with its inverse document frequency. Counted on
   * the GIN index, each count stopping once it passes RANKED_ROWS.
   */
  private async rarestWords(words: readonly string[]): Promise<{ word: string; idf: number }[]> {
    if (words.length === 0) return [];
    const counts = await this.db.rows<{ word: string; n: number; total: number }>(
      `SELECT w.word, (SELECT count(*) FROM (SELECT 1 FROM question_search s WHERE s.document @@ to_tsquery('english', w.word) LIMIT ?) x)::int AS n,
         (SELECT CASE WHEN reltuples < 10000 THEN (SELECT count(*) FROM question_search) ELSE reltuples END FROM pg_class WHERE oid = 'question_search'::regclass)::float8 AS total
       FROM unnest(?::text[]) WITH ORDINALITY AS w(word, i) ORDER BY w.i`,
      [RANKED_ROWS + 1, words],
    );
    return rarestWords(counts.map((c) => ({ ...c, held: c.n }))).map(({ word, n, total }) => ({ word, idf: Math.log((total - n + 0.5) / (n + 0.5) + 1) }));
  }

  async answeredBefore(caseId: string, questionId: string | undefined, text: string | undefined, limit: number): Promise<EarlierAnswer[]> {
    let wanted = text;
    if (questionId !== undefined) {
      const q = await this.db.row<{ text: string }>('SELECT text FROM questions WHERE id = ? AND case_id = ?', [questionId, caseId]);
      if (!q) throw new DeskError('not-found', 'That question is no longer in the case: it may have been split again. Choose the question again.');
      wanted = q.text;
    }
    const found = await this.closestQuestions(wanted ?? '', caseId, limit);
    if (found.length === 0) return [];
    const cases = await this.casesById(found.map((f) => f.case_id));
    const answers = await this.answersById(found.map((f) => f.answer_id));
    const numbers = new Map((await this.db.rows<{ id: string; number: string }>('SELECT id, number FROM questions WHERE id = ANY(?::text[])', [found.map((f) => f.question_id)])).map((r) => [r.id, r.number]));
    return earlierAnswers(found, { cases, answers, numbers });
  }

  async roundRobinFor(questions: readonly string[], excludeCaseId: string | null): Promise<{ candidates: RoundRobinMatch[]; closest: ClosestEarlier[] }> {
    // The questions side by side: each is a couple of round trips, and the pool has connections to spare.
    const perQuestion = await Promise.all(questions.map(async (text, index) => ({ index, matches: text.trim() ? await this.closestQuestions(text, excludeCaseId, 20) : [] })));
    return roundRobinsFrom(questions, perQuestion, await this.casesById(perQuestion.flatMap((p) => p.matches.map((m) => m.case_id))));
  }

  /** Global search, as ReuseQueries.searchAll: questions and answers holding every term, then cases by title or reference. */
  async searchAll(query: string, filters: SearchFilters, limit: number): Promise<SearchHit[]> {
    const terms = parseSearchTerms(query);
    const match = tsQuery(terms, '');
    if (!match) return [];
    const where = caseFilter(filters);
    const section = filters.section ? normaliseSectionFilter(filters.section) : null;
    const conditions = ['c.deleted_at IS NULL', ...where.sql];
    const params: PgParam[] = [...where.params];
    if (filters.outcome) {
      conditions.push('s.disposition = ?');
      params.push(filters.outcome);
    }
    if (section) {
      conditions.push("EXISTS (SELECT 1 FROM jsonb_array_elements_text(s.exemptions) e(value) WHERE e.value = ? OR e.value LIKE ? ESCAPE '\\')");
      params.push(section, `${section.replace(/[\\%_]/g, (ch) => `\\${ch}`)}(%`);
    }
    // The newest SEARCH_WINDOW matches that pass the filters, then the best of those by rank.
    const top = await this.db.rows<{ num: string; case_id: string; question_id: string; disposition: string | null; number: string | null; question: string; answer: string }>(
      `WITH found AS (
         SELECT s.num, s.document FROM question_search s JOIN cases c ON c.id = s.case_id, to_tsquery('english', ?) AS query
         WHERE s.document @@ query AND ${conditions.join(' AND ')} ORDER BY s.num DESC LIMIT ?),
       best AS (SELECT found.num, ts_rank('${RANK_WEIGHTS}', found.document, to_tsquery('english', ?), ${RANK_NORMALISATION}) AS score FROM found ORDER BY score DESC, found.num DESC LIMIT ?)
       SELECT s.num::text AS num, s.case_id, s.question_id, s.disposition, q.number, s.question, s.answer
       FROM best JOIN question_search s ON s.num = best.num LEFT JOIN questions q ON q.id = s.question_id
       ORDER BY best.score DESC, best.num DESC`,
      [match, ...params, SEARCH_WINDOW, match, limit],
    );
    const hits: SearchHit[] = [];
    if (top.length > 0) {
      const marker = await this.marker(terms, top.flatMap((r) => [r.question, r.answer]));
      const cases = await this.casesById(top.map((r) => r.case_id));
      for (const r of top) {
        const c = cases.get(r.case_id);
        if (!c) continue;
        const answer = markedSegments(marker(r.answer, 24));
        hits.push({
          ...caseFields(c),
          questionId: r.question_id,
          questionNumber: r.number,
          question: markedSegments(marker(r.question, 40)),
          // An answer with no matching words in it adds nothing to the result but length.
          answer: answer.some((s) => s.mark) ? answer : [],
          outcome: (r.disposition as SearchHit['outcome']) ?? null,
        });
      }
    }
    // Cases by title or reference: these say nothing of an answer's outcome or sections.
    const titleMatch = tsQuery(terms, 'A');
    if (hits.length < limit && !filters.outcome && !section && titleMatch) {
      const seen = new Set(hits.map((h) => h.caseId));
      const byTitle = await this.db.rows<EarlierCase>(
        `SELECT ${CASE_COLUMNS} FROM case_text t JOIN cases c ON c.id = t.case_id
         WHERE t.document @@ to_tsquery('english', ?) AND ${['c.deleted_at IS NULL', ...where.sql].join(' AND ')}
         ORDER BY coalesce(c.sent, c.received) DESC, c.ref LIMIT ?`,
        [titleMatch, ...where.params, limit - hits.length + seen.size],
      );
      for (const c of byTitle) {
        if (seen.has(c.id) || hits.length >= limit) continue;
        seen.add(c.id);
        hits.push({ ...caseFields(c), questionId: null, questionNumber: null, question: markedTitle(c.title, terms), answer: [], outcome: null });
      }
    }
    return hits;
  }

  /**
   * A function marking the search's terms in a text and cutting it to a window of words, as FTS5's
   * snippet(). Which of the texts' words match which of the search's words is asked of PostgreSQL
   * once for all the texts, each different word once, folded (here, by the same rules as
   * desk_fold_spelling) and stemmed as the index is; a word PostgreSQL drops (a stop word) inside a
   * phrase matches any word there, as the index counts its place without keeping it.
   */
  private async marker(terms: readonly SearchTerm[], texts: readonly string[]): Promise<(text: string, size: number) => string> {
    const units = terms.flatMap((t, term) => t.words.map((w, k) => ({ term, k, query: t.kind === 'prefix' ? `${w}:*` : w })));
    const distinct = [...new Set(texts.flatMap((t) => wordsOf(withoutMarkers(t)).map((w) => foldWord(w.text))))];
    const rows = await this.db.rows<{ word: string | null; unit: number; stop: boolean }>(
      `WITH unit AS MATERIALIZED (SELECT u.i, to_tsquery('english', u.query) AS query FROM jsonb_to_recordset(?::jsonb) AS u(i int, query text)),
       word AS MATERIALIZED (SELECT t.word, to_tsvector('english', t.word) AS vector FROM unnest(?::text[]) AS t(word))
       SELECT word.word, unit.i AS unit, numnode(unit.query) = 0 AS stop FROM unit LEFT JOIN word ON word.vector @@ unit.query`,
      [JSON.stringify(units.map((u, i) => ({ i, query: u.query }))), distinct],
    );
    const stop = new Set(rows.filter((r) => r.stop).map((r) => r.unit));
    const matches = new Map<string, Set<number>>();
    for (const r of rows) if (r.word !== null) matches.set(r.word, (matches.get(r.word) ?? new Set()).add(r.unit));
    const unitOf = (term: number, k: number) => units.findIndex((u) => u.term === term && u.k === k);
    return (raw, size) => {
      const text = withoutMarkers(raw);
      const words = wordsOf(text);
      const hits: Hit[] = [];
      words.forEach((_, i) => {
        terms.forEach((t, term) => {
          const n = t.words.length;
          if (i + n > words.length) return;
          for (let k = 0; k < n; k++) {
            const unit = unitOf(term, k);
            if (!stop.has(unit) && !matches.get(foldWord(words[i + k]!.text))?.has(unit)) return;
          }
          // A phrase of stop words alone is never found by the index, so never marked.
          if (Array.from({ length: n }, (_u, k) => stop.has(unitOf(term, k))).every(Boolean)) return;
          hits.push({ term, first: i, last: i + n - 1 });
        });
      });
      return snippet(text, words, hits, size, terms.length);
    };
  }

  private async casesById(ids: readonly string[]): Promise<Map<string, EarlierCase>> {
    const rows = await this.db.rows<EarlierCase>(`SELECT ${CASE_COLUMNS} FROM cases c WHERE c.id = ANY(?::text[])`, [[...new Set(ids)]]);
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async answersById(ids: readonly string[]): Promise<Map<string, { answer: Answer; text: string }>> {
    const rows = await this.db.rows<{ id: string; covers: string[]; doc: string; plain_text: string; disposition: Answer['disposition']; exemptions: string[]; redirect_to: string }>(
      'SELECT id, covers, doc, plain_text, disposition, exemptions, redirect_to FROM answers WHERE id = ANY(?::text[])',
      [[...new Set(ids)]],
    );
    const out = new Map<string, { answer: Answer; text: string }>();
    for (const r of rows) {
      try {
        out.set(r.id, { answer: { id: r.id, covers: r.covers, doc: JSON.parse(r.doc) as Answer['doc'], disposition: r.disposition, exemptions: r.exemptions, redirectTo: r.redirect_to }, text: r.plain_text });
      } catch {
        // A damaged answer is not offered; opening its case says what is wrong with it.
      }
    }
    return out;
  }
}

/**
 * The terms as a to_tsquery expression, every term required: a word, a phrase (words in order, <->),
 * a prefix (:*). `weight` restricts each to that weight ('A': a case's reference and title). The
 * words are letters and digits only (core/reuse/searchQuery.ts), so nothing typed is query syntax.
 */
function tsQuery(terms: readonly SearchTerm[], weight: '' | 'A'): string | null {
  if (terms.length === 0) return null;
  return terms.map((t) => (t.kind === 'prefix' ? `${t.words[0]}:*${weight}` : `(${t.words.map((w) => (weight ? `${w}:${weight}` : w)).join(' <-> ')})`)).join(' & ');
}

/** The case-level filters: the date a case was answered (or received, while open), regime. */
function caseFilter(f: SearchFilters): { sql: string[]; params: string[] } {
  const sql: string[] = [];
  const params: string[] = [];
  if (f.from) {
    sql.push('coalesce(c.sent, c.received) >= ?::date');
    params.push(f.from);
  }
  if (f.to) {
    sql.push('coalesce(c.sent, c.received) <= ?::date');
    params.push(f.to);
  }
  if (f.regime) {
    sql.push('c.regime = ?');
    params.push(f.regime);
  }
  return { sql, params };
}

