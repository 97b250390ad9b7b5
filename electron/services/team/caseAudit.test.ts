import { afterEach, describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../core/model';
import { serialiseAnswer } from '../caseRepository';
import { openSqliteStore } from '../store/sqliteStore';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { caseAudit } from './caseAudit';

// On a workspace on one computer there is no trigger-written trail: caseAudit gives what the
// workspace keeps anyway, in the same shape, and says which engine it is (the PostgreSQL side is
// ../pg/auditTrail.pg.test.ts).
const folders: ReturnType<typeof tempWorkspacePath>[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) f.cleanup();
});

const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('caseAudit on SQLite', () => {
  it("lists owners, sign-off, reasons after sending and answers' saved versions, newest first, and no more than asked", async () => {
    const ws = tempWorkspacePath();
    folders.push(ws);
    const store = openSqliteStore(ws.path);
    try {
      const c = CaseSchema.parse({
        id: 'c1',
        ref: 'FOI-1',
        title: 'Potholes',
        regime: 'foia',
        received: '2024-06-03',
        requester: { name: '', email: '', address: '' },
        questions: [{ id: 'q3', number: '3', label: '3.', text: 'Who repaired them?', heading: false }],
        answers: [{ id: 'a3', covers: ['q3'], doc: paragraph('Our contractor.'), disposition: 'answered', exemptions: [], redirectTo: '' }],
        createdAt: '2024-06-03T09:00:00.000Z',
        updatedAt: '2024-06-03T09:00:00.000Z',
      });
      store.cases.put(c);
      const a3 = (text: string) => serialiseAnswer({ ...c.answers[0]!, doc: paragraph(text) });
      store.history.recordEdit('c1', a3('Roadfix Ltd.'), '2024-06-03T10:00:00.000Z');
      store.history.recordCase('c1', 'export', '2024-06-03T10:30:00.000Z');
      store.team.assign('c1', 'jo.officer', 'sam.smith', '2024-06-03T11:00:00.000Z');
      store.team.assign('c1', 'kim.lee', 'sam.smith', '2024-06-03T11:30:00.000Z');
      store.team.approve('c1', 'sam.smith', '2024-06-03T12:00:00.000Z');
      store.sentCopies.recordEdit('c1', { at: '2024-06-04T09:00:00.000Z', who: 'jo.officer', reason: 'Typo in the figures' });
      store.history.recordRestore('c1', a3('Our contractor.'), '2024-06-04T09:05:00.000Z');

      const audit = await caseAudit(store, { caseId: 'c1' });
      expect(audit.engine).toBe('sqlite');
      expect(audit.entries.map((e) => [e.at.slice(0, 16), e.who, e.summary])).toEqual([
        ['2024-06-04T09:05', null, 'Answer to question 3 restored from an earlier version'],
        ['2024-06-04T09:00', 'jo.officer', 'Changed after sending: Typo in the figures'],
        ['2024-06-03T12:00', 'sam.smith', 'Approved for sending (as sam.smith)'],
        ['2024-06-03T11:30', 'sam.smith', 'Owner changed from jo.officer to kim.lee'],
        ['2024-06-03T11:00', 'sam.smith', 'Owner set to jo.officer'],
        ['2024-06-03T10:00', null, 'Answer to question 3 edited'],
        ['2024-06-03T09:00', null, 'Answer to question 3 edited'],
      ]);
      expect((await caseAudit(store, { caseId: 'c1', limit: 2 })).entries.map((e) => e.what)).toEqual(['answer', 'sent-edit']);
      await expect(caseAudit(store, { caseId: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
    } finally {
      store.close();
    }
  });
});
