import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../../core/model';
import { serialiseAnswer, type SerialisedAnswer } from '../../caseRepository';
import type { WorkspaceStore } from '../caseStore';
import { contractCase, paragraph } from './contractCase';

/**
 * What every engine's HistoryStore, SentCopyStore and LogOrderStore must do, run against each on a
 * real database (historyContract.sqlite.test.ts, historyContract.pg.test.ts). The SQLite classes
 * are the reference; the expectations are written out by hand, never read from one engine to
 * check the other. `open` gives a new, empty workspace each time.
 */
export type OpenHistoryStore = () => Promise<WorkspaceStore>;

function makeCase(ref: string, fields: Partial<Case> = {}): Case {
  return contractCase(ref, {
    questions: [{ id: 'q1', number: '1', label: '1.', text: 'How many calls?', heading: false }],
    answers: [{ id: 'a1', covers: ['q1'], doc: paragraph('We received 100 calls.'), disposition: 'answered', exemptions: [], redirectTo: '' }],
    ...fields,
  });
}

/** The answer a1 with other words, as the service hands it to the history before writing it. */
const a1 = (text: string): SerialisedAnswer => serialiseAnswer({ id: 'a1', covers: ['q1'], doc: paragraph(text), disposition: 'answered', exemptions: [], redirectTo: '' });

/** A call as a promise, whether the engine throws at once (SQLite) or rejects (PostgreSQL). */
const attempt = async <T,>(call: () => T | Promise<T>): Promise<T> => call();

const at = (hhmmss: string) => `2024-06-03T${hhmmss}.000Z`;

export function historyContract(engine: string, open: OpenHistoryStore): void {
  describe(`the history, sent copies and log order contract on ${engine}`, () => {
    const opened: WorkspaceStore[] = [];
    const openStore = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
    });

    const texts = async (store: WorkspaceStore, caseId = 'id-FOI-1', answerId = 'a1') => (await store.history.list(caseId, answerId)).map((v) => `${v.reason} ${v.at.slice(11, 19)}: ${v.plainText}`);

    describe('HistoryStore', () => {
      it("keeps the stored text before the first edit, then one version a minute of typing", async () => {
        const store = await openStore();
        await store.cases.put(makeCase('FOI-1'));
        await store.history.recordEdit('id-FOI-1', a1('We received 120 calls.'), at('10:00:20'));
        await store.history.recordEdit('id-FOI-1', a1('We received 125 calls.'), at('10:00:59'));
        // The same words again: nothing new.
        await store.history.recordEdit('id-FOI-1', a1('We received 125 calls.'), at('10:01:30'));
        await store.history.recordEdit('id-FOI-1', a1('We received 130 calls.'), at('10:01:31'));
        expect(await texts(store)).toEqual(['edit 10:01:31: We received 130 calls.', 'edit 10:00:59: We received 125 calls.', 'edit 09:00:00: We received 100 calls.']);
        const [newest, , oldest] = await store.history.list('id-FOI-1', 'a1');
        expect(newest).toEqual({ id: expect.any(Number), answerId: 'a1', caseId: 'id-FOI-1', at: at('10:01:31'), reason: 'edit', docJson: JSON.stringify(paragraph('We received 130 calls.')), plainText: 'We received 130 calls.' });
        expect(oldest!.id).toBeLessThan(newest!.id);
        // Another case, or another answer, has none of them.
        expect(await store.history.list('id-OTHER', 'a1')).toEqual([]);
        expect(await store.history.list('id-FOI-1', 'a2')).toEqual([]);
      });

      it('keeps a version of each answer at an export or change of status, once, which typing never rewrites', async () => {
        const store = await openStore();
        await store.cases.put(
          makeCase('FOI-1', {
            answers: [
              { id: 'a1', covers: ['q1'], doc: paragraph('First.'), disposition: 'answered', exemptions: [], redirectTo: '' },
              { id: 'a2', covers: [], doc: paragraph('Second.'), disposition: 'answered', exemptions: [], redirectTo: '' },
            ],
          }),
        );
        await store.history.recordCase('id-FOI-1', 'export', at('10:00:10'));
        await store.history.recordCase('id-FOI-1', 'export', at('10:00:15'));
        await store.history.recordEdit('id-FOI-1', a1('First, changed.'), at('10:00:20'));
        await store.history.recordCase('id-FOI-1', 'status', at('10:00:30'));
        expect(await texts(store)).toEqual(['status 10:00:30: First.', 'edit 10:00:20: First, changed.', 'export 10:00:10: First.']);
        expect(await texts(store, 'id-FOI-1', 'a2')).toEqual(['status 10:00:30: Second.', 'export 10:00:10: Second.']);
      });

      it('restores: the text replaced is kept, the restored one is a version of its own with its id', async () => {
        const store = await openStore();
        await store.cases.put(makeCase('FOI-1'));
        await store.history.recordEdit('id-FOI-1', a1('Rewritten badly.'), at('10:05:00'));
        const first = (await store.history.list('id-FOI-1', 'a1')).at(-1)!;
        // The newest version already holds the current text: nothing kept twice.
        await store.history.keepCurrent('id-FOI-1', a1('Rewritten badly.'), at('10:05:10'));
        // An import rewrote the answer meanwhile: that text is kept before the restore.
        await store.history.keepCurrent('id-FOI-1', a1('Imported text.'), at('10:05:10'));
        const id = await store.history.recordRestore('id-FOI-1', a1('We received 100 calls.'), at('10:05:10'));
        expect(typeof id).toBe('number');
        expect((await store.history.list('id-FOI-1', 'a1'))[0]!.id).toBe(id);
        // Typing in the same minute as the restore starts a version of its own.
        await store.history.recordEdit('id-FOI-1', a1('We received 100 calls, all answered.'), at('10:05:20'));
        expect(await texts(store)).toEqual([
          'edit 10:05:20: We received 100 calls, all answered.',
          'restore 10:05:10: We received 100 calls.',
          'edit 10:05:10: Imported text.',
          'edit 10:05:00: Rewritten badly.',
          'edit 09:00:00: We received 100 calls.',
        ]);
        expect(await store.history.get('id-FOI-1', first.id)).toEqual(first);
        expect(await store.history.get('id-OTHER', first.id)).toBeNull();
        expect(await store.history.get('id-FOI-1', 999_999)).toBeNull();
      });

      it('writes nothing when the transaction it is part of fails', async () => {
        const store = await openStore();
        await store.cases.put(makeCase('FOI-1'));
        await expect(
          store.transaction(async () => {
            await store.history.recordEdit('id-FOI-1', a1('Never saved.'), at('10:00:00'));
            throw new Error('the save failed');
          }),
        ).rejects.toThrow('the save failed');
        expect(await store.history.list('id-FOI-1', 'a1')).toEqual([]);
      });
    });

    describe('SentCopyStore', () => {
      const bytes = (text: string) => new TextEncoder().encode(text);
      const sentCase = (fields: Partial<Case> = {}) => makeCase('FOI-1', { status: 'sent', sent: '2024-06-04', ...fields });

      it('keeps the newest exports, and on sending freezes them with the letter, bytes exactly as written', async () => {
        const store = await openStore();
        await store.cases.put(makeCase('FOI-1', { status: 'in-review' }));
        const binary = Uint8Array.from([0, 1, 2, 255, 254, 0, 37, 80, 68, 70]);
        await store.sentCopies.keepExport('id-FOI-1', 'pdf', 'old.pdf', bytes('old'), at('09:00:00'), null);
        await store.sentCopies.keepExport('id-FOI-1', 'pdf', 'response-FOI-1.pdf', binary, at('09:10:00'), null);
        await store.sentCopies.keepExport('id-FOI-1', 'docx', 'response-FOI-1.docx', bytes('PK docx'), at('09:20:00'), null);
        expect(await store.sentCopies.record('id-FOI-1')).toEqual({ sent: null, copies: [], edits: [] });
        expect(await store.sentCopies.copy('id-FOI-1', 'pdf')).toBeNull();

        await store.cases.put(sentCase());
        await store.sentCopies.takeOnSending('id-FOI-1', '2024-06-04', { fileName: 'response-FOI-1.html', html: '<p>Dear Jo — £5</p>' }, at('09:30:00'));
        expect(await store.sentCopies.record('id-FOI-1')).toEqual({
          sent: '2024-06-04',
          copies: [
            { kind: 'html', fileName: 'response-FOI-1.html', at: at('09:30:00'), size: bytes('<p>Dear Jo — £5</p>').length },
            { kind: 'pdf', fileName: 'response-FOI-1.pdf', at: at('09:10:00'), size: 10 },
            { kind: 'docx', fileName: 'response-FOI-1.docx', at: at('09:20:00'), size: 7 },
          ],
          edits: [],
        });
        const pdf = await store.sentCopies.copy('id-FOI-1', 'pdf');
        expect(pdf?.fileName).toBe('response-FOI-1.pdf');
        expect(pdf?.bytes).toBeInstanceOf(Uint8Array);
        expect([...pdf!.bytes]).toEqual([...binary]);
        expect(new TextDecoder().decode((await store.sentCopies.copy('id-FOI-1', 'html'))!.bytes)).toBe('<p>Dear Jo — £5</p>');

        // An export after sending never rewrites a copy of its kind.
        await store.sentCopies.keepExport('id-FOI-1', 'pdf', 'later.pdf', bytes('later'), at('10:00:00'), '2024-06-04');
        expect([...(await store.sentCopies.copy('id-FOI-1', 'pdf'))!.bytes]).toEqual([...binary]);
      });

      it('keeps the first export after sending of a kind not yet held, until the sent case is first changed', async () => {
        const store = await openStore();
        await store.cases.put(sentCase());
        await store.sentCopies.takeOnSending('id-FOI-1', '2024-06-04', { fileName: 'r.html', html: 'letter' }, at('09:30:00'));
        await store.sentCopies.keepExport('id-FOI-1', 'docx', 'first.docx', bytes('first'), at('09:40:00'), '2024-06-04');
        await store.sentCopies.keepExport('id-FOI-1', 'docx', 'second.docx', bytes('second'), at('09:41:00'), '2024-06-04');
        expect((await store.sentCopies.copy('id-FOI-1', 'docx'))?.fileName).toBe('first.docx');
        await store.sentCopies.recordEdit('id-FOI-1', { at: at('09:50:00'), who: 'jo.officer', reason: 'Typo' });
        await store.sentCopies.keepExport('id-FOI-1', 'pdf', 'after-edit.pdf', bytes('after'), at('09:55:00'), '2024-06-04');
        expect(await store.sentCopies.copy('id-FOI-1', 'pdf')).toBeNull();
        expect((await store.sentCopies.record('id-FOI-1')).copies.map((c) => c.kind)).toEqual(['html', 'docx']);
      });

      it('says when a sent case has no reason recorded since it was marked sent, and keeps the reasons in order', async () => {
        const store = await openStore();
        await store.cases.put(makeCase('FOI-1'));
        expect(await store.sentCopies.unexplained('id-FOI-1')).toBeNull();
        expect(await store.sentCopies.unexplained('id-NONE')).toBeNull();
        await store.cases.put(sentCase());
        // Sent before copies were kept: any reason recorded counts.
        expect(await store.sentCopies.unexplained('id-FOI-1')).toEqual({ ref: 'FOI-1', status: 'sent', sent: '2024-06-04' });
        await store.sentCopies.recordEdit('id-FOI-1', { at: at('08:00:00'), who: 'jo.officer', reason: 'Before the copy' });
        expect(await store.sentCopies.unexplained('id-FOI-1')).toBeNull();
        await store.sentCopies.takeOnSending('id-FOI-1', '2024-06-04', { fileName: 'r.html', html: 'letter' }, at('09:30:00'));
        expect(await store.sentCopies.unexplained('id-FOI-1')).toEqual({ ref: 'FOI-1', status: 'sent', sent: '2024-06-04' });
        await store.sentCopies.recordEdit('id-FOI-1', { at: at('10:00:00'), who: 'sam.smith', reason: 'Figures corrected' });
        expect(await store.sentCopies.unexplained('id-FOI-1')).toBeNull();
        await store.cases.put(sentCase({ status: 'closed' }));
        expect(await store.sentCopies.unexplained('id-FOI-1')).toBeNull();
        expect((await store.sentCopies.record('id-FOI-1')).edits).toEqual([
          { at: at('08:00:00'), who: 'jo.officer', reason: 'Before the copy' },
          { at: at('10:00:00'), who: 'sam.smith', reason: 'Figures corrected' },
        ]);
        // Marked sent again: the old copy goes, the new letter is the copy, and a new reason is needed.
        await store.sentCopies.takeOnSending('id-FOI-1', '2024-06-05', { fileName: 'again.html', html: 'again' }, at('11:00:00'));
        await store.cases.put(sentCase({ sent: '2024-06-05' }));
        expect(await store.sentCopies.record('id-FOI-1')).toMatchObject({ sent: '2024-06-05', copies: [{ kind: 'html', fileName: 'again.html' }] });
        expect(await store.sentCopies.unexplained('id-FOI-1')).toEqual({ ref: 'FOI-1', status: 'sent', sent: '2024-06-05' });
      });
    });

    describe('LogOrderStore', () => {
      async function threeSent(store: WorkspaceStore) {
        for (const ref of ['LOG-1', 'LOG-2', 'LOG-3']) await store.cases.put(makeCase(ref, { status: 'sent', sent: '2024-06-10', questions: [], answers: [] }));
      }

      it('saves a month as references and reads it back in that order; another month has none', async () => {
        const store = await openStore();
        await threeSent(store);
        expect(await store.logOrders.refs('2024-06')).toBeNull();
        expect(await store.logOrders.save('2024-06', ['LOG-3', 'LOG-1', 'LOG-3', 'LOG-2'], at('10:00:00'))).toEqual(['LOG-3', 'LOG-1', 'LOG-2']);
        expect(await store.logOrders.refs('2024-06')).toEqual(['LOG-3', 'LOG-1', 'LOG-2']);
        expect(await store.logOrders.refs('2024-07')).toBeNull();
        // Saved again: replaced, not added to.
        expect(await store.logOrders.save('2024-06', ['LOG-2', 'LOG-3'], at('10:01:00'))).toEqual(['LOG-2', 'LOG-3']);
        expect(await store.logOrders.refs('2024-06')).toEqual(['LOG-2', 'LOG-3']);
        expect(await store.logOrders.save('2024-05', [], at('10:02:00'))).toEqual([]);
        expect(await store.logOrders.refs('2024-05')).toEqual([]);
      });

      it('follows a renamed reference and drops a deleted case', async () => {
        const store = await openStore();
        await threeSent(store);
        await store.logOrders.save('2024-06', ['LOG-3', 'LOG-1', 'LOG-2'], at('10:00:00'));
        await store.cases.put(makeCase('LOG-1-R', { id: 'id-LOG-1', status: 'sent', sent: '2024-06-10', questions: [], answers: [] }));
        expect(await store.logOrders.refs('2024-06')).toEqual(['LOG-3', 'LOG-1-R', 'LOG-2']);
        await store.cases.delete('id-LOG-3');
        expect(await store.logOrders.refs('2024-06')).toEqual(['LOG-1-R', 'LOG-2']);
      });

      it('refuses an order naming a case that is not there, saying which, and keeps the one saved', async () => {
        const store = await openStore();
        await threeSent(store);
        await store.logOrders.save('2024-06', ['LOG-2', 'LOG-1'], at('10:00:00'));
        await expect(attempt(() => store.logOrders.save('2024-06', ['LOG-1', 'NOPE-1'], at('10:01:00')))).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/case NOPE-1 is no longer in this workspace/) });
        await expect(attempt(() => store.logOrders.save('2024-06', ['NOPE-1', 'NOPE-2'], at('10:01:00')))).rejects.toThrow(/cases NOPE-1, NOPE-2 are no longer/);
        expect(await store.logOrders.refs('2024-06')).toEqual(['LOG-2', 'LOG-1']);
      });
    });
  });
}
