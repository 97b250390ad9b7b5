import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../../core/model';
import type { StoredExtras } from '../../bundleCodec';
import { serialiseCase } from '../../caseRepository';
import type { WorkspaceStore } from '../caseStore';
import { contractCase, paragraph } from './contractCase';

/**
 * What every engine must do for three smaller areas kept beside the cases: the rows the statistics
 * count (StatisticsStore), the workspace's own clauses (ClauseRowStore) and what a backup carries
 * beside each case (ExtrasStore). Run on real databases by statisticsClausesExtrasContract.sqlite.test.ts
 * and .pg.test.ts; SQLite is the reference, and every expectation is written out by hand.
 */
export type OpenAreaStore = () => Promise<WorkspaceStore>;

const makeCase = (ref: string, fields: Partial<Case> = {}): Case => contractCase(ref, fields, '2024-04-10');

/** A case with one question per answer: [id, disposition, text, sections]. */
function withAnswers(ref: string, answers: [string, Case['answers'][number]['disposition'], string, string[]][], fields: Partial<Case> = {}): Case {
  return makeCase(ref, {
    questions: answers.map(([id], i) => ({ id: `q-${id}`, number: String(i + 1), label: `${i + 1}.`, text: `Question ${i + 1}`, heading: false })),
    answers: answers.map(([id, disposition, text, exemptions]) => ({ id, covers: [`q-${id}`], doc: paragraph(text), disposition, exemptions, redirectTo: '' })),
    ...fields,
  });
}

/** SQLite answers at once and may throw at once; PostgreSQL rejects: both are a failed call. */
const attempt = (call: () => unknown) => (async () => call())();

const NO_EXTRAS: StoredExtras = { binnedAt: null, history: [], sentCopies: [], letterExports: [], sentEdits: [], owner: null, approval: null, assignments: [], answers: [] };

export function statisticsClausesExtrasContract(engine: string, open: OpenAreaStore): void {
  const opened: WorkspaceStore[] = [];
  const openStore = async () => {
    const store = await open();
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });

  describe(`the statistics contract on ${engine}`, () => {
    it('reads the requests received in a period, with only the answers that say something, once sent', async () => {
      const store = await openStore();
      await store.cases.put(
        withAnswers(
          'SENT',
          [
            ['a1', 'answered', 'Yes.', []],
            ['a2', 'exempt', 'Withheld.', ['s43(2)', 's40(2)']],
            ['a3', 'covered', 'See 1.', []],
            ['a4', 'answered', '', []],
          ],
          { status: 'sent', sent: '2024-05-01', clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 20, complexExtension: false } },
        ),
      );
      await store.cases.put(withAnswers('OPEN', [['b1', 'answered', 'Draft.', []]], { received: '2024-05-02', status: 'drafting', regime: 'eir' }));
      await store.cases.put(withAnswers('CLOSED', [['g1', 'not-held', 'Not held.', []]], { received: '2024-06-30', status: 'closed' }));
      await store.cases.put(makeCase('PAST', { received: '2024-04-15', status: 'sent', sent: '2024-04-20', historical: true }));
      await store.cases.put(makeCase('BINNED', { received: '2024-04-20' }));
      await store.cases.moveToBin('id-BINNED', '2024-06-01T10:00:00.000Z');
      await store.cases.put(makeCase('LATER', { received: '2024-07-01' }));
      await store.cases.put(makeCase('EARLIER', { received: '2024-03-29', status: 'sent', sent: '2024-03-30', review: { requested: '2024-04-05', outcome: 'upheld', completed: '2024-04-25' } }));
      await store.cases.put(makeCase('UNDECIDED', { received: '2024-03-01', status: 'sent', sent: '2024-03-20', regime: 'eir', review: { requested: '2024-06-30', outcome: null, completed: null } }));

      const plainClock = { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false };
      const received = [...(await store.statistics.casesReceived('2024-04-01', '2024-06-30'))].sort((a, b) => a.received.localeCompare(b.received));
      expect(received).toEqual([
        {
          regime: 'foia',
          received: '2024-04-10',
          sent: '2024-05-01',
          status: 'sent',
          clock: { ...plainClock, publicInterestExtensionDays: 20 },
          answers: [
            { disposition: 'answered', exemptions: [] },
            { disposition: 'exempt', exemptions: ['s43(2)', 's40(2)'] },
          ],
        },
        // Open: its answers are not counted yet.
        { regime: 'eir', received: '2024-05-02', sent: null, status: 'drafting', clock: plainClock, answers: [] },
        { regime: 'foia', received: '2024-06-30', sent: null, status: 'closed', clock: plainClock, answers: [{ disposition: 'not-held', exemptions: [] }] },
      ]);
      const reviews = [...(await store.statistics.reviewsRequested('2024-04-01', '2024-06-30'))].sort((a, b) => a.requested.localeCompare(b.requested));
      expect(reviews).toEqual([
        { regime: 'foia', requested: '2024-04-05', outcome: 'upheld', completed: '2024-04-25' },
        { regime: 'eir', requested: '2024-06-30', outcome: null, completed: null },
      ]);
      expect(await store.statistics.reviewsRequested('2024-07-01', '2024-09-30')).toEqual([]);
    });
  });

  describe(`the clause rows contract on ${engine}`, () => {
    it('keeps every version, reads the newest of each clause in id order, and retires in place', async () => {
      const store = await openStore();
      const rows = store.clauseRows;
      await rows.insert({ id: 'para-b', version: 1, text: 'One', retired: false });
      await rows.insert({ id: 'para-b', version: 2, text: 'Two', retired: false });
      await rows.insert({ id: 'para-c', version: 1, text: 'Sea', retired: true });
      await rows.insert({ id: 'Para-a', version: 1, text: 'Capital', retired: false });
      const latest = await rows.latest();
      // Ids in byte order: capitals first, as SQLite sorts them.
      expect(latest.map((r) => [r.id, r.version, r.text, r.retired])).toEqual([
        ['Para-a', 1, 'Capital', false],
        ['para-b', 2, 'Two', false],
        ['para-c', 1, 'Sea', true],
      ]);
      expect(latest[0]!.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(await rows.latestOf('para-b')).toMatchObject({ id: 'para-b', version: 2, text: 'Two', retired: false });
      expect(await rows.version('para-b', 1)).toMatchObject({ id: 'para-b', version: 1, text: 'One', retired: false });
      expect(await rows.version('para-b', 3)).toBeUndefined();
      expect(await rows.latestOf('none')).toBeUndefined();
      await rows.setRetired('para-b', 2, true);
      expect((await rows.latestOf('para-b'))?.retired).toBe(true);
      expect((await rows.version('para-b', 1))?.retired).toBe(false);
      // A version is never written twice.
      await expect(attempt(() => rows.insert({ id: 'para-b', version: 2, text: 'Again', retired: false }))).rejects.toThrow();
      expect((await rows.version('para-b', 2))?.text).toBe('Two');
    });
  });

  describe(`the bundle extras contract on ${engine}`, () => {
    const extras: StoredExtras = {
      binnedAt: '2024-06-01T10:00:00.000Z',
      history: [
        { answerId: 'a1', at: '2024-05-01T09:00:00.000Z', reason: 'edit', docJson: JSON.stringify(paragraph('First.')), plainText: 'First.' },
        { answerId: 'a1', at: '2024-05-02T09:00:00.000Z', reason: 'export', docJson: JSON.stringify(paragraph('Second.')), plainText: 'Second.' },
      ],
      sentCopies: [
        { kind: 'pdf', sent: '2024-05-03', at: '2024-05-03T09:00:00.000Z', fileName: 'FOI-1.pdf', base64: Buffer.from('%PDF-1.7 x').toString('base64') },
        { kind: 'html', sent: '2024-05-03', at: '2024-05-03T09:00:00.000Z', fileName: 'FOI-1.html', base64: Buffer.from('<p>Hi</p>').toString('base64') },
      ],
      letterExports: [{ kind: 'docx', at: '2024-05-02T10:00:00.000Z', fileName: 'FOI-1.docx', base64: Buffer.from([0x50, 0x4b, 3, 4, 0, 255]).toString('base64') }],
      sentEdits: [{ at: '2024-05-04T09:00:00.000Z', who: 'Jo', reason: 'Typo in the date' }],
      owner: 'Sam',
      approval: { by: 'Alex', at: '2024-05-02T12:00:00.000Z' },
      assignments: [
        { at: '2024-04-11T09:00:00.000Z', by: 'Alex', owner: 'Jo' },
        { at: '2024-04-12T09:00:00.000Z', by: 'Jo', owner: null },
        { at: '2024-04-13T09:00:00.000Z', by: 'Alex', owner: 'Sam' },
      ],
      answers: [{ id: 'a1', version: 4, reviewComment: { text: 'Give the total.', by: 'Alex', at: '2024-05-02T11:00:00.000Z' } }],
    };

    it('reads a plain case with nothing beside it', async () => {
      const store = await openStore();
      await store.cases.put(withAnswers('FOI-1', [['a1', 'answered', 'Yes.', []]]));
      const read = await store.extras.read('id-FOI-1');
      expect(read).toEqual({
        binnedAt: null,
        answerTimes: new Map([['a1', '2024-04-10T09:00:00.000Z']]),
        history: [],
        sentCopies: [],
        letterExports: [],
        sentEdits: [],
        owner: null,
        approval: null,
        assignments: [],
        answerTeam: new Map([['a1', { version: 1, reviewComment: null }]]),
      });
      expect(await store.extras.caseIdTaken('id-FOI-1')).toBe(true);
      expect(await store.extras.caseIdTaken('id-FOI-2')).toBe(false);
    });

    it('writes what a bundle carries beside a case and reads it back; writing it again adds nothing', async () => {
      const store = await openStore();
      await store.cases.put(withAnswers('FOI-1', [['a1', 'answered', 'Yes.', []]]));
      await store.transaction(async () => {
        await store.extras.write('id-FOI-1', extras);
      });
      await store.extras.write('id-FOI-1', extras);
      const read = await store.extras.read('id-FOI-1');
      expect(read).toEqual({
        binnedAt: '2024-06-01T10:00:00.000Z',
        answerTimes: new Map([['a1', '2024-04-10T09:00:00.000Z']]),
        history: [
          { answerId: 'a1', at: '2024-05-01T09:00:00.000Z', reason: 'edit', docJson: JSON.stringify(paragraph('First.')) },
          { answerId: 'a1', at: '2024-05-02T09:00:00.000Z', reason: 'export', docJson: JSON.stringify(paragraph('Second.')) },
        ],
        // By kind.
        sentCopies: [
          { kind: 'html', sent: '2024-05-03', at: '2024-05-03T09:00:00.000Z', fileName: 'FOI-1.html', bytes: new Uint8Array(Buffer.from('<p>Hi</p>')) },
          { kind: 'pdf', sent: '2024-05-03', at: '2024-05-03T09:00:00.000Z', fileName: 'FOI-1.pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7 x')) },
        ],
        letterExports: [{ kind: 'docx', sent: null, at: '2024-05-02T10:00:00.000Z', fileName: 'FOI-1.docx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]) }],
        sentEdits: [{ at: '2024-05-04T09:00:00.000Z', who: 'Jo', reason: 'Typo in the date' }],
        owner: 'Sam',
        approval: { by: 'Alex', at: '2024-05-02T12:00:00.000Z' },
        assignments: [
          { at: '2024-04-11T09:00:00.000Z', who: 'Alex', owner: 'Jo' },
          { at: '2024-04-12T09:00:00.000Z', who: 'Jo', owner: null },
          { at: '2024-04-13T09:00:00.000Z', who: 'Alex', owner: 'Sam' },
        ],
        answerTeam: new Map([['a1', { version: 4, reviewComment: { text: 'Give the total.', by: 'Alex', at: '2024-05-02T11:00:00.000Z' } }]]),
      });
      // The bundle said binned: the case is in the bin.
      expect(await store.cases.get('id-FOI-1')).toBeNull();
      // No extras: out of the bin, no owner or sign-off; the records kept.
      await store.extras.write('id-FOI-1', null);
      const bare = await store.extras.read('id-FOI-1');
      expect([bare.binnedAt, bare.owner, bare.approval, bare.history.length, bare.sentCopies.length, bare.assignments.length]).toEqual([null, null, null, 2, 2, 3]);
    });

    it('keeps the newest versions of each answer in a backup', async () => {
      const store = await openStore();
      await store.cases.put(withAnswers('FOI-1', [['a1', 'answered', 'Yes.', []]]));
      const history = Array.from({ length: 53 }, (_, i) => ({ answerId: 'a1', at: `2024-05-01T09:00:${String(i).padStart(2, '0')}.000Z`, reason: 'edit' as const, docJson: JSON.stringify(paragraph(`v${i}`)), plainText: `v${i}` }));
      await store.extras.write('id-FOI-1', { ...NO_EXTRAS, history });
      const read = await store.extras.read('id-FOI-1');
      expect(read.history.map((h) => h.docJson)).toEqual(history.slice(3).map((h) => h.docJson));
    });

    it('gives a bundle case fresh ids where another case uses them, and keeps restored answers above the versions held', async () => {
      const store = await openStore();
      await store.cases.put(withAnswers('FOI-1', [['a1', 'answered', 'Yes.', []]]));
      const incoming = serialiseCase(withAnswers('FOI-2', [['a1', 'answered', 'Other.', []], ['a2', 'answered', 'Mine.', []]]));
      const bundled: StoredExtras = { ...NO_EXTRAS, history: [{ answerId: 'a1', at: '2024-05-01T09:00:00.000Z', reason: 'edit', docJson: '{}', plainText: '' }], answers: [{ id: 'a1', version: 3, reviewComment: null }] };
      await store.extras.withFreeIds(incoming, bundled);
      const [q1, q2] = incoming.questions;
      const [a1, a2] = incoming.answers;
      expect(q1!.id).not.toBe('q-a1');
      expect(q2!.id).toBe('q-a2');
      expect(a1!.id).not.toBe('a1');
      expect(a1!.covers).toEqual([q1!.id]);
      expect(a2!.id).toBe('a2');
      expect(bundled.history[0]!.answerId).toBe(a1!.id);
      expect(bundled.answers[0]!.id).toBe(a1!.id);

      // FOI-1 restored over itself: its answer held version 5, so the restored one goes to 6.
      await store.extras.write('id-FOI-1', { ...NO_EXTRAS, answers: [{ id: 'a1', version: 5, reviewComment: null }] });
      const again = serialiseCase(withAnswers('FOI-1', [['a1', 'answered', 'Restored.', []]]));
      await store.transaction(async () => {
        await store.extras.withFreeIds(again, null);
        expect(again.answers[0]!.id).toBe('a1');
        await store.cases.putMany([again]);
        await store.extras.write('id-FOI-1', null);
      });
      expect((await store.extras.read('id-FOI-1')).answerTeam.get('a1')?.version).toBe(6);
    });

    it("writes the log's order by the ids cases were stored with, and reads it back by reference", async () => {
      const store = await openStore();
      const ids = new Map([
        ['FOI-1', 'id-FOI-1'],
        ['FOI-2', 'id-FOI-2'],
      ]);
      const orders = [
        { month: '2024-05', refs: ['FOI-2', 'FOI-1'], updatedAt: '2024-06-01T09:00:00.000Z' },
        { month: '2024-04', refs: ['FOI-1'] },
      ];
      expect(await store.extras.writeLogOrders(orders, ids, false, '2024-06-02T09:00:00.000Z')).toEqual(['2024-05', '2024-04']);
      // Months already ordered are kept unless the import replaces cases.
      expect(await store.extras.writeLogOrders([{ month: '2024-05', refs: ['FOI-1'] }], ids, false, 'now')).toEqual([]);
      const refOf = new Map([
        ['id-FOI-1', 'FOI-1'],
        ['id-FOI-2', 'FOI-2'],
      ]);
      expect(await store.extras.logOrders(refOf)).toEqual([
        { month: '2024-04', refs: ['FOI-1'], updatedAt: '2024-06-02T09:00:00.000Z' },
        { month: '2024-05', refs: ['FOI-2', 'FOI-1'], updatedAt: '2024-06-01T09:00:00.000Z' },
      ]);
      // Only the cases being exported; a month left with none is left out.
      expect(await store.extras.logOrders(new Map([['id-FOI-2', 'FOI-2']]))).toEqual([{ month: '2024-05', refs: ['FOI-2'], updatedAt: '2024-06-01T09:00:00.000Z' }]);
      expect(await store.extras.writeLogOrders([{ month: '2024-05', refs: ['FOI-1'] }], ids, true, '2024-06-03T09:00:00.000Z')).toEqual(['2024-05']);
      expect((await store.extras.logOrders(refOf)).find((o) => o.month === '2024-05')).toEqual({ month: '2024-05', refs: ['FOI-1'], updatedAt: '2024-06-03T09:00:00.000Z' });
    });
  });
}
