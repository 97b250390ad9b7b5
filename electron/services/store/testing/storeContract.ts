import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION, CaseSchema, type Case } from '../../../../core/model';
import { serialiseCase, type DeadlineOf } from '../../caseRepository';
import type { CaseQuery, WorkspaceStore } from '../caseStore';

/**
 * What every engine behind WorkspaceStore must do, run against each of them on real databases
 * (storeContract.sqlite.test.ts, storeContract.pg.test.ts). The expectations are written out by
 * hand from the data below, never read from one engine to check the other.
 *
 * `open` gives a new, empty workspace each time, with the given deadline rule (or none).
 */
export type OpenStore = (deadlineOf: DeadlineOf | null) => Promise<WorkspaceStore>;

/** A stand-in for the service's deadline rule: 28 calendar days after receipt, simple to check by eye. */
const DUE_AFTER_28_DAYS: DeadlineOf = (c) => ({ due: shift(c.received, 28), dueAsOf: null });

function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

function makeCase(ref: string, fields: Partial<Case> = {}): Case {
  return CaseSchema.parse({
    id: `id-${ref}`,
    ref,
    title: `Case ${ref}`,
    regime: 'foia',
    received: '2024-06-03',
    requester: { name: '', email: '', address: '' },
    createdAt: '2024-06-03T09:00:00.000Z',
    updatedAt: '2024-06-03T09:00:00.000Z',
    ...fields,
  });
}

/** Today for the list's filters: Monday 17 June 2024 (no bank holiday near it). */
const TODAY = '2024-06-17';
const query = (filter: CaseQuery['filter'] = 'all', extra: Partial<CaseQuery> = {}): CaseQuery => ({ filter, today: TODAY, extraHolidays: [], ...extra });

export function storeContract(engine: string, open: OpenStore): void {
  describe(`the store contract on ${engine}`, () => {
    const opened: WorkspaceStore[] = [];
    const openStore = async (deadlineOf: DeadlineOf | null = DUE_AFTER_28_DAYS) => {
      const store = await open(deadlineOf);
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
    });

    it('reads a case back exactly as it was written, every field and answer', async () => {
      const store = await openStore();
      expect(await store.schemaVersion()).toBeGreaterThanOrEqual(10);
      const c = makeCase('FOI-001', {
        title: 'Potholes on the A38',
        regime: 'eir',
        status: 'drafting',
        requester: { name: 'Jo Bloggs', email: 'jo@example.org', address: '1 High Street' },
        requestText: 'Please tell me about potholes.',
        summary: 'Road repairs',
        publish: false,
        attachments: [{ name: 'map.pdf' }],
        clock: { clarificationRequested: '2024-06-04', clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: true },
        overrides: [{ ruleId: 'late-response', reason: 'Agreed with the requester', at: '2024-06-05T10:00:00.000Z' }],
        letter: { salutation: 'Dear Jo', opening: null, closing: null, signOff: 'Yours sincerely' },
        channel: 'whatdotheyknow',
        questions: [
          { id: 'q-h', number: '1', label: '1.', text: 'Roads', heading: true },
          { id: 'q-1', number: '1.a', label: 'a)', text: 'How many potholes were reported?', heading: false },
          { id: 'q-2', number: '1.b', label: 'b)', text: 'What did repairs cost — £ and “quotes”?', heading: false },
        ],
        answers: [
          { id: 'a-1', covers: ['q-1'], doc: paragraph('1,204 potholes.'), disposition: 'answered', exemptions: [], redirectTo: '' },
          { id: 'a-2', covers: ['q-2'], doc: paragraph(''), disposition: 'exempt', exemptions: ['s43(2)'], redirectTo: '' },
        ],
      });
      await store.cases.put(c);
      expect(await store.cases.get(c.id)).toEqual(c);
      expect(await store.cases.get('no-such-case')).toBeNull();
      expect(await store.cases.countCases()).toBe(1);
      expect(await store.cases.findIdByRef('FOI-001')).toBe(c.id);
      expect(await store.cases.findIdByRef('FOI-999')).toBeNull();
    });

    it('replaces a whole case: questions and answers that went are gone', async () => {
      const store = await openStore();
      const first = makeCase('FOI-002', {
        questions: [{ id: 'q-1', number: '1', label: '', text: 'First', heading: false }, { id: 'q-2', number: '2', label: '', text: 'Second', heading: false }],
        answers: [{ id: 'a-1', covers: ['q-1', 'q-2'], doc: paragraph('Both'), disposition: 'answered', exemptions: [], redirectTo: '' }],
      });
      await store.cases.put(first);
      const second = { ...first, title: 'Renamed', questions: [{ id: 'q-3', number: '1', label: '', text: 'Only', heading: false }], answers: [], updatedAt: '2024-06-04T09:00:00.000Z' };
      await store.cases.put(second);
      expect(await store.cases.get(first.id)).toEqual(second);
      expect(await store.cases.countCases()).toBe(1);
    });

    it('writes many cases all or none', async () => {
      const store = await openStore();
      await store.cases.putMany([serialiseCase(makeCase('FOI-010'))]);
      // The second takes a reference another case holds: the whole batch is refused.
      await expect(Promise.resolve().then(() => store.cases.putMany([serialiseCase(makeCase('FOI-011')), serialiseCase({ ...makeCase('FOI-010'), id: 'other-id' })]))).rejects.toThrow();
      expect(await store.cases.findIdByRef('FOI-011')).toBeNull();
      expect(await store.cases.countCases()).toBe(1);
    });

    it("lists open cases by due date, then finished ones newest first, in pages that add up", async () => {
      const store = await openStore();
      const cases = [
        makeCase('B-open-late', { received: '2024-06-10' }), // due 8 July
        makeCase('A-open-early', { received: '2024-05-01' }), // due 29 May
        makeCase('C-open-early', { received: '2024-05-01' }), // same due date: by reference
        makeCase('D-sent-old', { status: 'sent', received: '2024-04-01', sent: '2024-04-20' }),
        makeCase('E-sent-new', { status: 'sent', received: '2024-05-01', sent: '2024-06-14' }),
        makeCase('F-closed', { status: 'closed', received: '2024-05-20' }), // never sent: by received
      ];
      await store.cases.putMany(cases.map(serialiseCase));
      const order = ['A-open-early', 'C-open-early', 'B-open-late', 'E-sent-new', 'F-closed', 'D-sent-old'];
      const refs = (rows: { ref: string }[]) => rows.map((r) => r.ref);
      expect(refs(await store.cases.listPage(query(), 0, -1))).toEqual(order);
      const pages: string[] = [];
      for (let offset = 0; offset < 8; offset += 2) pages.push(...refs(await store.cases.listPage(query(), offset, 2)));
      expect(pages).toEqual(order);
      expect(refs(await store.cases.listPage(query(), 4, -1))).toEqual(order.slice(4));
      const row = (await store.cases.listPage(query(), 0, 1))[0]!;
      expect(row).toMatchObject({ id: 'id-A-open-early', ref: 'A-open-early', title: 'Case A-open-early', regime: 'foia', status: 'new', received: '2024-05-01', sent: null, historical: 0 });
      expect(JSON.parse(row.clock)).toEqual(cases[1]!.clock);
    });

    it('filters the list: open, overdue, due this week, sent this month, by regime', async () => {
      const store = await openStore();
      await store.cases.putMany(
        [
          makeCase('overdue', { received: '2024-05-01' }), // due 29 May
          makeCase('due-friday', { received: '2024-05-24' }), // due 21 June
          makeCase('due-later', { received: '2024-06-10', regime: 'eir' }), // due 8 July
          makeCase('sent-june', { status: 'sent', received: '2024-05-20', sent: '2024-06-03' }),
          makeCase('sent-may', { status: 'sent', received: '2024-05-01', sent: '2024-05-31' }),
        ].map(serialiseCase),
      );
      const refs = async (q: CaseQuery) => (await store.cases.listPage(q, 0, -1)).map((r) => r.ref).sort();
      expect(await refs(query('open'))).toEqual(['due-friday', 'due-later', 'overdue']);
      expect(await refs(query('overdue'))).toEqual(['overdue']);
      expect(await refs(query('due-this-week'))).toEqual(['due-friday']);
      expect(await refs(query('sent-this-month'))).toEqual(['sent-june']);
      expect(await refs(query('all', { regime: 'eir' }))).toEqual(['due-later']);
      expect(await refs(query('open', { regime: 'foia' }))).toEqual(['due-friday', 'overdue']);
    });

    it('searches every word as a prefix, a reference first, questions ranked above answers', async () => {
      const store = await openStore();
      await store.cases.putMany(
        [
          makeCase('FOI-100', { questions: [{ id: 'q-100', number: '1', label: '', text: 'Tell me about the library opening hours', heading: false }] }),
          makeCase('FOI-101', {
            questions: [{ id: 'q-101', number: '1', label: '', text: 'Parks budget', heading: false }],
            answers: [{ id: 'a-101', covers: ['q-101'], doc: paragraph('The library budget is separate from parks.'), disposition: 'answered', exemptions: [], redirectTo: '' }],
          }),
          makeCase('FOI-102', { requester: { name: 'Jo Bloggs', email: 'jo@example.org', address: '' }, requestText: 'Bin collections in Riverside ward' }),
          makeCase('LIB-7', { title: 'Staffing', status: 'sent', sent: '2024-06-10' }),
        ].map(serialiseCase),
      );
      const refs = async (text: string, q = query()) => (await store.cases.searchPage(text, q, 0, -1)).map((r) => r.ref);
      // The question's match outranks the answer's, whatever order they were written in.
      expect(await refs('library')).toEqual(['FOI-100', 'FOI-101']);
      expect(await refs('libr')).toEqual(['FOI-100', 'FOI-101']);
      expect(await refs('library opening')).toEqual(['FOI-100']);
      expect(await refs('library zebra')).toEqual([]);
      // A reference containing the text as typed comes first ("lib" is in LIB-7), then the words.
      expect(await refs('lib')).toEqual(['LIB-7', 'FOI-100', 'FOI-101']);
      expect(await refs('10')).toEqual(['FOI-100', 'FOI-101', 'FOI-102']);
      // The requester and the request are searched too.
      expect(await refs('bloggs')).toEqual(['FOI-102']);
      expect(await refs('riverside')).toEqual(['FOI-102']);
      // The conditions still apply, and pages add up.
      expect(await refs('lib', query('open'))).toEqual(['FOI-100', 'FOI-101']);
      const page = (await store.cases.searchPage('lib', query(), 1, 1)).map((r) => r.ref);
      expect(page).toEqual(['FOI-100']);
      expect(await refs('   ')).toEqual([]);
      expect(await refs('%')).toEqual([]);
    });

    it('counts questions and answered questions per case, headings and empty answers aside', async () => {
      const store = await openStore();
      await store.cases.put(
        makeCase('FOI-200', {
          questions: [
            { id: 'h', number: '1', label: '', text: 'Heading', heading: true },
            { id: 'q1', number: '1.a', label: '', text: 'One', heading: false },
            { id: 'q2', number: '1.b', label: '', text: 'Two', heading: false },
            { id: 'q3', number: '1.c', label: '', text: 'Three', heading: false },
          ],
          answers: [
            { id: 'a1', covers: ['q1', 'q2'], doc: paragraph('Both.'), disposition: 'answered', exemptions: [], redirectTo: '' },
            { id: 'a2', covers: ['q2'], doc: paragraph('Again.'), disposition: 'answered', exemptions: [], redirectTo: '' },
            { id: 'a3', covers: ['q3'], doc: paragraph(''), disposition: 'answered', exemptions: [], redirectTo: '' },
          ],
        }),
      );
      await store.cases.put(makeCase('FOI-201'));
      const progress = await store.cases.progressOf(['id-FOI-200', 'id-FOI-201']);
      expect(progress.get('id-FOI-200')).toEqual({ questions: 3, answered: 2 });
      expect(progress.has('id-FOI-201')).toBe(false);
      expect((await store.cases.progressOf([])).size).toBe(0);
    });

    it('stores due dates with open cases and says which are missing or counted to another day', async () => {
      const withRule = await openStore();
      await withRule.cases.putMany([serialiseCase(makeCase('open')), serialiseCase(makeCase('sent', { status: 'sent', sent: '2024-06-10' }))]);
      expect(await withRule.cases.casesNeedingDeadline(TODAY)).toEqual([]);
      await withRule.cases.forgetOpenDeadlines();
      const stale = await withRule.cases.casesNeedingDeadline(TODAY);
      expect(stale.map((c) => c.id)).toEqual(['id-open']);
      expect(stale[0]).toMatchObject({ received: '2024-06-03', regime: 'foia', sent: null, status: 'new' });
      expect(JSON.parse(stale[0]!.clock)).toEqual(makeCase('x').clock);
      // A fee pause: counted to today, so due again tomorrow.
      await withRule.cases.storeDeadlines([{ id: 'id-open', due: '2024-07-10', dueAsOf: TODAY }]);
      expect(await withRule.cases.casesNeedingDeadline(TODAY)).toEqual([]);
      expect((await withRule.cases.casesNeedingDeadline('2024-06-18')).map((c) => c.id)).toEqual(['id-open']);

      const withoutRule = await openStore(null);
      await withoutRule.cases.put(makeCase('bulk'));
      expect((await withoutRule.cases.casesNeedingDeadline(TODAY)).map((c) => c.id)).toEqual(['id-bulk']);
    });

    it("finds a month's sent cases and the published sent dates, past logs' entries aside", async () => {
      const store = await openStore();
      await store.cases.putMany(
        [
          makeCase('m-2', { status: 'sent', sent: '2024-06-30' }),
          makeCase('m-1', { status: 'sent', sent: '2024-06-01' }),
          makeCase('m-0', { status: 'sent', sent: '2024-06-01', publish: false }),
          makeCase('may', { status: 'sent', sent: '2024-05-31' }),
          makeCase('july', { status: 'closed', sent: '2024-07-01' }),
          makeCase('past', { status: 'sent', sent: '2024-06-05', historical: true }),
          makeCase('open'),
        ].map(serialiseCase),
      );
      const june = await store.cases.headersSentIn('2024-06');
      expect(june.map((h) => h.ref)).toEqual(['m-0', 'm-1', 'm-2']);
      expect(june[0]).toEqual((({ questions: _q, answers: _a, ...h }) => h)(makeCase('m-0', { status: 'sent', sent: '2024-06-01', publish: false })));
      expect(await store.cases.headersSentIn('2024-02')).toEqual([]);
      expect(await store.cases.publishedSentDates()).toEqual(['2024-05-31', '2024-06-01', '2024-06-30', '2024-07-01']);
      await expect(Promise.resolve().then(() => store.cases.headersSentIn('June'))).rejects.toThrow(/is not a month/);
    });

    it('deletes a case with its search entry', async () => {
      const store = await openStore();
      await store.cases.put(makeCase('FOI-300', { title: 'Potholes' }));
      expect((await store.cases.searchPage('pothole', query(), 0, -1)).map((r) => r.ref)).toEqual(['FOI-300']);
      expect(await store.cases.delete('id-FOI-300')).toBe(true);
      expect(await store.cases.delete('id-FOI-300')).toBe(false);
      expect(await store.cases.searchPage('pothole', query(), 0, -1)).toEqual([]);
      expect(await store.cases.get('id-FOI-300')).toBeNull();
      // The reference is free again.
      await store.cases.put(makeCase('FOI-300', { id: 'new-id' }));
      expect(await store.cases.findIdByRef('FOI-300')).toBe('new-id');
    });

    it('keeps the organisation and the added holidays', async () => {
      const store = await openStore();
      expect(await store.settings.organisation()).toEqual(DEFAULT_ORGANISATION);
      expect(await store.settings.hasOrganisation()).toBe(false);
      const org = { ...DEFAULT_ORGANISATION, name: 'Exampleshire County Council' };
      await store.settings.saveOrganisation(org);
      await store.settings.saveOrganisation({ ...org, name: 'Exampleshire Council' });
      expect(await store.settings.organisation()).toEqual({ ...org, name: 'Exampleshire Council' });
      expect(await store.settings.hasOrganisation()).toBe(true);
      await store.settings.addHoliday({ date: '2024-12-27', name: 'Office closed' });
      await store.settings.addHoliday({ date: '2024-06-20', name: 'Staff day' });
      await store.settings.addHoliday({ date: '2024-12-27', name: 'Office closure' });
      expect(await store.settings.holidays()).toEqual([
        { date: '2024-06-20', name: 'Staff day' },
        { date: '2024-12-27', name: 'Office closure' },
      ]);
      await store.settings.removeHoliday('2024-06-20');
      expect(await store.settings.holidays()).toEqual([{ date: '2024-12-27', name: 'Office closure' }]);
    });
  });
}
