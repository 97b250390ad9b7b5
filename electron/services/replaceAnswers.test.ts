import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../core/api/dispatch';
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

async function caseWithTwoAnswers() {
  const c = await service.createCase({ ref: 'FOI-7', title: 'Gritting', regime: 'foia', received: '2024-12-02', requester: { name: '', email: '', address: '' }, requestText: '' });
  const questions = ['Which roads?', 'How much salt?'].map((text, i) => ({ id: `q${i + 1}`, number: String(i + 1), label: '', text, heading: false }));
  await service.updateCase({ id: c.id, patch: { questions } });
  for (const [i, q] of questions.entries()) await service.saveAnswer({ caseId: c.id, answer: { id: `a${i + 1}`, covers: [q.id], doc: doc(`Answer ${i + 1} about hedgerows.`), disposition: 'answered', exemptions: [], redirectTo: '' } });
  return c.id;
}

describe('answering questions together', () => {
  it('replaces two answers by one shared answer in one call', async () => {
    const id = await caseWithTwoAnswers();
    const out = await dispatch(service, 'replaceAnswers', { caseId: id, answers: [{ id: 'shared', covers: ['q1', 'q2'], doc: doc('Both: the A-roads, 900 tonnes.'), disposition: 'answered', exemptions: [], redirectTo: '' }], removed: ['a1', 'a2'] });
    expect(out).toEqual({ ok: true, value: { saved: 1, deleted: 2 } });
    expect((await service.getCase({ id })).answers.map((a) => [a.id, a.covers])).toEqual([['shared', ['q1', 'q2']]]);
    expect(await service.listCases({ filter: 'all', search: 'hedgerows' })).toEqual([]);
    expect((await service.listCases({ filter: 'all', search: 'tonnes' })).map((s) => s.answeredCount)).toEqual([2]);
  });

  it('changes nothing when one of the answers cannot be saved', async () => {
    const id = await caseWithTwoAnswers();
    const before = (await service.getCase({ id })).answers;
    const out = await dispatch(service, 'replaceAnswers', { caseId: id, answers: [{ id: 'shared', covers: ['q1', 'q9'], doc: doc('Both.'), disposition: 'answered', exemptions: [], redirectTo: '' }], removed: ['a1', 'a2'] });
    expect(out).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await service.getCase({ id })).answers).toEqual(before);
  });
});
