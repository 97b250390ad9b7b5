import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../core/api/dispatch';
import { createDeskClient } from '../../../core/api/client';
import { answerConflictOf } from '../../../core/team/teamContract';
import type { Answer, Case } from '../../../core/model';
import { DeskService } from '../deskService';
import { MIGRATIONS } from '../migrations';
import { openWorkspaceDb, schemaVersion } from '../workspaceDb';
import { tempWorkspacePath } from '../testing/testWorkspace';

// Working together on one workspace (issue 15): two DeskService instances on one real SQLite file are
// two windows (or two officers on one machine) today. Every call goes through dispatch and the typed
// client, as the window's do, so the conflict's stored answer is seen as the window sees it.

let ws: ReturnType<typeof tempWorkspacePath>;
let jo: DeskService;
let sam: DeskService;
const clientOf = (service: DeskService) => createDeskClient((method, input) => dispatch(service, method, input, { busyRetryDelaysMs: [] }));
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const answer = (id: string, q: string, text: string): Answer => ({ id, covers: [q], doc: doc(text), disposition: 'answered', exemptions: [], redirectTo: '' });
const textOf = (a: Answer | undefined) => JSON.stringify(a?.doc);

let c: Case;
beforeEach(async () => {
  ws = tempWorkspacePath();
  jo = new DeskService(ws.path, { today: () => '2024-06-04', userName: 'Jo Bloggs' });
  sam = new DeskService(ws.path, { today: () => '2024-06-04', userName: 'Sam Smith' });
  const desk = clientOf(jo);
  c = await desk.createCase({ ref: 'T-1', title: 'Telephony', regime: 'foia', received: '2024-05-20' });
  c = await desk.updateCase({
    id: c.id,
    patch: { questions: [{ id: 'q1', number: '1', label: '1.', text: 'How many phones?', heading: false }, { id: 'q2', number: '2', label: '2.', text: 'What did they cost?', heading: false }] },
  });
  await desk.saveAnswer({ caseId: c.id, answer: answer('a1', 'q1', 'We hold 12 phones.') });
  await desk.saveAnswer({ caseId: c.id, answer: answer('a2', 'q2', 'They cost £1,200.') });
});
afterEach(async () => {
  await jo.dispose();
  await sam.dispose();
  ws.cleanup();
});

describe('answer versions', () => {
  it('bumps the version with every save, and a save based on a stale version never overwrites', async () => {
    const [deskJo, deskSam] = [clientOf(jo), clientOf(sam)];
    const seenByJo = (await deskJo.getCase({ id: c.id, team: true })).answers.find((a) => a.id === 'a1')!;
    const seenBySam = (await deskSam.getCase({ id: c.id, team: true })).answers.find((a) => a.id === 'a1')!;
    expect(seenByJo.version).toBe(1);
    // Without `team` the case reads as it always has: no versions in it.
    expect((await deskJo.getCase({ id: c.id })).answers[0]!.version).toBeUndefined();

    const saved = await deskSam.saveAnswer({ caseId: c.id, answer: { ...seenBySam, doc: doc('We hold 14 phones.') } });
    expect(saved.version).toBe(2);

    const refused = await deskJo.saveAnswer({ caseId: c.id, answer: { ...seenByJo, doc: doc('We hold 13 phones.') } }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringMatching(/not saved over theirs/) });
    const theirs = answerConflictOf(refused);
    expect(theirs).toMatchObject({ id: 'a1', version: 2 });
    expect(textOf(theirs!)).toBe(JSON.stringify(doc('We hold 14 phones.')));
    // Sam's words are still the stored ones.
    expect(textOf((await deskJo.getCase({ id: c.id })).answers.find((a) => a.id === 'a1'))).toBe(JSON.stringify(doc('We hold 14 phones.')));

    // "Keep mine": saved again, based on the version now stored.
    const kept = await deskJo.saveAnswer({ caseId: c.id, answer: { ...seenByJo, doc: doc('We hold 13 phones.'), version: theirs!.version } });
    expect(kept.version).toBe(3);
    expect(textOf((await deskSam.getCase({ id: c.id })).answers.find((a) => a.id === 'a1'))).toBe(JSON.stringify(doc('We hold 13 phones.')));
  });

  it('never conflicts for two officers typing in different answers of one case', async () => {
    const [deskJo, deskSam] = [clientOf(jo), clientOf(sam)];
    const forJo = (await deskJo.getCase({ id: c.id, team: true })).answers;
    const forSam = (await deskSam.getCase({ id: c.id, team: true })).answers;
    let a1 = forJo.find((a) => a.id === 'a1')!;
    let a2 = forSam.find((a) => a.id === 'a2')!;
    for (let i = 0; i < 5; i++) {
      a1 = await deskJo.saveAnswer({ caseId: c.id, answer: { ...a1, doc: doc(`Phones, draft ${i}`) } });
      a2 = await deskSam.saveAnswer({ caseId: c.id, answer: { ...a2, doc: doc(`Cost, draft ${i}`) } });
    }
    const stored = (await deskJo.getCase({ id: c.id })).answers;
    expect(stored.map(textOf)).toEqual([JSON.stringify(doc('Phones, draft 4')), JSON.stringify(doc('Cost, draft 4'))]);
  });

  it('refuses a save of an answer another officer removed, and a "new" answer that already exists', async () => {
    const [deskJo, deskSam] = [clientOf(jo), clientOf(sam)];
    const a1 = (await deskJo.getCase({ id: c.id, team: true })).answers.find((a) => a.id === 'a1')!;
    await deskSam.deleteAnswer({ caseId: c.id, answerId: 'a1' });
    await expect(deskJo.saveAnswer({ caseId: c.id, answer: a1 })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/removed/) });
    await expect(deskJo.saveAnswer({ caseId: c.id, answer: { ...answer('a2', 'q2', 'Mine'), version: 0 } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await deskJo.getCase({ id: c.id })).answers.map((a) => a.id)).toEqual(['a2']);
  });
});

describe('case details', () => {
  it("keeps both of two windows' changes to different details made at the same moment", async () => {
    for (let round = 1; round <= 5; round++) {
      await Promise.all([
        clientOf(jo).updateCase({ id: c.id, patch: { requestText: `1. How many phones? (round ${round})` } }),
        clientOf(sam).updateCase({ id: c.id, patch: { title: `Telephony, round ${round}` } }),
      ]);
      const now = await clientOf(jo).getCase({ id: c.id });
      expect([now.requestText, now.title]).toEqual([`1. How many phones? (round ${round})`, `Telephony, round ${round}`]);
    }
  });
});

describe('owners', () => {
  it("assigns and reassigns, recorded; Mine, Unassigned and Everyone's list the right cases", async () => {
    const [deskJo, deskSam] = [clientOf(jo), clientOf(sam)];
    const other = await deskJo.createCase({ ref: 'T-2', title: 'Parking', regime: 'foia', received: '2024-05-21' });
    const refs = async (desk: ReturnType<typeof clientOf>, owner: 'mine' | 'unassigned' | 'everyone') => (await desk.listCases({ filter: 'open', owner })).map((x) => x.ref);
    expect(await refs(deskJo, 'unassigned')).toEqual(['T-1', 'T-2']);

    await deskJo.assignCase({ id: c.id, owner: 'Jo Bloggs' });
    // Sam sees it at once: one workspace.
    expect(await refs(deskSam, 'mine')).toEqual([]);
    expect(await refs(deskJo, 'mine')).toEqual(['T-1']);
    expect(await refs(deskSam, 'unassigned')).toEqual(['T-2']);
    expect(await refs(deskSam, 'everyone')).toEqual(['T-1', 'T-2']);
    expect((await deskSam.listCases({ filter: 'open' })).find((x) => x.ref === 'T-1')?.owner).toBe('Jo Bloggs');

    const { assignments } = await deskJo.assignCase({ id: c.id, owner: 'Sam Smith' });
    expect(await refs(deskSam, 'mine')).toEqual(['T-1']);
    expect(assignments).toEqual([
      { at: expect.any(String), by: 'Jo Bloggs', owner: 'Sam Smith' },
      { at: expect.any(String), by: 'Jo Bloggs', owner: 'Jo Bloggs' },
    ]);
    await deskSam.assignCase({ id: other.id, owner: null });
    expect((await deskSam.getCase({ id: c.id })).owner).toBe('Sam Smith');
    // An update of the case's own fields leaves its owner alone.
    await deskJo.updateCase({ id: c.id, patch: { title: 'Telephony costs' } });
    expect((await deskSam.getCase({ id: c.id })).owner).toBe('Sam Smith');
  });

  it('filters in SQL through the owner index', async () => {
    const plan = (jo as unknown as { db: { prepare: (s: string) => { all: (...p: unknown[]) => { detail: string }[] } } }).db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM cases c WHERE c.owner = ? AND c.is_open = 1 ORDER BY c.due, c.ref")
      .all('Jo Bloggs');
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/cases_by_owner/);
  });
});

describe('sign-off', () => {
  it('drafting → in review → approved → sent, with the setting enforced by the send gate', async () => {
    const [deskJo, deskSam] = [clientOf(jo), clientOf(sam)];
    const org = (await deskJo.getWorkspace({})).organisation;
    await deskJo.saveOrganisation({ ...org, approvalRequired: true });
    await deskJo.updateCase({ id: c.id, patch: { status: 'in-review' } });
    expect((await deskSam.listCases({ filter: 'all', forReview: true })).map((x) => x.ref)).toEqual(['T-1']);
    await expect(deskJo.updateCase({ id: c.id, patch: { status: 'sent' } })).rejects.toMatchObject({ code: 'checks-failed', message: expect.stringMatching(/needs a reviewer's approval/) });

    const approved = await deskSam.approveCase({ id: c.id });
    expect(approved.approval).toMatchObject({ by: 'Sam Smith' });
    expect((await deskSam.listCases({ filter: 'all', forReview: true })).map((x) => x.ref)).toEqual([]);
    // A change to an answer after approval takes it away: the reviewer approved other words.
    const a1 = (await deskJo.getCase({ id: c.id, team: true })).answers[0]!;
    await deskJo.saveAnswer({ caseId: c.id, answer: { ...a1, doc: doc('We hold 15 phones.') } });
    expect((await deskJo.getCase({ id: c.id })).approval).toBeUndefined();
    await expect(deskJo.updateCase({ id: c.id, patch: { status: 'sent' } })).rejects.toMatchObject({ code: 'checks-failed' });

    await deskSam.approveCase({ id: c.id });
    const sent = await deskJo.updateCase({ id: c.id, patch: { status: 'sent' } });
    expect(sent.status).toBe('sent');
  });

  it('a reviewer returns an answer with a comment, shown on it until resolved', async () => {
    const [deskJo, deskSam] = [clientOf(jo), clientOf(sam)];
    await deskJo.updateCase({ id: c.id, patch: { status: 'in-review' } });
    const returned = await deskSam.returnCase({ id: c.id, comments: [{ answerId: 'a2', text: 'Give the cost excluding VAT.' }] });
    expect(returned.status).toBe('drafting');
    const a2 = (await deskJo.getCase({ id: c.id, team: true })).answers.find((a) => a.id === 'a2')!;
    expect(a2.reviewComment).toMatchObject({ text: 'Give the cost excluding VAT.', by: 'Sam Smith' });
    // The officer's saves keep it (a save never changes the comment) until they resolve it.
    await deskJo.saveAnswer({ caseId: c.id, answer: { ...a2, doc: doc('They cost £1,000 excluding VAT.') } });
    expect((await deskJo.getCase({ id: c.id, team: true })).answers.find((a) => a.id === 'a2')!.reviewComment?.text).toBe('Give the cost excluding VAT.');
    expect(await deskJo.resolveReviewComment({ caseId: c.id, answerId: 'a2' })).toEqual({ resolved: true });
    expect((await deskJo.getCase({ id: c.id, team: true })).answers.find((a) => a.id === 'a2')!.reviewComment).toBeUndefined();
    await expect(deskSam.approveCase({ id: c.id })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/not marked Ready for review/) });
  });
});

describe('migration 11', () => {
  let old: ReturnType<typeof tempWorkspacePath>;
  beforeAll(async () => {
    old = tempWorkspacePath();
  });
  afterAll(() => old.cleanup());

  it('gives every answer of a workspace made at version 10 version 1, and every case no owner', async () => {
    const db = openWorkspaceDb(old.path, MIGRATIONS.filter((m) => m.version < 11));
    expect(schemaVersion(db)).toBe(10);
    db.prepare(
      `INSERT INTO cases (id, num, ref, title, regime, received, sent, status, publish, requester, request_text, summary, attachments, clock, created_at, updated_at)
       VALUES ('c1', 1, 'OLD-1', 'Old case', 'foia', '2024-05-01', NULL, 'drafting', 1, '{"name":"","email":"","address":""}', '', '', '[]', '{}', '2024-05-01T09:00:00Z', '2024-05-01T09:00:00Z')`,
    ).run();
    db.prepare(`INSERT INTO answers (id, case_id, position, covers, doc, plain_text, disposition, exemptions, redirect_to, updated_at) VALUES ('a1', 'c1', 0, '[]', ?, 'Old', 'answered', '[]', '', '2024-05-01T09:00:00Z')`).run(
      JSON.stringify(doc('Old')),
    );
    db.close();
    const upgraded = new DeskService(old.path, { today: () => '2024-06-10', userName: 'Jo Bloggs' });
    try {
      expect((await upgraded.getWorkspace()).schemaVersion).toBeGreaterThanOrEqual(11);
      const c1 = await upgraded.getCase({ id: 'c1', team: true });
      expect(c1.owner).toBeUndefined();
      expect(c1.answers[0]!.version).toBe(1);
      expect((await upgraded.listCases({ filter: 'all', search: '', owner: 'unassigned' })).map((x) => x.ref)).toEqual(['OLD-1']);
    } finally {
      upgraded.close();
    }
  });
});
