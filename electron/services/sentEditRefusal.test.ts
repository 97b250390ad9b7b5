import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../core/api/dispatch';
import type { Case } from '../../core/model';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

// Sent means sent, enforced by the service: a change to a sent case without a recorded reason is
// refused in words, whichever window or command makes it (issue 11).

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
let clock = '2024-06-04T09:00:00.000Z';

async function call<T>(method: string, input: unknown): Promise<T> {
  const result = await dispatch(service, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let c: Case;
beforeAll(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-06-04', now: () => clock, userName: 'jo.officer' });
  c = await call<Case>('createCase', { ref: 'S-1', title: 'Telephony', regime: 'foia', received: '2024-05-20', requestText: '1. How many phones?' });
  c = await call<Case>('updateCase', { id: c.id, patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'How many phones?', heading: false }] } });
  await call('saveAnswer', { caseId: c.id, answer: { id: 'a1', covers: ['q1'], doc: doc('We hold 12 phones.'), disposition: 'answered', exemptions: [], redirectTo: '' } });
  clock = '2024-06-04T10:00:00.000Z';
  c = await call<Case>('updateCase', { id: c.id, patch: { status: 'sent' } });
});
afterAll(async () => {
  await service.dispose();
  ws.cleanup();
});

const refused = (result: unknown) =>
  expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^Case S-1 was sent on 4 June 2024\..*reason/) } });

describe('a change to a sent case needs a recorded reason', () => {
  it('refuses every kind of change before a reason is recorded, and changes nothing', async () => {
    const answer = { id: 'a1', covers: ['q1'], doc: doc('Changed.'), disposition: 'answered', exemptions: [], redirectTo: '' };
    refused(await dispatch(service, 'saveAnswer', { caseId: c.id, answer }));
    refused(await dispatch(service, 'replaceAnswers', { caseId: c.id, answers: [answer], removed: [] }));
    refused(await dispatch(service, 'deleteAnswer', { caseId: c.id, answerId: 'a1' }));
    refused(await dispatch(service, 'resplitCase', { id: c.id, questions: c.questions, answers: [{ ...answer, covers: [] }] }));
    refused(await dispatch(service, 'updateCase', { id: c.id, patch: { requestText: 'Changed' } }));
    refused(await dispatch(service, 'updateCase', { id: c.id, patch: { sent: '2024-06-03' } }));
    refused(await dispatch(service, 'updateCase', { id: c.id, patch: { clock: { ...c.clock, complexExtension: true } } }));
    refused(await dispatch(service, 'updateCase', { id: c.id, patch: { letter: { salutation: 'Dear Jo', opening: null, closing: null, signOff: null } } }));
    // Taking it back out of sent is a change like any other.
    refused(await dispatch(service, 'updateCase', { id: c.id, patch: { status: 'in-review' } }));
    const versions = await call<{ id: number }[]>('listAnswerVersions', { caseId: c.id, answerId: 'a1' });
    refused(await dispatch(service, 'restoreAnswerVersion', { caseId: c.id, versionId: versions.at(-1)!.id }));
    const now = await call<Case>('getCase', { id: c.id });
    expect(now.status).toBe('sent');
    expect(now.sent).toBe('2024-06-04');
    expect(now.requestText).toBe('1. How many phones?');
    expect(JSON.stringify(now.answers[0]!.doc)).toContain('We hold 12 phones.');
  });

  it('still lets the case be closed, its log entry prepared, its letter exported and its copy read', async () => {
    await call('updateCase', { id: c.id, patch: { status: 'closed' } });
    await call('updateCase', { id: c.id, patch: { status: 'sent' } });
    await call('updateCase', { id: c.id, patch: { summary: 'Phones', publish: true, title: 'Telephony' } });
    // A patch that repeats what is stored changes nothing, so it needs no reason.
    await call('updateCase', { id: c.id, patch: { sent: '2024-06-04', requestText: '1. How many phones?' } });
    await call('exportLetter', { id: c.id, format: 'docx' });
    expect((await call<{ fileName: string }>('getSentCopy', { caseId: c.id, kind: 'html' })).fileName).toMatch(/S-1/);
  });

  it('accepts the change once a reason is recorded, and un-sending needs one too', async () => {
    clock = '2024-06-05T09:00:00.000Z';
    await call('recordSentEdit', { caseId: c.id, reason: 'The count was wrong' });
    await call('saveAnswer', { caseId: c.id, answer: { id: 'a1', covers: ['q1'], doc: doc('We hold 13 phones.'), disposition: 'answered', exemptions: [], redirectTo: '' } });
    const back = await call<Case>('updateCase', { id: c.id, patch: { status: 'in-review' } });
    expect(back.status).toBe('in-review');
    // No longer sent: edited as usual, and marking it sent again needs no reason.
    await call('updateCase', { id: c.id, patch: { requestText: '1. How many phones do you have?' } });
    clock = '2024-06-06T09:00:00.000Z';
    await call('updateCase', { id: c.id, patch: { status: 'sent', sent: '2024-06-06' } });
    // Sent again: the reason given for the first sending does not cover the second.
    refused2(await dispatch(service, 'updateCase', { id: c.id, patch: { requestText: 'Again' } }));
  });
});

function refused2(result: unknown) {
  expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^Case S-1 was sent on 6 June 2024\./) } });
}
