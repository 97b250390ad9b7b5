import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_ORGANISATION, type Answer, type Case, type Question } from '../../../../core/model';
import { serialiseCase, type DeadlineOf } from '../../caseRepository';
import type { CaseQuery, WorkspaceStore } from '../caseStore';
import { contractCase, paragraph } from './contractCase';

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

const makeCase = (ref: string, fields: Partial<Case> = {}): Case => contractCase(ref, fields);

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

    // --- Editing a case, one part at a time (CaseStore's editing methods) ---

    const answer = (id: string, covers: string[], text: string, extra: Partial<Answer> = {}): Answer => ({ id, covers, doc: paragraph(text), disposition: 'answered', exemptions: [], redirectTo: '', ...extra });
    const twoQuestions = (): Question[] => [
      { id: 'q-1', number: '1', label: '', text: 'Potholes reported', heading: false },
      { id: 'q-2', number: '2', label: '', text: 'Repair budget', heading: false },
    ];
    const refsOf = (rows: { ref: string }[]) => rows.map((r) => r.ref);

    it('saves one answer in its place, a new one last, each write a version higher', async () => {
      const store = await openStore();
      await store.cases.put(makeCase('FOI-400', { questions: twoQuestions(), answers: [answer('a-1', ['q-1'], 'First draft'), answer('a-2', ['q-2'], 'Budget text')] }));
      const versions = async () => (await store.cases.get('id-FOI-400', false, true))!.answers.map((a) => [a.id, a.version]);
      expect(await versions()).toEqual([['a-1', 1], ['a-2', 1]]);
      // Without `team`, answers carry no version, as before working together.
      expect((await store.cases.get('id-FOI-400'))!.answers[0]).not.toHaveProperty('version');

      await store.cases.saveAnswer('id-FOI-400', answer('a-1', ['q-1', 'q-2'], 'Second draft about tarmac', { disposition: 'exempt', exemptions: ['s43(2)'] }), '2024-06-05T10:00:00.000Z');
      await store.cases.saveAnswer('id-FOI-400', answer('a-3', ['q-2'], 'A new answer'), '2024-06-05T11:00:00.000Z');
      const c = (await store.cases.get('id-FOI-400'))!;
      expect(c.answers).toEqual([answer('a-1', ['q-1', 'q-2'], 'Second draft about tarmac', { disposition: 'exempt', exemptions: ['s43(2)'] }), answer('a-2', ['q-2'], 'Budget text'), answer('a-3', ['q-2'], 'A new answer')]);
      expect(c.updatedAt).toBe('2024-06-05T11:00:00.000Z');
      expect(await versions()).toEqual([['a-1', 2], ['a-2', 1], ['a-3', 1]]);
      await store.cases.saveAnswer('id-FOI-400', answer('a-1', ['q-1'], 'Third draft'), '2024-06-05T12:00:00.000Z');
      expect(await versions()).toEqual([['a-1', 3], ['a-2', 1], ['a-3', 1]]);
      // The search index follows every write: the old words are gone, the new ones found.
      expect(refsOf(await store.cases.searchPage('tarmac', query(), 0, -1))).toEqual([]);
      expect(refsOf(await store.cases.searchPage('third', query(), 0, -1))).toEqual(['FOI-400']);
      expect((await store.cases.progressOf(['id-FOI-400'])).get('id-FOI-400')).toEqual({ questions: 2, answered: 2 });
    });

    it('saves and deletes answers together, counting what it did', async () => {
      const store = await openStore();
      await store.cases.put(makeCase('FOI-410', { questions: twoQuestions(), answers: [answer('a-1', ['q-1'], 'One'), answer('a-2', ['q-2'], 'Two zebra')] }));
      const done = await store.cases.replaceAnswers('id-FOI-410', [answer('a-1', ['q-1'], 'One again'), answer('a-9', ['q-1', 'q-2'], 'Nine')], ['a-2', 'no-such-answer'], '2024-06-06T09:00:00.000Z');
      expect(done).toEqual({ saved: 2, deleted: 1 });
      const c = (await store.cases.get('id-FOI-410', false, true))!;
      expect(c.answers.map((a) => [a.id, a.version])).toEqual([['a-1', 2], ['a-9', 1]]);
      expect(c.updatedAt).toBe('2024-06-06T09:00:00.000Z');
      expect(await store.cases.searchPage('zebra', query(), 0, -1)).toEqual([]);
      expect(await store.cases.replaceAnswers('id-FOI-410', [], [], '2024-06-06T10:00:00.000Z')).toEqual({ saved: 0, deleted: 0 });
    });

    it('splits again: questions replaced, the named answers written, the others keeping only links that still stand', async () => {
      const store = await openStore();
      await store.cases.put(
        makeCase('FOI-420', { questions: twoQuestions(), answers: [answer('a-1', ['q-2', 'q-1'], 'Covers both'), answer('a-2', ['q-2'], 'Budget only'), answer('a-3', ['q-1'], 'Rewritten')] }),
      );
      const questions: Question[] = [
        { id: 'q-1', number: '1', label: '', text: 'Potholes reported', heading: false },
        { id: 'q-3', number: '2', label: '', text: 'Gritting lorries', heading: false },
      ];
      await store.cases.resplit('id-FOI-420', questions, [answer('a-3', ['q-3'], 'Now about gritting')], '2024-06-07T09:00:00.000Z');
      const c = (await store.cases.get('id-FOI-420', false, true))!;
      expect(c.questions).toEqual(questions);
      expect(c.answers.map((a) => ({ id: a.id, covers: a.covers, version: a.version }))).toEqual([
        { id: 'a-1', covers: ['q-1'], version: 1 },
        { id: 'a-2', covers: [], version: 1 },
        { id: 'a-3', covers: ['q-3'], version: 2 },
      ]);
      expect(c.answers[1]!.doc).toEqual(paragraph('Budget only'));
      expect(c.updatedAt).toBe('2024-06-07T09:00:00.000Z');
      expect(await store.cases.questionIds('id-FOI-420')).toEqual(new Set(['q-1', 'q-3']));
      expect(refsOf(await store.cases.searchPage('gritting', query(), 0, -1))).toEqual(['FOI-420']);
    });

    it('deletes one answer, and says when there was none', async () => {
      const store = await openStore();
      await store.cases.put(makeCase('FOI-430', { questions: twoQuestions(), answers: [answer('a-1', ['q-1'], 'Walrus'), answer('a-2', ['q-2'], 'Two')] }));
      expect(await store.cases.deleteAnswer('id-FOI-430', 'a-1')).toBe(true);
      expect(await store.cases.deleteAnswer('id-FOI-430', 'a-1')).toBe(false);
      expect(await store.cases.deleteAnswer('other-case', 'a-2')).toBe(false);
      expect((await store.cases.get('id-FOI-430'))!.answers.map((a) => a.id)).toEqual(['a-2']);
      expect(await store.cases.searchPage('walrus', query(), 0, -1)).toEqual([]);
    });

    it('updates the header, and the questions when given, keeping the answers; a case in the bin stays there', async () => {
      const store = await openStore();
      const c = makeCase('FOI-440', { questions: twoQuestions(), answers: [answer('a-1', ['q-1'], 'Kept')] });
      await store.cases.put(c);
      const { questions: _q, answers: _a, ...header } = c;
      const changed = { ...header, title: 'Street lighting', status: 'drafting' as const, review: { requested: '2024-07-01', outcome: 'upheld' as const, completed: '2024-07-20' }, updatedAt: '2024-06-08T09:00:00.000Z' };
      await store.cases.updateHeader(changed);
      expect(await store.cases.get(c.id)).toEqual({ ...changed, questions: twoQuestions(), answers: [answer('a-1', ['q-1'], 'Kept')] });
      expect(refsOf(await store.cases.searchPage('lighting', query(), 0, -1))).toEqual(['FOI-440']);
      const one: Question[] = [{ id: 'q-9', number: '1', label: 'a)', text: 'Lamp posts', heading: false }];
      await store.cases.updateHeader(changed, one);
      expect((await store.cases.get(c.id))!.questions).toEqual(one);
      expect(refsOf(await store.cases.searchPage('lamp', query(), 0, -1))).toEqual(['FOI-440']);

      expect(await store.cases.moveToBin(c.id, '2024-06-09T09:00:00.000Z')).toBe(true);
      await store.cases.updateHeader({ ...changed, title: 'Edited in the bin' });
      expect(await store.cases.get(c.id)).toBeNull();
      expect((await store.cases.get(c.id, true))!.title).toBe('Edited in the bin');
    });

    it('reads question ids and status alone, and moves an open case to another open status', async () => {
      const store = await openStore();
      await store.cases.put(makeCase('FOI-450', { questions: twoQuestions() }));
      await store.cases.put(makeCase('FOI-451'));
      expect(await store.cases.questionIds('id-FOI-450')).toEqual(new Set(['q-1', 'q-2']));
      expect(await store.cases.questionIds('id-FOI-451')).toEqual(new Set());
      expect(await store.cases.questionIds('no-such-case')).toBeNull();
      expect(await store.cases.statusOf('id-FOI-450')).toBe('new');
      expect(await store.cases.statusOf('no-such-case')).toBeNull();
      await store.cases.setOpenStatus('id-FOI-450', 'drafting', '2024-06-10T09:00:00.000Z');
      expect(await store.cases.statusOf('id-FOI-450')).toBe('drafting');
      expect((await store.cases.get('id-FOI-450'))!.updatedAt).toBe('2024-06-10T09:00:00.000Z');
      // A case in the bin has no questions to check an answer against, but its status can still be read.
      await store.cases.moveToBin('id-FOI-450', '2024-06-11T09:00:00.000Z');
      expect(await store.cases.questionIds('id-FOI-450')).toBeNull();
      expect(await store.cases.statusOf('id-FOI-450')).toBe('drafting');
    });

    it('writes a stream of cases in one transaction, with what is kept beside each written inside it', async () => {
      const store = await openStore();
      const beside: string[] = [];
      const cases = [makeCase('S-2', { received: '2024-06-02' }), makeCase('S-1', { received: '2024-06-01', answers: [] })].map(serialiseCase);
      // What is kept beside a case is written through the stores, inside the same transaction.
      await store.cases.putStream(
        cases.map((c) => c.id),
        cases,
        (c) => {
          beside.push(c.ref);
          return Promise.resolve(store.team.assign(c.id, 'Jo', 'import', '2024-06-12T09:00:00.000Z')).then(() => undefined);
        },
      );
      expect(beside).toEqual(['S-2', 'S-1']);
      expect((await store.cases.get('id-S-1'))!.owner).toBe('Jo');
      // One that fails takes the whole stream with it, the cases written before it and their extras.
      const again = [makeCase('S-3'), makeCase('S-4')].map(serialiseCase);
      await expect(
        Promise.resolve().then(() =>
          store.cases.putStream(
            again.map((c) => c.id),
            again,
            (c) => {
              if (c.ref === 'S-4') throw new Error('extras refused');
              return Promise.resolve(store.team.assign(c.id, 'Sam', 'import', '2024-06-12T10:00:00.000Z')).then(() => undefined);
            },
          ),
        ),
      ).rejects.toThrow('extras refused');
      expect(await store.cases.findIdByRef('S-3')).toBeNull();
      expect(await store.team.assignments('id-S-3')).toEqual([]);
      // A case written whole comes out of the bin.
      await store.cases.moveToBin('id-S-1', '2024-06-12T11:00:00.000Z');
      await store.cases.putStream(['id-S-1'], [cases[1]!]);
      expect((await store.cases.get('id-S-1'))?.ref).toBe('S-1');
    });

    it('lists ids oldest received first, the bin only when asked', async () => {
      const store = await openStore();
      await store.cases.putMany([makeCase('R-b', { received: '2024-06-03' }), makeCase('R-c', { received: '2024-05-01' }), makeCase('R-a', { received: '2024-06-03' })].map(serialiseCase));
      expect(await store.cases.idsByReceived()).toEqual(['id-R-c', 'id-R-a', 'id-R-b']);
      await store.cases.moveToBin('id-R-a', '2024-06-12T09:00:00.000Z');
      expect(await store.cases.idsByReceived()).toEqual(['id-R-c', 'id-R-b']);
      expect(await store.cases.idsByReceived(true)).toEqual(['id-R-c', 'id-R-a', 'id-R-b']);
    });

    it('keeps deleted cases in the bin out of the list and search, restores them, and purges the old ones', async () => {
      const store = await openStore();
      await store.cases.putMany([makeCase('BIN-1', { title: 'Potholes' }), makeCase('BIN-2', { title: 'Potholes again' }), makeCase('BIN-3'), makeCase('BIN-4')].map(serialiseCase));
      expect(await store.cases.moveToBin('id-BIN-1', '2024-06-01T09:00:00.000Z')).toBe(true);
      expect(await store.cases.moveToBin('id-BIN-1', '2024-06-02T09:00:00.000Z')).toBe(false);
      expect(await store.cases.moveToBin('no-such-case', '2024-06-02T09:00:00.000Z')).toBe(false);
      await store.cases.moveToBin('id-BIN-2', '2024-06-10T09:00:00.000Z');
      await store.cases.moveToBin('id-BIN-3', '2024-06-01T09:00:00.000Z');
      expect(await store.cases.binnedAt('id-BIN-1')).toBe('2024-06-01T09:00:00.000Z');
      expect(await store.cases.binnedAt('id-BIN-4')).toBeNull();
      expect(await store.cases.binnedAt('no-such-case')).toBeNull();
      expect(await store.cases.countCases()).toBe(1);
      expect(await store.cases.get('id-BIN-1')).toBeNull();
      expect((await store.cases.get('id-BIN-1', true))?.ref).toBe('BIN-1');
      expect(refsOf(await store.cases.listPage(query(), 0, -1))).toEqual(['BIN-4']);
      expect(await store.cases.searchPage('potholes', query(), 0, -1)).toEqual([]);
      // The reference stays taken while the case is in the bin.
      expect(await store.cases.findIdByRef('BIN-1')).toBe('id-BIN-1');
      expect(await store.cases.binned()).toEqual([
        { id: 'id-BIN-2', ref: 'BIN-2', title: 'Potholes again', deletedAt: '2024-06-10T09:00:00.000Z' },
        { id: 'id-BIN-1', ref: 'BIN-1', title: 'Potholes', deletedAt: '2024-06-01T09:00:00.000Z' },
        { id: 'id-BIN-3', ref: 'BIN-3', title: 'Case BIN-3', deletedAt: '2024-06-01T09:00:00.000Z' },
      ]);
      expect(await store.cases.restoreFromBin('id-BIN-2')).toBe(true);
      expect(await store.cases.restoreFromBin('id-BIN-2')).toBe(false);
      expect(refsOf(await store.cases.searchPage('potholes', query(), 0, -1))).toEqual(['BIN-2']);
      const purged = await store.cases.purgeBinnedBefore('2024-06-05T00:00:00.000Z');
      expect(purged.map((c) => c.ref)).toEqual(['BIN-1', 'BIN-3']);
      expect(await store.cases.binned()).toEqual([]);
      expect(await store.cases.get('id-BIN-1', true)).toBeNull();
      expect(await store.cases.findIdByRef('BIN-1')).toBeNull();
      expect(await store.cases.purgeBinnedBefore('2024-06-05T00:00:00.000Z')).toEqual([]);
    });

    it("filters the list by owner and the reviewers' queue", async () => {
      const store = await openStore();
      await store.cases.putMany(
        [
          makeCase('T-jo'),
          makeCase('T-sam'),
          makeCase('T-nobody'),
          makeCase('T-review', { status: 'in-review' }),
          makeCase('T-approved', { status: 'in-review' }),
          makeCase('T-sent', { status: 'sent', sent: '2024-06-14' }),
        ].map(serialiseCase),
      );
      for (const [ref, owner] of [['T-jo', 'Jo'], ['T-sam', 'Sam'], ['T-review', 'Jo'], ['T-approved', 'Sam'], ['T-sent', 'Jo']] as const) await store.team.assign(`id-${ref}`, owner, 'Lead', '2024-06-12T09:00:00.000Z');
      await store.team.approve('id-T-approved', 'Lead', '2024-06-13T09:00:00.000Z');
      const refs = async (q: CaseQuery) => (await store.cases.listPage(q, 0, -1)).map((r) => r.ref).sort();
      expect(await refs(query('all', { owner: 'mine', me: 'Jo' }))).toEqual(['T-jo', 'T-review', 'T-sent']);
      expect(await refs(query('open', { owner: 'mine', me: 'Jo' }))).toEqual(['T-jo', 'T-review']);
      expect(await refs(query('all', { owner: 'unassigned', me: 'Jo' }))).toEqual(['T-nobody']);
      expect(await refs(query('all', { owner: 'everyone', me: 'Jo' }))).toHaveLength(6);
      expect(await refs(query('all', { forReview: true, me: 'Jo' }))).toEqual(['T-review']);
      expect(await refs(query('all', { owner: 'mine', forReview: true, me: 'Sam' }))).toEqual([]);
      // The list's rows say whose each case is and whether it is signed off.
      const rows = await store.cases.listPage(query('all', { owner: 'mine', me: 'Sam' }), 0, -1);
      expect(rows.map((r) => [r.ref, r.owner, r.approved_at])).toEqual([
        ['T-approved', 'Sam', '2024-06-13T09:00:00.000Z'],
        ['T-sam', 'Sam', null],
      ]);
      // A search keeps the team view too.
      expect((await store.cases.searchPage('T', query('all', { owner: 'mine', me: 'Jo' }), 0, -1)).map((r) => r.ref)).toEqual(['T-jo', 'T-review', 'T-sent']);
    });

    it('explains an empty list: what the status filter, the regime, the bin and the team view hold back', async () => {
      const store = await openStore();
      await store.cases.putMany(
        [
          makeCase('E-sent-1', { status: 'sent', received: '2024-04-01', sent: '2024-05-01', title: 'Library books' }),
          makeCase('E-sent-2', { status: 'sent', received: '2024-04-01', sent: '2024-05-02' }),
          makeCase('E-closed', { status: 'closed', received: '2024-04-01' }),
          makeCase('E-eir', { regime: 'eir', title: 'Library trees' }),
          makeCase('E-binned', { title: 'Library roof' }),
          makeCase('E-mine', { title: 'Library hours' }),
        ].map(serialiseCase),
      );
      await store.cases.moveToBin('id-E-binned', '2024-06-12T09:00:00.000Z');
      await store.team.assign('id-E-mine', 'Jo', 'Lead', '2024-06-12T09:00:00.000Z');
      await store.team.assign('id-E-sent-1', 'Sam', 'Lead', '2024-06-12T09:00:00.000Z');
      const explain = (filter: CaseQuery['filter'], search: string, extra: Partial<CaseQuery> = {}) => store.cases.explainEmpty({ ...query(filter, extra), search });

      expect(await explain('overdue', '')).toEqual({
        otherStatuses: [
          { status: 'closed', count: 1 },
          { status: 'new', count: 2 },
          { status: 'sent', count: 2 },
        ],
        otherRegimes: [],
        inBin: 0,
      });
      expect(await explain('open', '', { regime: 'foia' })).toEqual({
        otherStatuses: [
          { status: 'closed', count: 1 },
          { status: 'sent', count: 2 },
        ],
        otherRegimes: [{ regime: 'eir', count: 1 }],
        inBin: 0,
      });
      // A search looks in every status: only the regime and the bin can hide what it finds.
      expect(await explain('open', 'librar', { regime: 'foisa' })).toEqual({ otherStatuses: [], otherRegimes: [{ regime: 'eir', count: 1 }, { regime: 'foia', count: 2 }], inBin: 1 });
      expect(await explain('all', 'E-bin')).toEqual({ otherStatuses: [], otherRegimes: [], inBin: 1 });
      // A team view: counts of its own cases, and what it hides by whose they are.
      expect(await explain('open', '', { owner: 'mine', me: 'Jo' })).toEqual({
        otherStatuses: [],
        otherRegimes: [],
        inBin: 0,
        hiddenByTeam: { mine: 0, others: 0, unassigned: 1 },
      });
      expect(await explain('sent-this-month', '', { owner: 'mine', me: 'Sam' })).toEqual({
        otherStatuses: [{ status: 'sent', count: 1 }],
        otherRegimes: [],
        inBin: 0,
        hiddenByTeam: { mine: 0, others: 0, unassigned: 0 },
      });
      expect(await explain('all', 'library', { owner: 'unassigned', me: 'Jo' })).toEqual({ otherStatuses: [], otherRegimes: [], inBin: 1, hiddenByTeam: { mine: 1, others: 1, unassigned: 0 } });
      expect(await explain('all', '', { forReview: true, me: 'Jo' })).toEqual({ otherStatuses: [], otherRegimes: [], inBin: 0, hiddenByTeam: { mine: 1, others: 1, unassigned: 3 } });
    });

    it('commits calls on several stores together, or none of them', async () => {
      const store = await openStore();
      await store.cases.put(makeCase('TX-1', { questions: twoQuestions() }));
      await expect(
        store.transaction(async () => {
          await store.cases.saveAnswer('id-TX-1', answer('a-1', ['q-1'], 'Lost'), '2024-06-12T09:00:00.000Z');
          await store.team.assign('id-TX-1', 'Jo', 'Lead', '2024-06-12T09:00:00.000Z');
          await store.settings.addHoliday({ date: '2024-12-27', name: 'Closed' });
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect((await store.cases.get('id-TX-1'))!.answers).toEqual([]);
      expect(await store.team.assignments('id-TX-1')).toEqual([]);
      expect(await store.settings.holidays()).toEqual([]);
      const result = await store.transaction(async () => {
        await store.cases.saveAnswer('id-TX-1', answer('a-1', ['q-1'], 'Kept'), '2024-06-12T09:00:00.000Z');
        await store.team.assign('id-TX-1', 'Jo', 'Lead', '2024-06-12T09:00:00.000Z');
        return 'done';
      }, { immediate: true });
      expect(result).toBe('done');
      expect((await store.cases.get('id-TX-1'))!.answers.map((a) => a.id)).toEqual(['a-1']);
      expect((await store.cases.get('id-TX-1'))!.owner).toBe('Jo');
    });
  });
}
