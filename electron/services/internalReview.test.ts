import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskService } from './deskService';
import { MIGRATIONS } from './migrations';
import { openWorkspaceDb, schemaVersion } from './workspaceDb';
import { tempWorkspacePath } from './testing/testWorkspace';

// The requester's internal review of a response (issue 15, statistics), stored with the case:
// migration 12 on a workspace made at version 11, and the review's round trip through DeskService.
let ws: ReturnType<typeof tempWorkspacePath>;
beforeEach(async () => {
  ws = tempWorkspacePath();
});
afterEach(() => ws.cleanup());

const requester = { name: 'A Requester', email: 'a@example.org', address: '' };

describe('migration 12', () => {
  it('adds the internal review to a workspace made at version 11: its cases have none, and the statistics read by index', async () => {
    const path = ws.path.replace('workspace.sqlite', 'v11.sqlite');
    const old = openWorkspaceDb(path, MIGRATIONS.filter((m) => m.version < 12));
    expect(schemaVersion(old)).toBe(11);
    old
      .prepare(
        `INSERT INTO cases (id, num, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
         VALUES ('c1', 1, 'OLD-1', 'Old case', 'foia', '2024-05-01', '2024-05-20', 'sent', 1, '{"name":"","email":"","address":""}', 'How many bins?', '', '[]', '{}', '2024-05-01T09:00:00Z', '2024-05-20T09:00:00Z')`,
      )
      .run();
    old.close();

    const upgraded = new DeskService(path, { today: () => '2024-07-15' });
    expect((await upgraded.getWorkspace()).schemaVersion).toBeGreaterThanOrEqual(12);
    expect((await upgraded.getCase({ id: 'c1' })).review).toBeUndefined();
    const updated = await upgraded.updateCase({ id: 'c1', patch: { review: { requested: '2024-06-03', outcome: null, completed: null } } });
    expect(updated.review).toEqual({ requested: '2024-06-03', outcome: null, completed: null });
    upgraded.close();

    const db = openWorkspaceDb(path, undefined, { create: false });
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    // The statistics' two reads (./stats/statisticsRepository.ts) search an index instead of scanning every case.
    expect(plan("SELECT id FROM cases c WHERE c.received >= '2024-04-01' AND c.received <= '2024-06-30' AND c.deleted_at IS NULL AND c.historical = 0")).toMatch(/USING INDEX cases_by_received/);
    expect(plan("SELECT id FROM cases c WHERE c.review_requested >= '2024-04-01' AND c.review_requested <= '2024-06-30' AND c.deleted_at IS NULL")).toMatch(/USING INDEX cases_by_review_requested/);
    // An outcome the app cannot read is kept out of the file.
    expect(() => db.prepare("UPDATE cases SET review_outcome = 'dismissed' WHERE id = 'c1'").run()).toThrow(/CHECK constraint failed/);
    db.close();
  });
});

describe('an internal review on a case', () => {
  it('is recorded on a sent case without asking for a reason, decided, read back, backed up, and taken away', async () => {
    const service = new DeskService(ws.path, { today: () => '2024-07-15' });
    const c = await service.createCase({ ref: 'IR-1', title: 'Bins', regime: 'foia', received: '2024-04-02', requester, requestText: '' });
    await service.updateCase({ id: c.id, patch: { status: 'sent', sent: '2024-04-30' } });
    // A review comes after sending by definition: it changes nothing that was sent.
    await service.updateCase({ id: c.id, patch: { review: { requested: '2024-05-10', outcome: null, completed: null } } });
    await service.updateCase({ id: c.id, patch: { review: { requested: '2024-05-10', outcome: 'partly-upheld', completed: '2024-06-07' } } });
    service.close();

    const reopened = new DeskService(ws.path, { today: () => '2024-07-15' });
    expect((await reopened.getCase({ id: c.id })).review).toEqual({ requested: '2024-05-10', outcome: 'partly-upheld', completed: '2024-06-07' });
    expect((await reopened.getCase({ id: c.id })).status).toBe('sent');
    // A backup carries it, and restoring the backup into another workspace brings it back.
    const backup = JSON.parse(JSON.stringify(await reopened.exportBundle({})));
    const other = tempWorkspacePath();
    const restored = new DeskService(other.path, { today: () => '2024-07-15' });
    await restored.importBundle({ bundle: backup, replace: false });
    expect((await restored.getCase({ id: c.id })).review).toEqual({ requested: '2024-05-10', outcome: 'partly-upheld', completed: '2024-06-07' });
    restored.close();
    other.cleanup();
    // Recorded in error: null takes it away.
    expect((await reopened.updateCase({ id: c.id, patch: { review: null } })).review).toBeUndefined();
    expect((await reopened.getCase({ id: c.id })).review).toBeUndefined();
    reopened.close();
  });
});
