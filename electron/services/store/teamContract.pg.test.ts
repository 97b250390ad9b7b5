import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../core/model';
import { openPgStore } from '../pg/pgStore';
import { clusterForThisFile } from '../pg/testing/clusterForFile';
import { initTeamWorkspace } from '../pg/pgTeam';
import type { WorkspaceStore } from './caseStore';
import { teamContract } from './testing/teamContract';

// The team engine on a real PostgreSQL, started for this file and stopped after it; a new database
// for each test, copied from one migrated once (pg/testing/clusterForFile.ts).
// Each race runs across two pools (two officers' apps) on one database.
const cluster = clusterForThisFile();
const urls = new WeakMap<WorkspaceStore, string>();

async function newWorkspace(): Promise<WorkspaceStore> {
  const url = await cluster.newWorkspace();
  const store = await openPgStore(url, { migrate: true });
  urls.set(store, url);
  return store;
}

teamContract('PostgreSQL', newWorkspace, (first) => openPgStore(urls.get(first)!));

describe('the team store on PostgreSQL, under load', () => {
  const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  const answer = (text: string): Answer => ({ id: 'a-1', covers: [], doc: paragraph(text), disposition: 'answered', exemptions: [], redirectTo: '' });
  const NOW = '2024-06-17T09:00:00.000Z';

  async function withCase(): Promise<{ first: WorkspaceStore; url: string }> {
    const first = await newWorkspace();
    await first.cases.put({ id: 'c1', ref: 'LOAD-1', title: 'Load', regime: 'foia', received: '2024-06-03', sent: null, status: 'drafting', publish: true, requester: { name: '', email: '', address: '' }, requestText: '', summary: '', questions: [], answers: [answer('start')], attachments: [], clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false }, overrides: [], createdAt: NOW, updatedAt: NOW });
    return { first, url: urls.get(first)! };
  }

  it('without the lock the race is real: a check read outside the transaction lets both saves land', async () => {
    // The control for the contract's race: the same two saves, the version read before the
    // transaction (no lock), both pass the check and the second silently overwrites the first.
    // If this ever stops happening the contract's race no longer proves anything.
    const { first, url } = await withCase();
    const second = await openPgStore(url);
    try {
      const unguarded = async (store: WorkspaceStore, text: string) => {
        const version = await store.team.answerVersion('c1', 'a-1');
        await new Promise((resolve) => setTimeout(resolve, 150));
        return store.transaction(async () => {
          if (version !== 1) return 'conflict';
          await store.cases.saveAnswer('c1', answer(text), NOW);
          return 'saved';
        });
      };
      expect(await Promise.all([unguarded(first, 'Jo'), unguarded(second, 'Sam')])).toEqual(['saved', 'saved']);
      expect(await first.team.answerVersion('c1', 'a-1')).toBe(3);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it("works as an officer's own login: the lock, the owner, the sign-off and the comment need only the team's grants", async () => {
    const { first, url } = await withCase();
    await first.close();
    await initTeamWorkspace(url);
    await cluster.admin.query('DROP ROLE IF EXISTS pat_officer');
    await cluster.admin.query('CREATE ROLE pat_officer LOGIN IN ROLE desk_officer');
    const pat = await openPgStore(url.replace('postgres@', 'pat_officer@'));
    try {
      const saved = await pat.transaction(async () => {
        if ((await pat.team.answerVersion('c1', 'a-1')) !== 1) return 'conflict';
        await pat.cases.saveAnswer('c1', answer('Pat wrote this'), NOW);
        return 'saved';
      });
      expect(saved).toBe('saved');
      expect(await pat.team.assign('c1', 'Pat', 'Pat', NOW)).toBe(true);
      await pat.team.approve('c1', 'Pat', NOW);
      expect(await pat.team.setComment('c1', 'a-1', { text: 'Fine', by: 'Pat', at: NOW })).toBe(true);
      const c = (await pat.cases.get('c1', false, true))!;
      expect([c.owner, c.approval, c.answers[0]!.version, c.answers[0]!.reviewComment?.text]).toEqual(['Pat', { by: 'Pat', at: NOW }, 2, 'Fine']);
      expect(await pat.team.assignments('c1')).toEqual([{ at: NOW, by: 'Pat', owner: 'Pat' }]);
    } finally {
      await pat.close();
    }
  });

  it("locks one answer, not the case: a second officer's check on another answer does not wait for the first's save", async () => {
    const { first, url } = await withCase();
    const second = await openPgStore(url);
    try {
      await first.cases.saveAnswer('c1', { ...answer('Other'), id: 'a-2' }, NOW);
      const events: string[] = [];
      const save = (store: WorkspaceStore, id: string, who: string) =>
        store.transaction(async () => {
          expect(await store.team.answerVersion('c1', id)).toBe(1);
          events.push(`${who} checked`);
          await new Promise((resolve) => setTimeout(resolve, 400));
          await store.cases.saveAnswer('c1', { ...answer(who), id }, NOW);
          events.push(`${who} saved`);
        });
      await Promise.all([save(first, 'a-1', 'Jo'), save(second, 'a-2', 'Sam')]);
      // Both checks pass before either save: neither waited on the other's lock.
      expect(events.slice(0, 2).sort()).toEqual(['Jo checked', 'Sam checked']);
      expect(await first.team.answerVersions('c1')).toEqual(new Map([['a-1', 2], ['a-2', 2]]));
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('fifteen officers saving against one version: exactly one lands, every other sees the conflict', async () => {
    const { first, url } = await withCase();
    const officers = [first, ...(await Promise.all(Array.from({ length: 14 }, () => openPgStore(url))))];
    try {
      const outcomes = await Promise.all(
        officers.map((store, i) =>
          store.transaction(async () => {
            if ((await store.team.answerVersion('c1', 'a-1')) !== 1) return 'conflict';
            await new Promise((resolve) => setTimeout(resolve, 20));
            await store.cases.saveAnswer('c1', answer(`Officer ${i}`), NOW);
            return 'saved';
          }),
        ),
      );
      expect(outcomes.filter((o) => o === 'saved')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'conflict')).toHaveLength(14);
      expect(await first.team.answerVersion('c1', 'a-1')).toBe(2);
      expect((await first.cases.get('c1'))!.answers[0]!.doc).toEqual(paragraph(`Officer ${outcomes.indexOf('saved')}`));
    } finally {
      for (const s of officers.reverse()) await s.close();
    }
  }, 30_000);
});
