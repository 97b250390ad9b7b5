import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { DeskService } from './deskService';
import { MIGRATIONS } from './migrations';
import { openWorkspaceDb, schemaVersion } from './workspaceDb';
import { tempWorkspacePath } from './testing/testWorkspace';

// The channel a request came by (issue 14: intake from WhatDoTheyKnow), stored with the case.
let ws: ReturnType<typeof tempWorkspacePath>;
beforeAll(async () => {
  ws = tempWorkspacePath();
});
afterAll(() => ws.cleanup());

describe('migration 10', () => {
  it('adds the channel to a workspace made at the version before: its cases came by email', async () => {
    const path = ws.path.replace('workspace.sqlite', 'v9.sqlite');
    const old = openWorkspaceDb(path, MIGRATIONS.filter((m) => m.version < 10));
    expect(schemaVersion(old)).toBe(9);
    old
      .prepare(
        `INSERT INTO cases (id, num, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
         VALUES ('c1', 1, 'OLD-1', 'Old case', 'foia', '2024-05-01', NULL, 'new', 1, '{"name":"","email":"","address":""}', 'How many bins?', '', '[]', '{}', '2024-05-01T09:00:00Z', '2024-05-01T09:00:00Z')`,
      )
      .run();
    old.close();
    const upgraded = new DeskService(path, { today: () => '2024-06-10' });
    expect((await upgraded.getWorkspace()).schemaVersion).toBeGreaterThanOrEqual(10);
    const c = await upgraded.getCase({ id: 'c1' });
    expect(c.channel ?? 'email').toBe('email');
    await upgraded.updateCase({ id: 'c1', patch: { channel: 'post' } });
    expect((await upgraded.getCase({ id: 'c1' })).channel).toBe('post');
    upgraded.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare("SELECT channel FROM cases WHERE id = 'c1'").get()).toEqual({ channel: 'post' });
    db.close();
  });
});

describe('the channel on a case', () => {
  it('is set when the case is made, kept across a reopen, and refused when unknown', async () => {
    const service = new DeskService(ws.path, { today: () => '2024-06-10', create: true });
    const made = await service.createCase({ ref: 'WDTK-1', title: 'Fly-tipping', regime: 'foia', received: '2024-06-04', requester: { name: 'watchful_resident', email: 'foi+request-811207-0fa4d3e9@whatdotheyknow.com', address: '' }, requestText: '', channel: 'whatdotheyknow' });
    expect(made.channel).toBe('whatdotheyknow');
    const plain = await service.createCase({ ref: 'EM-1', title: 'Bins', regime: 'foia', received: '2024-06-04', requester: { name: '', email: '', address: '' }, requestText: '' });
    expect(plain.channel ?? 'email').toBe('email');
    service.close();
    const reopened = new DeskService(ws.path, { today: () => '2024-06-10' });
    expect((await reopened.getCase({ id: made.id })).channel).toBe('whatdotheyknow');
    reopened.close();
    const db = new Database(ws.path);
    expect(() => db.prepare("UPDATE cases SET channel = 'pigeon' WHERE id = ?").run(made.id)).toThrow(/CHECK/);
    db.close();
  });
});
