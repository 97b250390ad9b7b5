import { expect, it } from 'vitest';
import { CaseSchema } from '../../../core/model';
import { openPgStore } from '../pg/pgStore';
import { initTeamWorkspace } from '../pg/pgTeam';
import { clusterForThisFile } from '../pg/testing/clusterForFile';
import { reuseContract } from './testing/reuseContract';

// The team engine on a real PostgreSQL started for this file (pg/testing/clusterForFile.ts); a new workspace for each test.
const cluster = clusterForThisFile();

reuseContract('PostgreSQL', async () => openPgStore(await cluster.newWorkspace(), { migrate: true }));

// The stores of this helper's areas as an officer sees them: their own login, in desk_officer only.
it("works on an officer's own login: search, answered before, statistics, clauses and a backup's extras", async () => {
  const url = await cluster.newDatabase();
  await initTeamWorkspace(url);
  await cluster.admin.query('DROP ROLE IF EXISTS reuse_officer');
  await cluster.admin.query('CREATE ROLE reuse_officer LOGIN IN ROLE desk_officer');
  const store = await openPgStore(url.replace('postgres@', 'reuse_officer@'));
  try {
    await store.cases.put(
      CaseSchema.parse({
        id: 'c1',
        ref: 'FOI-1',
        title: 'Street lighting',
        regime: 'foia',
        received: '2024-04-10',
        sent: '2024-04-30',
        status: 'sent',
        requester: { name: 'Jo', email: '', address: '' },
        questions: [{ id: 'q1', number: '1', label: '1.', text: 'Which organization maintains the street lighting?' }],
        answers: [{ id: 'a1', covers: ['q1'], doc: { type: 'doc', content: [] }, disposition: 'answered', exemptions: [], redirectTo: '' }],
        createdAt: 'x',
        updatedAt: 'x',
      }),
    );
    await store.transaction(async () => {
      // The answer's words, as an edit would leave them (the doc above is empty).
      await store.cases.saveAnswer('c1', { id: 'a1', covers: ['q1'], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The highways team.' }] }] }, disposition: 'answered', exemptions: [], redirectTo: '' }, 'y');
    });
    expect((await store.reuse.searchAll('organisation', {}, 5)).map((h) => h.questionId)).toEqual(['q1']);
    expect((await store.reuse.answeredBefore('other', undefined, 'Which organisation maintains the street lighting?', 5)).map((f) => f.answerText)).toEqual(['The highways team.']);
    expect(await store.statistics.casesReceived('2024-04-01', '2024-06-30')).toHaveLength(1);
    await store.clauseRows.insert({ id: 'mine', version: 1, text: 'Our clause.', retired: false });
    expect((await store.clauseRows.latest()).map((r) => r.id)).toEqual(['mine']);
    await store.extras.write('c1', { binnedAt: null, history: [], sentCopies: [], letterExports: [], sentEdits: [{ at: 'z', who: 'Jo', reason: 'Typo' }], owner: null, approval: null, assignments: [], answers: [] });
    expect((await store.extras.read('c1')).sentEdits).toEqual([{ at: 'z', who: 'Jo', reason: 'Typo' }]);
  } finally {
    await store.close();
  }
}, 60_000);
