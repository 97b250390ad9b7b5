import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { foldWord, spellingRulesDescription } from '../../../core/reuse/spellingVariants';
import { foldedWords } from '../../../core/reuse/questionWords';
import { migratePg } from './pgSchema';
import { PG_MIGRATIONS } from './pgMigrations';
import { startTempCluster, type TempCluster } from './testing/tempCluster';

// desk_fold_spelling (schema step 15) against core/reuse's foldWord, on a real PostgreSQL.
let cluster: TempCluster;
let pool: pg.Pool;

beforeAll(async () => {
  cluster = await startTempCluster();
  pool = new pg.Pool({ connectionString: cluster.url });
  await migratePg(pool);
}, 60_000);

afterAll(async () => {
  await pool?.end();
  cluster?.stop();
});

const folded = async (text: string) => (await pool.query<{ f: string }>('SELECT desk_fold_spelling($1) AS f', [text])).rows[0]!.f;

describe('spelling folded in PostgreSQL', () => {
  it('folds every word of the rules as foldWord does, and leaves the words kept alone', async () => {
    const rules = JSON.parse(spellingRulesDescription()) as { table: [string, string][]; keep: string[] };
    const words = [
      ...rules.table.flatMap(([us, uk]) => [us, uk, us.toUpperCase()]),
      ...rules.keep,
      ...['organization', 'organizations', 'realized', 'analyzing', 'paralyze', 'downsize', 'resized', 'capsized', 'criticizable', 'citizen', 'four', 'hour', 'color', 'Colour', 'travelled', 'traveled', 'prized', 'maize', 'prize', 'ize', 'bizarre', 'amortization'],
    ];
    const rows = (await pool.query<{ w: string; f: string }>('SELECT w, desk_fold_word(w) AS f FROM unnest($1::text[]) AS w', [words])).rows;
    const wrong = rows.filter((r) => r.f !== foldWord(r.w));
    expect(wrong).toEqual([]);
    expect(rows).toHaveLength(words.length);
  });

  it('splits text into the words core/reuse sees, folded, one space apart', async () => {
    const text = 'The Organization’s license-program (2024) — "centers" & color; jo@example.org asked s31(1)(a), coloré café—color. Program program program, gray-gray.';
    expect(await folded(text)).toBe(foldedWords(text).join(' '));
    expect(await folded('')).toBe('');
    expect(await folded('— … !')).toBe('');
  });

  // The functions are written from the rules as they are (./pgFoldSpelling.ts). A change to the
  // rules means a new step replacing them and rebuilding question_search's document; then update this.
  it('has the rules schema step 15 folds by', () => {
    expect(createHash('sha256').update(spellingRulesDescription()).digest('hex').slice(0, 16)).toBe('5aa1fcc9cd092f80');
  });

  it('step 15 rebuilds the question index of a workspace at the step before, folded, and refreshes only the rows that change', async () => {
    const db = `desk_fold_${Date.now()}`;
    await pool.query(`CREATE DATABASE ${db}`);
    const old = new pg.Pool({ connectionString: cluster.url.replace(/\/[^/]+$/, `/${db}`) });
    try {
      await migratePg(old, PG_MIGRATIONS.filter((m) => m.version < 15));
      await old.query(`INSERT INTO cases (id, ref, title, regime, received, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
        VALUES ('c1', 'OLD-1', 'Colour', 'foia', '2024-06-03', 'sent', true, '{"name":"","email":"","address":""}', '', '', '[]', '{}', 'x', 'x')`);
      await old.query("INSERT INTO questions (id, case_id, position, number, label, text, heading) VALUES ('q1', 'c1', 0, '1', '1.', 'Which organization runs the program?', false)");
      await old.query('SELECT desk_refresh_question_index($1)', ['c1']);
      const find = async (q: string) => (await old.query("SELECT question_id FROM question_search WHERE document @@ to_tsquery('english', $1)", [q])).rows.map((r: { question_id: string }) => r.question_id);
      expect(await find('organisation')).toEqual([]);
      await migratePg(old);
      expect(await find('organisation & programme')).toEqual(['q1']);
      expect((await old.query("SELECT question FROM question_search WHERE case_id = 'c1'")).rows[0].question).toBe('Which organization runs the program?');

      // The refresh rewrites only what changed: an unchanged row keeps its num and is not written.
      const rows = async () => (await old.query("SELECT question_id, num::int, xmin::text, answer FROM question_search WHERE case_id = 'c1' ORDER BY num")).rows as { question_id: string; num: number; xmin: string; answer: string }[];
      const [before] = await rows();
      await old.query("INSERT INTO questions (id, case_id, position, number, label, text, heading) VALUES ('q2', 'c1', 1, '2', '2.', 'And the colour of the vans?', false)");
      await old.query(`INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at)
        VALUES ('a2', 'c1', 0, '["q2"]', '{}', 'Gray.', 'answered', '[]', '', 'x')`);
      await old.query('SELECT desk_refresh_question_index($1)', ['c1']);
      const after = await rows();
      expect(after.map((r) => [r.question_id, r.answer])).toEqual([
        ['q1', ''],
        ['q2', 'Gray.'],
      ]);
      expect(after[0]).toEqual(before);
      expect(after[1]!.num).toBeGreaterThan(before!.num);
      expect(await find('grey & colour')).toEqual(['q2']);
      await old.query(`UPDATE answers SET covers = '["q1", "q2"]' WHERE id = 'a2'`);
      await old.query('SELECT desk_refresh_question_index($1)', ['c1']);
      const covering = await rows();
      expect(covering.map((r) => [r.question_id, r.num, r.answer])).toEqual([
        ['q1', before!.num, 'Gray.'],
        ['q2', after[1]!.num, 'Gray.'],
      ]);
      expect(covering[1]!.xmin).toBe(after[1]!.xmin);
      await old.query("UPDATE questions SET heading = true WHERE id = 'q1'");
      await old.query('SELECT desk_refresh_question_index($1)', ['c1']);
      expect((await rows()).map((r) => r.question_id)).toEqual(['q2']);
    } finally {
      await old.end();
    }
  });
});
