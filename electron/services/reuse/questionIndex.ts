import type { Statement } from 'better-sqlite3';
import { foldSpelling } from '../../../core/reuse/spellingVariants';
import { withoutMarkers } from '../../../core/reuse/markedText';
import type { Db } from '../workspaceDb';

/**
 * The question-level full-text index (migration 8): one row per question of every case, with the
 * words of the answers that cover it, so "answered before" and global search rank single questions.
 *
 * question_search holds the officer's own words (what snippets show); question_text is an FTS5 index
 * over it (external content) built from the same words with UK/US spellings folded. A row's entry is
 * removed by giving FTS5 the folded words it was built from, so the index must only ever be written
 * here, through foldSpelling: FTS5's 'rebuild' would index the unfolded words, and its
 * integrity-check reports the folding as a mismatch. Both are never to be run on this table.
 *
 * Kept in step by CaseRepository in the same transaction as every write of questions or answers. A
 * refresh compares each question's row with what it should now hold and rewrites only the rows that
 * changed: an autosave touches the one or two questions its answer covers.
 *
 * Each row also carries what the filters read of its case (migration 13): regime, the date it was
 * answered, past log or not, in the bin or not. A new row takes them from the case here; the
 * trigger question_search_follows_case rewrites them when the case's own values change, whoever wrote them.
 */

interface SearchRow {
  num: number;
  question_id: string;
  question: string;
  answer: string;
  answer_id: string | null;
  disposition: string | null;
  exemptions: string;
}

/** What the filters read of the case, as question_search holds it. */
interface CaseFacts {
  regime: string;
  answered_on: string;
  historical: number;
  binned: number;
}

type Wanted = Omit<SearchRow, 'num'>;

const statements = new WeakMap<Db, Map<string, Statement>>();
function stmt(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}

/** What each question of the case should hold in the index, from its questions and answers now. */
function wantedRows(db: Db, caseId: string): Wanted[] {
  const questions = stmt(db, 'SELECT id, text FROM questions WHERE case_id = ? AND heading = 0 ORDER BY position').all(caseId) as { id: string; text: string }[];
  if (questions.length === 0) return [];
  const answers = stmt(db, "SELECT id, covers, plain_text, disposition, exemptions FROM answers WHERE case_id = ? AND plain_text <> '' ORDER BY position").all(caseId) as {
    id: string;
    covers: string;
    plain_text: string;
    disposition: string;
    exemptions: string;
  }[];
  const byQuestion = new Map<string, typeof answers>();
  for (const a of answers) {
    let covers: unknown;
    try {
      covers = JSON.parse(a.covers);
    } catch {
      continue; // a damaged answer is reported when its case is read; the index simply leaves it out
    }
    if (!Array.isArray(covers)) continue;
    for (const q of covers) if (typeof q === 'string') byQuestion.set(q, [...(byQuestion.get(q) ?? []), a]);
  }
  return questions.map((q) => {
    const covering = byQuestion.get(q.id) ?? [];
    const first = covering[0];
    return {
      question_id: q.id,
      question: withoutMarkers(q.text),
      answer: withoutMarkers(covering.map((a) => a.plain_text).join('\n')),
      answer_id: first?.id ?? null,
      disposition: first?.disposition ?? null,
      exemptions: first?.exemptions ?? '[]',
    };
  });
}

function unindex(db: Db, row: Pick<SearchRow, 'num' | 'question' | 'answer'>): void {
  stmt(db, "INSERT INTO question_text (question_text, rowid, question, answer) VALUES ('delete', ?, ?, ?)").run(row.num, foldSpelling(row.question), foldSpelling(row.answer));
}

function index(db: Db, num: number | bigint, row: Pick<SearchRow, 'question' | 'answer'>): void {
  stmt(db, 'INSERT INTO question_text (rowid, question, answer) VALUES (?, ?, ?)').run(num, foldSpelling(row.question), foldSpelling(row.answer));
}

/** Brings one case's questions in the index up to date. Call inside the write's transaction. */
export function refreshQuestionIndex(db: Db, caseId: string): void {
  const facts = (stmt(db, 'SELECT regime, coalesce(sent, received) AS answered_on, historical, deleted_at IS NOT NULL AS binned FROM cases WHERE id = ?').get(caseId) as CaseFacts | undefined) ?? {
    regime: 'foia',
    answered_on: '',
    historical: 0,
    binned: 1, // no such case: its rows are never offered
  };
  const existing = new Map(
    (stmt(db, 'SELECT num, question_id, question, answer, answer_id, disposition, exemptions, regime, answered_on, historical, binned FROM question_search WHERE case_id = ?').all(caseId) as (SearchRow & CaseFacts)[]).map((r) => [r.question_id, r]),
  );
  for (const want of wantedRows(db, caseId)) {
    const had = existing.get(want.question_id);
    existing.delete(want.question_id);
    if (!had) {
      const { lastInsertRowid } = stmt(
        db,
        'INSERT INTO question_search (case_id, question_id, question, answer, answer_id, disposition, exemptions, regime, answered_on, historical, binned) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(caseId, want.question_id, want.question, want.answer, want.answer_id, want.disposition, want.exemptions, facts.regime, facts.answered_on, facts.historical, facts.binned);
      index(db, lastInsertRowid, want);
      continue;
    }
    const textChanged = had.question !== want.question || had.answer !== want.answer;
    const factsChanged = had.regime !== facts.regime || had.answered_on !== facts.answered_on || had.historical !== facts.historical || had.binned !== facts.binned;
    if (!textChanged && !factsChanged && had.answer_id === want.answer_id && had.disposition === want.disposition && had.exemptions === want.exemptions) continue;
    if (textChanged) unindex(db, had);
    stmt(db, 'UPDATE question_search SET question = ?, answer = ?, answer_id = ?, disposition = ?, exemptions = ?, regime = ?, answered_on = ?, historical = ?, binned = ? WHERE num = ?').run(
      want.question,
      want.answer,
      want.answer_id,
      want.disposition,
      want.exemptions,
      facts.regime,
      facts.answered_on,
      facts.historical,
      facts.binned,
      had.num,
    );
    if (textChanged) index(db, had.num, want);
  }
  // Questions no longer in the case (a new split, a heading now).
  for (const gone of existing.values()) {
    unindex(db, gone);
    stmt(db, 'DELETE FROM question_search WHERE num = ?').run(gone.num);
  }
}

/** Takes a case's questions out of the index: before the case itself is deleted. */
export function removeFromQuestionIndex(db: Db, caseId: string): void {
  for (const row of stmt(db, 'SELECT num, question, answer FROM question_search WHERE case_id = ?').all(caseId) as SearchRow[]) unindex(db, row);
  stmt(db, 'DELETE FROM question_search WHERE case_id = ?').run(caseId);
}
