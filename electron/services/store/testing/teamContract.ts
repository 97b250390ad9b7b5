import { afterEach, describe, expect, it } from 'vitest';
import type { Answer, Case } from '../../../../core/model';
import type { WorkspaceStore } from '../caseStore';
import { contractCase, paragraph } from './contractCase';

/**
 * What every engine's TeamStore must do (answers' versions, owners, sign-off, reviewers' comments),
 * run on real databases by teamContract.sqlite.test.ts and teamContract.pg.test.ts. Expectations are
 * written out by hand, never read from one engine to check the other.
 *
 * `open` gives a new, empty workspace each time. `secondOfficer`, when the engine has one, opens
 * another connection to the same workspace (another officer's app): the races below then run across
 * two connections. Without it (SQLite: one officer's file, one connection) both sides share the store.
 */
export type OpenTeamStore = () => Promise<WorkspaceStore>;
export type SecondOfficer = (first: WorkspaceStore) => Promise<WorkspaceStore>;

const answer = (id: string, covers: string[], text: string): Answer => ({ id, covers, doc: paragraph(text), disposition: 'answered', exemptions: [], redirectTo: '' });

function makeCase(ref: string, fields: Partial<Case> = {}): Case {
  return contractCase(ref, {
    questions: [
      { id: 'q-1', number: '1', label: '', text: 'Potholes reported', heading: false },
      { id: 'q-2', number: '2', label: '', text: 'Repair budget', heading: false },
    ],
    answers: [answer('a-1', ['q-1'], 'First draft'), answer('a-2', ['q-2'], 'Budget')],
    ...fields,
  });
}

const NOW = '2024-06-17T09:00:00.000Z';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The service's save of an officer's answer (DeskService.saveAnswer): in one transaction, the stored
 * version compared with the one the officer's window was based on, then the answer written. The
 * pause between the check and the write is where a second officer's save would slip in if the check
 * did not hold the answer until the write.
 */
async function saveIfCurrent(store: WorkspaceStore, caseId: string, a: Answer, base: number | null, pause = 150): Promise<'saved' | 'conflict'> {
  return store.transaction(
    async () => {
      if ((await store.team.answerVersion(caseId, a.id)) !== base) return 'conflict';
      await sleep(pause);
      await store.cases.saveAnswer(caseId, a, NOW);
      return 'saved';
    },
    { immediate: true },
  );
}

export function teamContract(engine: string, open: OpenTeamStore, secondOfficer?: SecondOfficer): void {
  describe(`the team store contract on ${engine}`, () => {
    const opened: WorkspaceStore[] = [];
    const openStore = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };
    const otherOfficer = async (first: WorkspaceStore) => {
      if (!secondOfficer) return first;
      const store = await secondOfficer(first);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0).reverse()) await s.close();
    });

    it("reads each answer's version: 1 when written whole, one higher with each save, null for none", async () => {
      const store = await openStore();
      await store.cases.put(makeCase('V-1'));
      expect(await store.team.answerVersion('id-V-1', 'a-1')).toBe(1);
      expect(await store.team.answerVersion('id-V-1', 'a-9')).toBeNull();
      expect(await store.team.answerVersion('other-case', 'a-1')).toBeNull();
      await store.cases.saveAnswer('id-V-1', answer('a-1', ['q-1'], 'Second'), NOW);
      await store.cases.saveAnswer('id-V-1', answer('a-1', ['q-1'], 'Third'), NOW);
      expect(await store.team.answerVersion('id-V-1', 'a-1')).toBe(3);
      expect(await store.team.answerVersions('id-V-1')).toEqual(new Map([['a-1', 3], ['a-2', 1]]));
      expect(await store.team.answerVersions('other-case')).toEqual(new Map());
      // Inside a transaction too (where the engine may hold the answer until the write).
      expect(await store.transaction(() => store.team.answerVersion('id-V-1', 'a-2'))).toBe(1);
      expect(await store.transaction(() => store.team.answerVersion('id-V-1', 'a-9'))).toBeNull();
    });

    it('assigns a case and keeps the record of who gave it to whom, newest first', async () => {
      const store = await openStore();
      await store.cases.put(makeCase('A-1'));
      expect(await store.team.assign('id-A-1', 'Jo Bloggs', 'Lead Officer', '2024-06-10T09:00:00.000Z')).toBe(true);
      expect((await store.cases.get('id-A-1'))!.owner).toBe('Jo Bloggs');
      expect(await store.team.assign('id-A-1', 'Sam Smith', 'Jo Bloggs', '2024-06-11T09:00:00.000Z')).toBe(true);
      expect(await store.team.assign('id-A-1', null, 'Lead Officer', '2024-06-12T09:00:00.000Z')).toBe(true);
      expect((await store.cases.get('id-A-1'))!).not.toHaveProperty('owner');
      expect(await store.team.assignments('id-A-1')).toEqual([
        { at: '2024-06-12T09:00:00.000Z', by: 'Lead Officer', owner: null },
        { at: '2024-06-11T09:00:00.000Z', by: 'Jo Bloggs', owner: 'Sam Smith' },
        { at: '2024-06-10T09:00:00.000Z', by: 'Lead Officer', owner: 'Jo Bloggs' },
      ]);
      // No such case, or one in the bin: nothing changed, nothing recorded.
      expect(await store.team.assign('no-such-case', 'Jo Bloggs', 'Lead Officer', NOW)).toBe(false);
      await store.cases.moveToBin('id-A-1', NOW);
      expect(await store.team.assign('id-A-1', 'Jo Bloggs', 'Lead Officer', NOW)).toBe(false);
      expect(await store.team.assignments('id-A-1')).toHaveLength(3);
      expect(await store.team.assignments('no-such-case')).toEqual([]);
      // Writing the case whole (an import) keeps its owner: the owner is the team store's alone.
      await store.cases.restoreFromBin('id-A-1');
      await store.team.assign('id-A-1', 'Jo Bloggs', 'Lead Officer', NOW);
      await store.cases.put(makeCase('A-1', { title: 'Reimported' }));
      expect((await store.cases.get('id-A-1'))!.owner).toBe('Jo Bloggs');
    });

    it('signs a case off, and takes the sign-off away again', async () => {
      const store = await openStore();
      await store.cases.put(makeCase('S-1', { status: 'in-review' }));
      expect((await store.cases.get('id-S-1'))!).not.toHaveProperty('approval');
      await store.team.approve('id-S-1', 'Pat Reviewer', '2024-06-14T16:00:00.000Z');
      expect((await store.cases.get('id-S-1'))!.approval).toEqual({ by: 'Pat Reviewer', at: '2024-06-14T16:00:00.000Z' });
      expect((await store.cases.listPage({ filter: 'all', today: '2024-06-17', extraHolidays: [] }, 0, -1))[0]!.approved_at).toBe('2024-06-14T16:00:00.000Z');
      await store.team.withdrawApproval('id-S-1');
      expect((await store.cases.get('id-S-1'))!).not.toHaveProperty('approval');
      await store.team.withdrawApproval('id-S-1');
      await store.team.withdrawApproval('no-such-case');
      expect((await store.cases.listPage({ filter: 'all', today: '2024-06-17', extraHolidays: [] }, 0, -1))[0]!.approved_at).toBeNull();
    });

    it("keeps a reviewer's comment on its answer until it is resolved", async () => {
      const store = await openStore();
      await store.cases.put(makeCase('C-1'));
      const comment = { text: 'Cite s43(2) and give the public interest test — “in full”.', by: 'Pat Reviewer', at: '2024-06-14T16:00:00.000Z' };
      expect(await store.team.setComment('id-C-1', 'a-2', comment)).toBe(true);
      expect(await store.team.setComment('id-C-1', 'a-9', comment)).toBe(false);
      expect(await store.team.setComment('other-case', 'a-2', comment)).toBe(false);
      const withTeam = (await store.cases.get('id-C-1', false, true))!;
      expect(withTeam.answers).toEqual([
        { ...answer('a-1', ['q-1'], 'First draft'), version: 1 },
        { ...answer('a-2', ['q-2'], 'Budget'), version: 1, reviewComment: comment },
      ]);
      // Only the team's reading carries it; a comment is not an edit, so the version stays.
      expect((await store.cases.get('id-C-1'))!.answers[1]).toEqual(answer('a-2', ['q-2'], 'Budget'));
      expect(await store.team.answerVersion('id-C-1', 'a-2')).toBe(1);
      expect(await store.team.setComment('id-C-1', 'a-2', null)).toBe(true);
      expect((await store.cases.get('id-C-1', false, true))!.answers[1]).toEqual({ ...answer('a-2', ['q-2'], 'Budget'), version: 1 });
    });

    it('lets exactly one of two saves based on the same version land; the other sees a conflict', async () => {
      const jo = await openStore();
      await jo.cases.put(makeCase('R-1'));
      await jo.cases.saveAnswer('id-R-1', answer('a-1', ['q-1'], 'Version two'), NOW);
      const sam = await otherOfficer(jo);
      const outcomes = await Promise.all([
        saveIfCurrent(jo, 'id-R-1', answer('a-1', ['q-1'], 'Jo wrote this'), 2),
        saveIfCurrent(sam, 'id-R-1', answer('a-1', ['q-1'], 'Sam wrote this'), 2),
      ]);
      expect([...outcomes].sort()).toEqual(['conflict', 'saved']);
      expect(await jo.team.answerVersion('id-R-1', 'a-1')).toBe(3);
      const winner = outcomes[0] === 'saved' ? 'Jo wrote this' : 'Sam wrote this';
      expect((await sam.cases.get('id-R-1'))!.answers[0]!.doc).toEqual(paragraph(winner));
    });

    it('lets only one of two officers create the same new answer', async () => {
      const jo = await openStore();
      await jo.cases.put(makeCase('R-2'));
      const sam = await otherOfficer(jo);
      const outcomes = await Promise.all([saveIfCurrent(jo, 'id-R-2', answer('a-new', ['q-1'], 'Jo'), null), saveIfCurrent(sam, 'id-R-2', answer('a-new', ['q-2'], 'Sam'), null)]);
      expect([...outcomes].sort()).toEqual(['conflict', 'saved']);
      expect(await jo.team.answerVersion('id-R-2', 'a-new')).toBe(1);
      expect((await jo.cases.get('id-R-2'))!.answers.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-new']);
    });

    it('never holds up or refuses two officers saving different answers of one case', async () => {
      const jo = await openStore();
      await jo.cases.put(makeCase('R-3'));
      const sam = await otherOfficer(jo);
      const outcomes = await Promise.all([saveIfCurrent(jo, 'id-R-3', answer('a-1', ['q-1'], 'Jo on tarmac'), 1), saveIfCurrent(sam, 'id-R-3', answer('a-2', ['q-2'], 'Sam on gritting'), 1)]);
      expect(outcomes).toEqual(['saved', 'saved']);
      expect(await jo.team.answerVersions('id-R-3')).toEqual(new Map([['a-1', 2], ['a-2', 2]]));
      const c = (await sam.cases.get('id-R-3'))!;
      expect(c.answers.map((a) => a.doc)).toEqual([paragraph('Jo on tarmac'), paragraph('Sam on gritting')]);
      // Both reached the search index, whichever committed second.
      expect((await jo.cases.searchPage('tarmac gritting', { filter: 'all', today: '2024-06-17', extraHolidays: [] }, 0, -1)).map((r) => r.ref)).toEqual(['R-3']);
    });
  });
}
