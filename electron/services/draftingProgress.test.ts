import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';
import type { Answer, RichNode } from '../../core/model';

// What the case list says about a case being drafted: its status and how many questions have an answer
// with words in it. A just-started answer (empty paragraphs, spaces) is not an answer.

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

const para = (text?: string): RichNode => (text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' });
const answer = (id: string, covers: string[], ...paras: (string | undefined)[]): Answer => ({ id, covers, doc: { type: 'doc', content: paras.map(para) }, disposition: 'answered', exemptions: [], redirectTo: '' });

async function twoQuestionCase() {
  const c = await service.createCase({ ref: 'FOI-8', title: 'Potholes', regime: 'foia', received: '2024-12-02', requester: { name: '', email: '', address: '' }, requestText: '' });
  await service.updateCase({ id: c.id, patch: { questions: [1, 2].map((n) => ({ id: `q${n}`, number: String(n), label: '', text: `Question ${n}?`, heading: false })) } });
  return c.id;
}
const summary = async () => (await service.listCases({ filter: 'all', search: '' }))[0]!;

describe('drafting progress in the case list', () => {
  it('does not count an answer of empty paragraphs or spaces as answered', async () => {
    const id = await twoQuestionCase();
    await service.saveAnswer({ caseId: id, answer: answer('a1', ['q1'], undefined, '   ', undefined) });
    expect((await summary())).toMatchObject({ questionCount: 2, answeredCount: 0 });
    await service.saveAnswer({ caseId: id, answer: answer('a1', ['q1'], 'We repaired 412 potholes.') });
    expect((await summary())).toMatchObject({ answeredCount: 1 });
    await service.saveAnswer({ caseId: id, answer: answer('a1', ['q1'], ' ') });
    expect((await summary())).toMatchObject({ answeredCount: 0 });
  });

  it('moves a New case to In progress when the first answer with words is saved, not before', async () => {
    const id = await twoQuestionCase();
    await service.saveAnswer({ caseId: id, answer: answer('a1', ['q1'], undefined) });
    expect((await summary()).status).toBe('new');
    await service.saveAnswer({ caseId: id, answer: answer('a1', ['q1'], 'We repaired 412 potholes.') });
    expect((await summary()).status).toBe('drafting');
    expect((await service.getCase({ id })).status).toBe('drafting');
  });

  it('starts drafting from answers saved together too, and leaves a later status alone', async () => {
    const id = await twoQuestionCase();
    await service.replaceAnswers({ caseId: id, answers: [answer('shared', ['q1', 'q2'], 'Both: 412.')], removed: [] });
    expect((await summary()).status).toBe('drafting');
    await service.updateCase({ id, patch: { status: 'in-review' } });
    await service.saveAnswer({ caseId: id, answer: answer('shared', ['q1', 'q2'], 'Both: 413.') });
    expect((await summary()).status).toBe('in-review');
  });
});
