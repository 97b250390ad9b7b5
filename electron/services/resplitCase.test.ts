import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../core/api/dispatch';
import { resplitAnswers } from '../../core/drafting/resplit';
import type { Question } from '../../core/model';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

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
const questionsOf = (prefix: string, texts: string[]): Question[] => texts.map((text, i) => ({ id: `${prefix}${i + 1}`, number: String(i + 1), label: '', text, heading: false }));

async function gritting() {
  const c = await service.createCase({ ref: 'FOI-8', title: 'Gritting', regime: 'foia', received: '2024-12-02', requester: { name: '', email: '', address: '' }, requestText: '' });
  const questions = questionsOf('old', ['Which roads do you grit?', 'How much salt did you buy?', 'Who supplies the salt?']);
  await service.updateCase({ id: c.id, patch: { questions } });
  for (const [i, q] of questions.entries()) {
    await service.saveAnswer({ caseId: c.id, answer: { id: `a${i + 1}`, covers: [q.id], doc: doc(`Answer ${i + 1} about hedgerows.`), disposition: 'answered', exemptions: [], redirectTo: '' } });
  }
  return await service.getCase({ id: c.id });
}

describe('split again, in one call', () => {
  it('replaces the questions and re-attaches the answers in one transaction, and the search follows', async () => {
    const before = await gritting();
    // The request was edited: question 2 went, and the supplier question is now number 2, reworded.
    const after = questionsOf('new', ['Which roads do you grit?', 'Who supplies the rock salt?']);
    const { answers, unmatched } = resplitAnswers(before.questions, before.answers, after);
    expect(unmatched.map((u) => u.answer.id)).toEqual(['a2']);

    const out = await dispatch(service, 'resplitCase', { id: before.id, questions: after, answers });
    expect(out).toMatchObject({ ok: true });
    const stored = await service.getCase({ id: before.id });
    expect(stored.questions.map((q) => q.id)).toEqual(['new1', 'new2']);
    expect(stored.answers.map((a) => [a.id, a.covers])).toEqual([
      ['a1', ['new1']],
      ['a2', []],
      ['a3', ['new2']],
    ]);
    expect((await service.listCases({ filter: 'all', search: 'rock' })).map((s) => [s.ref, s.questionCount, s.answeredCount])).toEqual([['FOI-8', 2, 2]]);
  });

  it('undoes the split exactly with the same call', async () => {
    const before = await gritting();
    const after = questionsOf('new', ['Which roads do you grit?']);
    await dispatch(service, 'resplitCase', { id: before.id, questions: after, answers: resplitAnswers(before.questions, before.answers, after).answers });
    await dispatch(service, 'resplitCase', { id: before.id, questions: before.questions, answers: before.answers });
    const restored = await service.getCase({ id: before.id });
    expect(restored.questions).toEqual(before.questions);
    expect(restored.answers).toEqual(before.answers);
  });

  it('drops only the dead links of answers it was not given, keeping their text', async () => {
    const before = await gritting();
    await dispatch(service, 'resplitCase', { id: before.id, questions: [before.questions[0]!], answers: [] });
    const stored = await service.getCase({ id: before.id });
    expect(stored.answers.map((a) => [a.id, a.covers])).toEqual([
      ['a1', ['old1']],
      ['a2', []],
      ['a3', []],
    ]);
    expect(stored.answers[2]!.doc).toEqual(doc('Answer 3 about hedgerows.'));
  });

  it('saves nothing when an answer names a question the new split does not have', async () => {
    const before = await gritting();
    const out = await dispatch(service, 'resplitCase', { id: before.id, questions: questionsOf('new', ['Which roads?']), answers: [{ ...before.answers[0]!, covers: ['old1'] }] });
    expect(out).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await service.getCase({ id: before.id })).toEqual(before);
  });

  it('leaves questions and answers as they were when a write fails part-way', async () => {
    const before = await gritting();
    // A second connection to the same file makes the third answer's write fail, as a full disk would.
    const other = new Database(ws.path);
    other.exec("CREATE TRIGGER fail_a3 BEFORE UPDATE ON answers WHEN NEW.id = 'a3' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    other.close();
    const after = questionsOf('new', ['Which roads do you grit?', 'How much salt did you buy?', 'Who supplies the salt?']);
    const out = await dispatch(service, 'resplitCase', { id: before.id, questions: after, answers: resplitAnswers(before.questions, before.answers, after).answers });
    expect(out).toMatchObject({ ok: false });
    const stored = await service.getCase({ id: before.id });
    expect(stored.questions).toEqual(before.questions);
    expect(stored.answers).toEqual(before.answers);
  });
});
