import type { Statement } from 'better-sqlite3';
import { DeskError } from '../../../core/api/errors';
import type { Answer } from '../../../core/model';
import { caseFields, earlierAnswers, OVERSAMPLE, rarestWords, roundRobinsFrom, sameQuestionFirst, SEARCH_WINDOW, type EarlierCase, type FoundQuestion } from '../../../core/reuse/earlierQuestions';
import { significantWords } from '../../../core/reuse/questionWords';
import { anyWordQuery, ftsQuery, parseSearchTerms, type SearchTerm } from '../../../core/reuse/searchQuery';
import { ELLIPSIS, MARK_CLOSE, MARK_OPEN, markedSegments, markedTitle } from '../../../core/reuse/markedText';
import type { ClosestEarlier, EarlierAnswer, RoundRobinMatch, SearchFilters, SearchHit } from '../../../core/reuse/reuseContract';
import { normaliseSectionFilter } from '../../../core/reuse/sectionFilter';
import type { Db } from '../workspaceDb';
import { prepared } from '../preparedStatements';

/**
 * The reads behind "answered before", round robins and global search, over the question index
 * (./questionIndex.ts, migration 8). Plain SQL on the service's connection: the service already runs
 * off the window's thread (the utility process), so a search never holds up typing. What is done
 * with the rows found is core's (core/reuse/earlierQuestions.ts), shared with PostgreSQL's store.
 */

/** A case row as SQLite stores it: `historical` is 0 or 1. */
type CaseRow = Omit<EarlierCase, 'historical'> & { historical: number };

interface Candidate extends FoundQuestion {
  num: number;
}

const asEarlierCase = (c: CaseRow): EarlierCase => ({ ...c, historical: c.historical === 1 });

export class ReuseQueries {
  constructor(private readonly db: Db) {
    // How many questions hold each indexed word: a connection's own view of the index, never stored.
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.question_vocab USING fts5vocab(main, question_text, row)');
  }

  private stmt(sql: string): Statement {
    return prepared(this.db, sql);
  }

  /**
   * Earlier questions from other cases closest to `text`, best first: BM25 over the question and
   * the answer (the question weighted ten times), any of the question's meaningful words matching.
   */
  closestQuestions(text: string, excludeCaseId: string | null, limit: number): (Candidate & { similarity: number })[] {
    const match = anyWordQuery(this.rarestWords(significantWords(text)));
    if (!match) return [];
    const rows = this.stmt(
      `SELECT s.num, s.case_id, s.question_id, s.answer_id, s.question
       FROM (SELECT rowid AS num FROM question_text WHERE question_text MATCH ? ORDER BY rank LIMIT ?) hit
       JOIN question_search s ON s.num = hit.num
       WHERE s.answer_id IS NOT NULL AND s.case_id IS NOT ? AND s.binned = 0`,
    ).all(match, (limit + 1) * OVERSAMPLE, excludeCaseId) as Candidate[];
    // BM25's order, but a question asked before almost word for word always comes first.
    return sameQuestionFirst(text, rows, limit);
  }

  /**
   * The words to match on (core's rarestWords). How many questions hold a word is read from the
   * index's vocabulary, where words are stored stemmed: the longest stored term the word starts with
   * stands for its stem.
   */
  private rarestWords(words: readonly string[]): string[] {
    if (words.length <= 1) return [...words];
    const prefixes = (w: string) => (/^\d+$/.test(w) || w.length <= 3 ? [w] : Array.from({ length: w.length - Math.max(3, Math.ceil(w.length / 2)) + 1 }, (_, i) => w.slice(0, Math.max(3, Math.ceil(w.length / 2)) + i)));
    const counts = new Map(
      (this.stmt('SELECT term, doc FROM temp.question_vocab WHERE term IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(words.flatMap(prefixes))])) as { term: string; doc: number }[]).map((r) => [r.term, r.doc]),
    );
    const held = (w: string) => {
      const p = prefixes(w).reverse().find((x) => counts.has(x));
      return p === undefined ? 0 : counts.get(p)!;
    };
    return rarestWords(words.map((w) => ({ w, held: held(w) }))).map(({ w }) => w);
  }

  answeredBefore(caseId: string, questionId: string | undefined, text: string | undefined, limit: number): EarlierAnswer[] {
    let wanted = text;
    if (questionId !== undefined) {
      const q = this.stmt('SELECT text FROM questions WHERE id = ? AND case_id = ?').get(questionId, caseId) as { text: string } | undefined;
      if (!q) throw new DeskError('not-found', 'That question is no longer in the case: it may have been split again. Choose the question again.');
      wanted = q.text;
    }
    const found = this.closestQuestions(wanted ?? '', caseId, limit);
    if (found.length === 0) return [];
    const cases = this.casesById(found.map((f) => f.case_id));
    const answers = this.answersById(found.map((f) => f.answer_id));
    const numbers = new Map((this.stmt('SELECT id, number FROM questions WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(found.map((f) => f.question_id))) as { id: string; number: string }[]).map((r) => [r.id, r.number]));
    return earlierAnswers(found, { cases, answers, numbers });
  }

  /** A request's questions against earlier cases: round-robin candidates, and the closest question for each. */
  roundRobinFor(questions: readonly string[], excludeCaseId: string | null): { candidates: RoundRobinMatch[]; closest: ClosestEarlier[] } {
    const perQuestion = questions.map((text, index) => ({ index, matches: text.trim() ? this.closestQuestions(text, excludeCaseId, 20) : [] }));
    return roundRobinsFrom(questions, perQuestion, this.casesById(perQuestion.flatMap((p) => p.matches.map((m) => m.case_id))));
  }

  /**
   * Global search: questions and answers matching the query (with the words in context), then cases
   * whose title or reference match it, each narrowed by the filters, best first.
   */
  searchAll(query: string, filters: SearchFilters, limit: number): SearchHit[] {
    const terms = parseSearchTerms(query);
    const match = ftsQuery(terms);
    if (!match) return [];
    const where = caseFilter(filters, 's');
    const section = filters.section ? normaliseSectionFilter(filters.section) : null;
    const questionWhere: string[] = [];
    const questionParams: (string | number)[] = [];
    if (filters.outcome) {
      questionWhere.push('s.disposition = ?');
      questionParams.push(filters.outcome);
    }
    if (section) {
      questionWhere.push("EXISTS (SELECT 1 FROM json_each(s.exemptions) e WHERE e.value = ? OR e.value LIKE ? ESCAPE '\\')");
      questionParams.push(section, `${section.replace(/[\\%_]/g, (ch) => `\\${ch}`)}(%`);
    }
    // A very broad search ("contract") ranks its newest SEARCH_WINDOW matches: ranking costs a
    // little per match, and the walk to the cut-off, newest first, far less.
    const filtered = where.sql.length > 0 || questionWhere.length > 0;
    let top: { num: number }[];
    if (filtered) {
      // With filters, one walk, newest first, over the matches that pass them (read from the row of
      // question_search FTS5 points at: migration 13), and BM25 computed for those alone, in the
      // select list: ORDER BY rank would score every match before the filters ran.
      const conditions = ['s.binned = 0', ...where.sql, ...questionWhere].join(' AND ');
      top = this.stmt(
        `SELECT num FROM (
           SELECT question_text.rowid AS num, bm25(question_text, 10.0, 1.0) AS score
           FROM question_text JOIN question_search s ON s.num = question_text.rowid
           WHERE question_text MATCH ? AND ${conditions} ORDER BY question_text.rowid DESC LIMIT ?)
         ORDER BY score, num DESC LIMIT ?`,
      ).all(match, ...where.params, ...questionParams, SEARCH_WINDOW, limit) as { num: number }[];
    } else {
      const cut = (this.stmt('SELECT rowid AS num FROM question_text WHERE question_text MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?').get(match, SEARCH_WINDOW - 1) as { num: number } | undefined)?.num ?? 0;
      // Then the best rows by rank, then their snippets: snippet() runs on the page of results
      // alone, never on every match.
      top = this.stmt(
        `SELECT question_text.rowid AS num FROM question_text JOIN question_search s ON s.num = question_text.rowid
         WHERE question_text MATCH ? AND question_text.rowid >= ? AND s.binned = 0 ORDER BY rank LIMIT ?`,
      ).all(match, cut, limit) as { num: number }[];
    }
    const hits: SearchHit[] = [];
    if (top.length > 0) {
      const rows = this.stmt(
        `SELECT question_text.rowid AS num, s.case_id, s.question_id, s.disposition, q.number,
           snippet(question_text, 0, '${MARK_OPEN}', '${MARK_CLOSE}', '${ELLIPSIS}', 40) AS question,
           snippet(question_text, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '${ELLIPSIS}', 24) AS answer
         FROM question_text JOIN question_search s ON s.num = question_text.rowid LEFT JOIN questions q ON q.id = s.question_id
         WHERE question_text MATCH ? AND question_text.rowid IN (SELECT value FROM json_each(?))`,
      ).all(match, JSON.stringify(top.map((t) => t.num))) as { num: number; case_id: string; question_id: string; disposition: string | null; number: string | null; question: string; answer: string }[];
      const byNum = new Map(rows.map((r) => [r.num, r]));
      const cases = this.casesById(rows.map((r) => r.case_id));
      for (const t of top) {
        const r = byNum.get(t.num);
        const c = r && cases.get(r.case_id);
        if (!r || !c) continue;
        const answer = markedSegments(r.answer);
        hits.push({
          ...caseFields(c),
          questionId: r.question_id,
          questionNumber: r.number,
          question: markedSegments(r.question),
          // An answer with no matching words in it adds nothing to the result but length.
          answer: answer.some((s) => s.mark) ? answer : [],
          outcome: (r.disposition as SearchHit['outcome']) ?? null,
        });
      }
    }
    // Cases by title or reference: these say nothing of an answer's outcome or sections.
    if (hits.length < limit && !filters.outcome && !section) {
      const seen = new Set(hits.map((h) => h.caseId));
      for (const c of this.casesByTitle(terms, caseFilter(filters, 'c'), limit - hits.length + seen.size)) {
        if (seen.has(c.id) || hits.length >= limit) continue;
        seen.add(c.id);
        hits.push({ ...caseFields(c), questionId: null, questionNumber: null, question: markedTitle(c.title, terms), answer: [], outcome: null });
      }
    }
    return hits;
  }

  /** Cases whose reference or title hold every term (case_text, the list's own index; not folded). */
  private casesByTitle(terms: readonly SearchTerm[], where: { sql: string[]; params: string[] }, limit: number): EarlierCase[] {
    const expr = terms.map((t) => (t.kind === 'prefix' ? `"${t.words[0]}"*` : `"${t.words.join(' ')}"`)).join(' AND ');
    const rows = this.stmt(
      `SELECT c.id, c.ref, c.title, c.regime, c.status, c.received, c.sent, c.historical FROM case_text JOIN cases c ON c.num = case_text.rowid
       WHERE case_text MATCH ? AND ${['c.deleted_at IS NULL', ...where.sql].join(' AND ')} ORDER BY coalesce(c.sent, c.received) DESC LIMIT ?`,
    ).all(`{ref title} : (${expr})`, ...where.params, limit) as CaseRow[];
    return rows.map(asEarlierCase);
  }

  private casesById(ids: readonly string[]): Map<string, EarlierCase> {
    const rows = this.stmt('SELECT id, ref, title, regime, status, received, sent, historical FROM cases WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(ids)])) as CaseRow[];
    return new Map(rows.map((r) => [r.id, asEarlierCase(r)]));
  }

  private answersById(ids: readonly string[]): Map<string, { answer: Answer; text: string }> {
    const rows = this.stmt('SELECT id, covers, doc, plain_text, disposition, exemptions, redirect_to FROM answers WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(ids)])) as {
      id: string;
      covers: string;
      doc: string;
      plain_text: string;
      disposition: Answer['disposition'];
      exemptions: string;
      redirect_to: string;
    }[];
    const out = new Map<string, { answer: Answer; text: string }>();
    for (const r of rows) {
      try {
        out.set(r.id, {
          answer: { id: r.id, covers: JSON.parse(r.covers) as string[], doc: JSON.parse(r.doc) as Answer['doc'], disposition: r.disposition, exemptions: JSON.parse(r.exemptions) as string[], redirectTo: r.redirect_to },
          text: r.plain_text,
        });
      } catch {
        // A damaged answer is not offered; opening its case says what is wrong with it.
      }
    }
    return out;
  }
}

/**
 * The case-level filters as SQL: the date a case was answered (or received, while open), regime. On
 * `s` (question_search) they read the copies migration 13 keeps beside each question; on `c`, the case.
 */
function caseFilter(f: SearchFilters, on: 's' | 'c'): { sql: string[]; params: string[] } {
  const sql: string[] = [];
  const params: string[] = [];
  const answeredOn = on === 's' ? 's.answered_on' : 'coalesce(c.sent, c.received)';
  if (f.from) {
    sql.push(`${answeredOn} >= ?`);
    params.push(f.from);
  }
  if (f.to) {
    sql.push(`${answeredOn} <= ?`);
    params.push(f.to);
  }
  if (f.regime) {
    sql.push(`${on}.regime = ?`);
    params.push(f.regime);
  }
  return { sql, params };
}

