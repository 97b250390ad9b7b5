import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
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

const newCase = { ref: 'FOI-1', title: 'Contact centre', regime: 'foia', received: '2024-12-20', requester: { name: 'A Person', email: 'a@example.org', address: '' }, requestText: '1. One?\n2. Two?' } as const;

describe('DeskService on a real SQLite file', () => {
  it('creates a case and finds it again after reopening the file', async () => {
    const created = await service.createCase(newCase);
    service.close();
    service = new DeskService(ws.path, { today: () => '2024-12-23' });
    const again = await service.getCase({ id: created.id });
    expect(again.ref).toBe('FOI-1');
    expect(again.requester.email).toBe('a@example.org');
    const db = new Database(ws.path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('computes the case deadline and working days left', async () => {
    const c = await service.createCase(newCase);
    const d = await service.getCaseDeadline({ id: c.id });
    expect(d.due).toBe('2025-01-23');
    // Mon 23 Dec is day 1 of 20, so 19 remain after it (24, 27, 30, 31 Dec; 3 Jan onwards, 2 Jan being Scotland's).
    expect(d.workingDaysLeft).toBe(19);
  });

  it('refuses a duplicate reference with a conflict', async () => {
    await service.createCase(newCase);
    const r = await dispatch(service, 'createCase', newCase);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('validates input through dispatch and names the field', async () => {
    const r = await dispatch(service, 'createCase', { ...newCase, received: '20/12/2024' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/received: use the form YYYY-MM-DD/);
    const unknown = await dispatch(service, 'dropTables', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('saves answers one at a time and searches their text', async () => {
    const c = await service.createCase(newCase);
    const updated = await service.updateCase({ id: c.id, patch: { questions: [
      { id: 'q1', number: '1', label: '1.', text: 'One?', heading: false },
      { id: 'q2', number: '2', label: '2.', text: 'Two?', heading: false },
    ] } });
    expect(updated.questions).toHaveLength(2);
    await service.saveAnswer({ caseId: c.id, answer: { id: 'a1', covers: ['q1', 'q2'], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We use Webex telephony.' }] }] }, disposition: 'answered', exemptions: [], redirectTo: '' } });
    expect((await service.listCases({ filter: 'all', search: 'webex' })).map((s) => s.ref)).toEqual(['FOI-1']);
    expect((await service.listCases({ filter: 'all', search: 'teams' }))).toEqual([]);
    const [summary] = await service.listCases({ filter: 'open', search: '' });
    expect(summary).toMatchObject({ questionCount: 2, answeredCount: 2 });
    const bad = await dispatch(service, 'saveAnswer', { caseId: c.id, answer: { id: 'a2', covers: ['nope'], doc: { type: 'doc' }, disposition: 'answered', exemptions: [], redirectTo: '' } });
    expect(bad.ok).toBe(false);
  });

  it('filters overdue and sent-this-month cases', async () => {
    const late = await service.createCase({ ...newCase, ref: 'OLD', received: '2024-10-01' });
    await service.createCase({ ...newCase, ref: 'NEW', received: '2024-12-20' });
    await service.updateCase({ id: late.id, patch: {} });
    expect((await service.listCases({ filter: 'overdue', search: '' })).map((c) => c.ref)).toEqual(['OLD']);
    await service.updateCase({ id: late.id, patch: { status: 'sent', sent: '2024-12-02' } });
    expect((await service.listCases({ filter: 'sent-this-month', search: '' })).map((c) => c.ref)).toEqual(['OLD']);
    expect((await service.listCases({ filter: 'open', search: '' })).map((c) => c.ref)).toEqual(['NEW']);
  });

  it('counts an added bank holiday in the deadline', async () => {
    const c = await service.createCase({ ...newCase, received: '2024-03-01' });
    const before = (await service.getCaseDeadline({ id: c.id })).due;
    await service.addHoliday({ date: '2024-03-12', name: 'Proclaimed holiday' });
    const after = (await service.getCaseDeadline({ id: c.id })).due;
    // 12 March is an ordinary working day until the workspace says otherwise: the due date moves a day.
    expect(after > before).toBe(true);
  });
});
