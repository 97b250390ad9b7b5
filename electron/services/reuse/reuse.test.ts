import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { dispatch } from '../../../core/api/dispatch';
import type { Answer } from '../../../core/model';
import { DeskService } from '../deskService';
import { MIGRATIONS } from '../migrations';
import { openWorkspaceDb, schemaVersion } from '../workspaceDb';
import { CaseRepository } from '../caseRepository';
import { tempWorkspacePath } from '../testing/testWorkspace';

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-12-23' });
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });
const answer = (id: string, covers: string[], text: string, extra: Partial<Answer> = {}): Answer => ({ id, covers, doc: doc(text), disposition: 'answered', exemptions: [], redirectTo: '', ...extra });

async function makeCase(ref: string, received: string, questions: string[], answers: ((ids: string[]) => Answer[]) | null = null, sent: string | null = null) {
  const c = await service.createCase({ ref, title: `Case ${ref}`, regime: 'foia', received, requester: { name: '', email: '', address: '' }, requestText: '' });
  const qs = questions.map((text, i) => ({ id: `${ref}-q${i + 1}`, number: String(i + 1), label: '', text, heading: false }));
  await service.updateCase({ id: c.id, patch: { questions: qs } });
  if (answers) await service.replaceAnswers({ caseId: c.id, answers: answers(qs.map((q) => q.id)), removed: [] });
  if (sent) await service.updateCase({ id: c.id, patch: { status: 'sent', sent } });
  return c.id;
}

const telephony = [
  'Which telephony system does the organization use for its contact centre?',
  'When does the contract for that telephony system end?',
  'How much did the organisation spend on the telephony contract in each of the last three years?',
];

describe('answered before', () => {
  it('offers the earlier answer to a question like it, across UK and US spellings, and not the case itself', async () => {
    const earlier = await makeCase('5023911', '2024-02-20', telephony, (ids) => [
      answer('e1', [ids[0]!], 'We use Mitel MiContact Center in our contact centre.'),
      answer('e2', [ids[1]!], 'The contract ends on 31 March 2026.'),
      answer('e3', [ids[2]!], 'We spent £120,000 in each year.', { disposition: 'partly-answered', exemptions: ['s43(2)'] }),
    ], '2024-03-14');
    await makeCase('5023950', '2024-03-01', ['How many parking fines were issued in 2023?'], (ids) => [answer('p1', ids, 'We issued 4,210 parking fines.')], '2024-03-20');
    const now = await makeCase('5024150', '2024-06-03', ['Which telephony system does your organisation use in its contact center?']);

    const { matches } = await service.answeredBefore({ caseId: now, questionId: '5024150-q1', limit: 5 });
    expect(matches[0]).toMatchObject({ caseId: earlier, ref: '5023911', sent: '2024-03-14', questionNumber: '1', answerText: 'We use Mitel MiContact Center in our contact centre.', same: true });
    expect(matches[0]!.answer.doc).toEqual(doc('We use Mitel MiContact Center in our contact centre.'));
    expect(matches.some((m) => m.caseId === now)).toBe(false);
    expect(matches.some((m) => m.ref === '5023950')).toBe(false);

    // Free text, "licence"/"license" style: the US spelling finds the UK one and the other way round.
    const byText = await service.answeredBefore({ caseId: now, text: 'organization telephony spend', limit: 5 });
    expect(byText.matches[0]).toMatchObject({ questionNumber: '3', answer: { disposition: 'partly-answered', exemptions: ['s43(2)'] } });
  });

  it('keeps the index in step with every save: new answers, edits, a new split, deletion', async () => {
    const a = await makeCase('A-1', '2024-01-05', ['What is the budget for the licence programme?'], (ids) => [answer('a1', ids, 'The budget is £5m.')]);
    const b = await makeCase('B-1', '2024-02-05', ['What is the budget for the license program?']);
    const ask = async () => (await service.answeredBefore({ caseId: b, questionId: 'B-1-q1', limit: 5 })).matches;
    expect((await ask()).map((m) => m.answerText)).toEqual(['The budget is £5m.']);

    await service.saveAnswer({ caseId: a, answer: answer('a1', ['A-1-q1'], 'The budget is £7m after review.') });
    expect((await ask()).map((m) => m.answerText)).toEqual(['The budget is £7m after review.']);
    expect((await service.searchAll({ query: '"£5m"', filters: {}, limit: 10 })).hits).toEqual([]);

    await service.updateCase({ id: a, patch: { questions: [{ id: 'A-1-q9', number: '1', label: '', text: 'How many potholes were repaired?', heading: false }] } });
    expect((await ask())).toEqual([]);

    await service.updateCase({ id: a, patch: { questions: [{ id: 'A-1-q1', number: '1', label: '', text: 'What is the budget for the licence programme?', heading: false }] } });
    expect((await ask()).map((m) => m.ref)).toEqual(['A-1']);
    // In the bin: not offered. Deleted for good: its rows leave the index.
    await service.deleteCase({ id: a });
    expect((await ask())).toEqual([]);
    const db = openWorkspaceDb(ws.path);
    new CaseRepository(db).delete(a);
    expect(db.prepare('SELECT count(*) AS n FROM question_search').get()).toEqual({ n: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM question_text WHERE question_text MATCH 'budget'").get()).toEqual({ n: 1 });
    db.close();
  });

  it('refuses a question that is not in the case, and needs either a question or text', async () => {
    const id = await makeCase('C-1', '2024-01-05', ['One?']);
    expect(await dispatch(service, 'answeredBefore', { caseId: id, questionId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(service, 'answeredBefore', { caseId: id })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('round robins', () => {
  it('recognises a request whose questions mostly match an earlier case', async () => {
    const earlier = await makeCase('5024150', '2024-06-03', [...telephony, 'Who is the supplier of your call recording software?'], (ids) => ids.map((id, i) => answer(`r${i}`, [id], `Answer ${i + 1}.`)), '2024-06-20');
    const asked = [...telephony.slice(0, 3).map((t) => t.replace('organization', 'organisation')), 'How many councillors sit on the planning committee?'];
    const out = await service.roundRobinFor({ questions: asked });
    expect(out.candidates).toHaveLength(1);
    expect(out.candidates[0]).toMatchObject({ caseId: earlier, ref: '5024150', matched: 3, total: 4 });
    expect(out.candidates[0]!.pairs.map((p) => [p.index, p.questionId])).toEqual([[0, '5024150-q1'], [1, '5024150-q2'], [2, '5024150-q3']]);
    expect(out.closest.map((c) => [c.index, c.ref, c.date, c.same])).toEqual([[0, '5024150', '2024-06-20', true], [1, '5024150', '2024-06-20', true], [2, '5024150', '2024-06-20', true]]);
    // Only one question of four in common: not a round robin.
    expect((await service.roundRobinFor({ questions: [telephony[0]!, 'a', 'b about dogs', 'c about cats'] })).candidates).toEqual([]);
  });
});

describe('global search', () => {
  beforeEach(async () => {
    await makeCase('5023911', '2024-02-20', telephony, (ids) => [
      answer('e1', [ids[0]!], 'We use Mitel in our contact centre. <script>alert(1)</script>'),
      answer('e2', [ids[1]!, ids[2]!], 'The contract ends on 31 March 2026; spend is withheld.', { disposition: 'exempt', exemptions: ['s43(2)'] }),
    ], '2024-03-14');
    await makeCase('5023950', '2024-05-01', ['How many parking fines were issued?'], (ids) => [answer('p1', ids, 'We issued 4,210 parking fines under the contract.', { disposition: 'answered' })], '2024-05-20');
  });
  const words = (segments: { text: string; mark: boolean }[]) => segments.map((s) => (s.mark ? `<<${s.text}>>` : s.text)).join('');

  it('finds phrases and prefixes, with the words in context and nothing read as markup', async () => {
    const { hits } = await service.searchAll({ query: '"contact centre"', filters: {}, limit: 10 });
    expect(hits.map((h) => [h.ref, h.questionNumber])).toEqual([['5023911', '1']]);
    expect(words(hits[0]!.question)).toBe('Which telephony system does the organization use for its <<contact centre>>?');
    expect(words(hits[0]!.answer)).toContain('our <<contact centre>>. <script>alert(1)</script>');
    const prefix = (await service.searchAll({ query: 'contr*', filters: {}, limit: 10 })).hits;
    expect(prefix.map((h) => h.ref).sort()).toEqual(['5023911', '5023911', '5023950']);
    // The folded spelling finds the word as the officer wrote it, and marks it there.
    const us = (await service.searchAll({ query: 'organisation telephony', filters: {}, limit: 10 })).hits;
    expect(words(us[0]!.question)).toContain('<<organization>>');
  });

  it('narrows by outcome, section, regime and date, and finds cases by title', async () => {
    const all = async (filters: object) => (await service.searchAll({ query: 'contract', filters, limit: 10 })).hits.map((h) => `${h.ref}/${h.questionNumber}`);
    expect((await all({ outcome: 'exempt' }))).toEqual(['5023911/2', '5023911/3']);
    expect((await all({ section: '43' }))).toEqual(['5023911/2', '5023911/3']);
    expect((await all({ section: 'section 43(2)' }))).toEqual(['5023911/2', '5023911/3']);
    expect((await all({ section: 's31' }))).toEqual([]);
    expect((await all({ from: '2024-05-01', to: '2024-05-31' }))).toEqual(['5023950/1']);
    expect((await all({ regime: 'eir' }))).toEqual([]);
    const title = (await service.searchAll({ query: '5023950', filters: {}, limit: 10 })).hits;
    expect(title.map((h) => [h.ref, h.questionId])).toEqual([['5023950', null]]);
    // FTS5's own syntax typed by the officer is only words.
    for (const query of ['NEAR(contract fines)', 'question: contract', '"unbalanced', 'contract AND OR NOT', '*', '^']) {
      await expect(service.searchAll({ query, filters: {}, limit: 10 }), query).resolves.toBeDefined();
    }
  });
});

describe('migration 8', () => {
  it('builds the question index for a workspace made at the version before', async () => {
    service.close();
    const path = ws.path.replace('workspace.sqlite', 'old.sqlite');
    const before = MIGRATIONS.filter((m) => m.version < 8);
    const old = openWorkspaceDb(path, before);
    expect(schemaVersion(old)).toBe(before.at(-1)!.version);
    // Rows as that schema holds them, written with SQL: today's repository writes columns it lacks.
    const insertCase = old.prepare(
      `INSERT INTO cases (id, num, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'foia', ?, ?, ?, 1, '{"name":"","email":"","address":""}', '', '', '[]', '{}', '2024-01-02T09:00:00Z', '2024-01-02T09:00:00Z')`,
    );
    const insertQuestion = old.prepare('INSERT INTO questions (id, case_id, position, number, label, text, heading) VALUES (?, ?, ?, ?, \'\', ?, ?)');
    const insertAnswer = old.prepare(`INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?, '', '2024-01-02T09:00:00Z')`);
    const made = (n: number, id: string, received: string, q: string, a: string, disposition = 'answered', exemptions = '[]') => {
      // OLD-2 is still being drafted, so the test can save a new answer to it.
      insertCase.run(id, n, id, id, received, id === 'OLD-2' ? null : received, id === 'OLD-2' ? 'drafting' : 'sent');
      insertQuestion.run(`${id}-h`, id, 0, '1', 'A heading', 1);
      insertQuestion.run(`${id}-q`, id, 1, '1.a', q, 0);
      insertAnswer.run(`${id}-a`, id, JSON.stringify([`${id}-q`]), JSON.stringify(doc(a)), a, disposition, exemptions);
    };
    made(1, 'OLD-2', '2024-03-01', 'What is the programme budget?', 'It is £3m.', 'exempt', '["s43(2)"]');
    made(2, 'OLD-1', '2024-01-02', 'How many licensed premises are there?', 'There are 412 licensed premises.');
    old.close();

    service = new DeskService(path, { today: () => '2024-12-23' });
    const db = new Database(path, { readonly: true });
    // One row per question, headings aside, oldest case first.
    expect(db.prepare('SELECT question_id, question, answer, answer_id, disposition, exemptions FROM question_search ORDER BY num').all()).toEqual([
      { question_id: 'OLD-1-q', question: 'How many licensed premises are there?', answer: 'There are 412 licensed premises.', answer_id: 'OLD-1-a', disposition: 'answered', exemptions: '[]' },
      { question_id: 'OLD-2-q', question: 'What is the programme budget?', answer: 'It is £3m.', answer_id: 'OLD-2-a', disposition: 'exempt', exemptions: '["s43(2)"]' },
    ]);
    db.close();
    // Folded as the service folds: the US spelling finds it.
    expect((await service.searchAll({ query: 'program', filters: {}, limit: 10 })).hits.map((h) => [h.ref, h.questionNumber])).toEqual([['OLD-2', '1.a']]);
    expect((await service.searchAll({ query: 'budget', filters: { section: '43' }, limit: 10 })).hits.map((h) => h.ref)).toEqual(['OLD-2']);
    // The rows the migration wrote are taken out cleanly by the next save.
    await service.saveAnswer({ caseId: 'OLD-2', answer: answer('OLD-2-a', ['OLD-2-q'], 'It is £4m.') });
    expect((await service.searchAll({ query: '£4m', filters: {}, limit: 10 })).hits.map((h) => h.ref)).toEqual(['OLD-2']);
    expect((await service.searchAll({ query: '£3m', filters: {}, limit: 10 })).hits).toEqual([]);
    const check = openWorkspaceDb(path);
    expect(check.prepare("SELECT count(*) AS n FROM question_text WHERE question_text MATCH '\"3m\"'").get()).toEqual({ n: 0 });
    check.close();
  });
});

describe('the bin and past logs', () => {
  it('leaves binned cases out of answered before, round robins and global search, filtered or not, until restored', async () => {
    const earlier = await makeCase('5023911', '2024-02-20', telephony, (ids) => ids.map((id, i) => answer(`b${i}`, [id], `Binned answer ${i + 1} about the contract.`)), '2024-03-14');
    const now = await makeCase('5024150', '2024-06-03', telephony);
    const offered = async () => [...new Set((await service.answeredBefore({ caseId: now, questionId: '5024150-q1', limit: 5 })).matches.map((m) => m.ref))];
    const roundRobin = async () => (await service.roundRobinFor({ questions: telephony, excludeCaseId: now })).candidates.map((c) => c.ref);
    const found = async (filters: object) => (await service.searchAll({ query: 'contract', filters, limit: 10 })).hits.map((h) => h.ref);
    const filters = [{}, { regime: 'foia' }, { outcome: 'answered' }, { from: '2024-01-01', to: '2024-12-31' }];
    expect((await offered())).toEqual(['5023911']);
    expect((await roundRobin())).toEqual(['5023911']);
    for (const f of filters) expect((await found(f)), JSON.stringify(f)).toContain('5023911');

    await service.deleteCase({ id: earlier });
    expect((await offered())).toEqual([]);
    expect((await roundRobin())).toEqual([]);
    expect((await service.roundRobinFor({ questions: telephony, excludeCaseId: now })).closest).toEqual([]);
    for (const f of filters) expect((await found(f)), JSON.stringify(f)).not.toContain('5023911');
    // Not even by its title.
    expect((await service.searchAll({ query: '5023911', filters: {}, limit: 10 })).hits).toEqual([]);

    await service.restoreCase({ id: earlier });
    expect((await offered())).toEqual(['5023911']);
    for (const f of filters) expect((await found(f)), JSON.stringify(f)).toContain('5023911');
  });

  it("filters on the case's regime and date as they are now, and says which results came from a past log", async () => {
    const id = await makeCase('5023911', '2024-02-20', telephony, (ids) => ids.map((q, i) => answer(`f${i}`, [q], `Answer ${i + 1} about the contract.`)));
    const found = async (filters: object) => (await service.searchAll({ query: 'contract', filters, limit: 10 })).hits.map((h) => h.ref);
    expect((await found({ regime: 'eir' }))).toEqual([]);
    expect((await found({ regime: 'foia', to: '2024-02-20' }))).toContain('5023911');
    await service.updateCase({ id, patch: { regime: 'eir', received: '2024-07-01' } });
    expect((await found({ regime: 'eir', from: '2024-07-01', to: '2024-07-01' }))).toContain('5023911');
    expect((await found({ regime: 'foia' }))).toEqual([]);
    expect((await found({ to: '2024-06-30' }))).toEqual([]);

    const hit = (await service.searchAll({ query: 'contract', filters: {}, limit: 10 })).hits[0]!;
    expect(hit.historical).toBe(false);
    const db = openWorkspaceDb(ws.path);
    db.prepare('UPDATE cases SET historical = 1 WHERE id = ?').run(id);
    db.close();
    expect((await service.searchAll({ query: 'contract', filters: { regime: 'eir' }, limit: 10 })).hits.every((h) => h.historical)).toBe(true);
    const now = await makeCase('5024150', '2024-08-03', telephony);
    expect((await service.answeredBefore({ caseId: now, questionId: '5024150-q1', limit: 1 })).matches.map((m) => [m.ref, m.historical])).toEqual([['5023911', true]]);
  });
});

describe('migration 13', () => {
  it("copies each question's case facts beside it for a workspace made at the version before, keeping its index", async () => {
    service.close();
    const path = ws.path.replace('workspace.sqlite', 'v12.sqlite');
    const before = MIGRATIONS.filter((m) => m.version < 13);
    const old = openWorkspaceDb(path, before);
    expect(schemaVersion(old)).toBe(before.at(-1)!.version);
    // Rows as that schema holds them, written with SQL: today's repository writes question_search columns it lacks.
    const insertCase = old.prepare(
      `INSERT INTO cases (id, num, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, historical, deleted_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, '{"name":"","email":"","address":""}', '', '', '[]', '{}', ?, ?, '2024-01-02T09:00:00Z', '2024-01-02T09:00:00Z')`,
    );
    const insertQuestion = old.prepare("INSERT INTO questions (id, case_id, position, number, label, text, heading) VALUES (?, ?, 0, '1', '', ?, 0)");
    const insertAnswer = old.prepare(`INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at) VALUES (?, ?, 0, ?, ?, ?, 'answered', '[]', '', '2024-01-02T09:00:00Z')`);
    const made = (n: number, id: string, regime: string, received: string, sent: string | null, historical: number, deletedAt: string | null) => {
      insertCase.run(id, n, id, `Telephony ${id}`, regime, received, sent, sent ? 'sent' : 'drafting', historical, deletedAt);
      insertQuestion.run(`${id}-q`, id, 'When does the telephony contract end?');
      insertAnswer.run(`${id}-a`, id, JSON.stringify([`${id}-q`]), JSON.stringify(doc(`The contract of ${id} ends in 2026.`)), `The contract of ${id} ends in 2026.`);
    };
    made(1, 'PAST-1', 'foia', '2023-06-30', '2023-06-30', 1, null);
    made(2, 'BIN-1', 'eir', '2024-01-05', null, 0, '2024-02-01T10:00:00Z');
    made(3, 'OPEN-1', 'foisa', '2024-03-05', null, 0, null);
    // Migration 8's index as the service wrote it, the words folded the same way.
    old.exec(`INSERT INTO question_search (case_id, question_id, question, answer, answer_id, disposition, exemptions)
        SELECT q.case_id, q.id, q.text, a.plain_text, a.id, a.disposition, a.exemptions FROM questions q JOIN answers a ON a.case_id = q.case_id ORDER BY q.case_id = 'OPEN-1', q.case_id = 'BIN-1';
      INSERT INTO question_text (rowid, question, answer) SELECT num, fold_spelling(question), fold_spelling(answer) FROM question_search;`);
    const numsBefore = old.prepare('SELECT num, question_id FROM question_search ORDER BY num').all();
    old.close();

    service = new DeskService(path, { today: () => '2024-12-23' });
    const db = new Database(path, { readonly: true });
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(13);
    expect(db.prepare('SELECT num, question_id FROM question_search ORDER BY num').all()).toEqual(numsBefore);
    expect(db.prepare('SELECT case_id, regime, answered_on, historical, binned, answer FROM question_search ORDER BY num').all()).toEqual([
      { case_id: 'PAST-1', regime: 'foia', answered_on: '2023-06-30', historical: 1, binned: 0, answer: 'The contract of PAST-1 ends in 2026.' },
      { case_id: 'BIN-1', regime: 'eir', answered_on: '2024-01-05', historical: 0, binned: 1, answer: 'The contract of BIN-1 ends in 2026.' },
      { case_id: 'OPEN-1', regime: 'foisa', answered_on: '2024-03-05', historical: 0, binned: 0, answer: 'The contract of OPEN-1 ends in 2026.' },
    ]);
    // The small columns come before the long texts, as migration 8 laid them out.
    expect((db.prepare('SELECT name FROM pragma_table_info(?)').all('question_search') as { name: string }[]).map((c) => c.name).slice(-2)).toEqual(['question', 'answer']);
    db.close();
    const found = async (filters: object) => (await service.searchAll({ query: 'contract', filters, limit: 10 })).hits.map((h) => [h.ref, h.historical]);
    expect((await found({}))).toEqual(expect.arrayContaining([['PAST-1', true], ['OPEN-1', false]]));
    expect((await found({})).map(([ref]) => ref)).not.toContain('BIN-1');
    expect((await found({ regime: 'foisa' }))).toEqual([['OPEN-1', false]]);
    expect((await found({ to: '2023-12-31' }))).toEqual([['PAST-1', true]]);
    // The index survived the rebuild: rows are still taken out cleanly by the next save, and the trigger follows the bin.
    await service.saveAnswer({ caseId: 'OPEN-1', answer: answer('OPEN-1-a', ['OPEN-1-q'], 'The agreement ends in 2027.') });
    const inAnswers = async (query: string) => (await service.searchAll({ query, filters: { regime: 'foisa' }, limit: 10 })).hits.map((h) => h.ref);
    expect((await inAnswers('2026'))).toEqual([]);
    expect((await inAnswers('2027'))).toEqual(['OPEN-1']);
    await service.restoreCase({ id: 'BIN-1' });
    expect((await found({ regime: 'eir' }))).toEqual([['BIN-1', false]]);
  });
});
