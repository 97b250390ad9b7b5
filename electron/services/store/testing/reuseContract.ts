import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../../core/model';
import type { SearchHit } from '../../../../core/reuse/reuseContract';
import { ELLIPSIS } from '../../../../core/reuse/markedText';
import type { WorkspaceStore } from '../caseStore';
import { contractCase, paragraph } from './contractCase';

/**
 * What "answered before", round robins and global search must do on every engine (ReuseStore),
 * run on real databases by reuseContract.sqlite.test.ts and reuseContract.pg.test.ts. SQLite is the
 * reference; every expectation is written out by hand from the cases below. Where the engines'
 * full-text searches differ by design (PostgreSQL stems and drops English stop words, docs/team.md)
 * the cases avoid the difference rather than pin either side.
 *
 * `open` gives a new, empty workspace each time.
 */
export type OpenReuseStore = () => Promise<WorkspaceStore>;


interface Q {
  id: string;
  text: string;
  answer?: string;
  disposition?: 'answered' | 'exempt' | 'not-held';
  exemptions?: string[];
}

function makeCase(ref: string, questions: Q[], fields: Partial<Case> = {}): Case {
  return contractCase(
    ref,
    {
    sent: '2024-03-28',
    status: 'sent',
    questions: questions.map((q, i) => ({ id: q.id, number: String(i + 1), label: `${i + 1}.`, text: q.text, heading: false })),
    answers: questions.flatMap((q) =>
      q.answer === undefined ? [] : [{ id: `a-${q.id}`, covers: [q.id], doc: paragraph(q.answer), disposition: q.disposition ?? 'answered', exemptions: q.exemptions ?? [], redirectTo: '' }],
    ),
    ...fields,
    },
    '2024-03-04',
  );
}

const plain = (segments: readonly { text: string }[]) => segments.map((s) => s.text).join('');
const marked = (segments: readonly { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

export function reuseContract(engine: string, open: OpenReuseStore): void {
  describe(`the reuse contract on ${engine}`, () => {
    const opened: WorkspaceStore[] = [];
    const openStore = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
    });

    /** Earlier cases: potholes (answered), lighting (in the question), lighting (in the answer only), an unanswered one, a binned one. */
    async function seeded(): Promise<WorkspaceStore> {
      const store = await openStore();
      await store.cases.put(
        makeCase('FOI-001', [
          { id: 'q-pot', text: 'How many potholes were reported on the A38 in 2023?', answer: '1,204 potholes were reported.' },
          { id: 'q-org', text: 'Which organization runs the program of road repairs?', answer: 'The highways team.' },
        ]),
      );
      await store.cases.put(
        makeCase('FOI-002', [{ id: 'q-light', text: 'How much was spent on street lighting?', answer: 'We spent £40,000.', disposition: 'answered' }], {
          regime: 'eir',
          received: '2024-05-01',
          sent: '2024-05-20',
          title: 'Lamps',
        }),
      );
      await store.cases.put(
        makeCase('FOI-003', [{ id: 'q-budget', text: 'What was the budget for the parks?', answer: 'Withheld: commercial lighting contract details.', disposition: 'exempt', exemptions: ['s43(2)'] }], {
          received: '2024-02-01',
          sent: '2024-02-26',
        }),
      );
      await store.cases.put(makeCase('FOI-004', [{ id: 'q-unanswered', text: 'How many potholes were reported on the A38 in 2022?' }], { status: 'drafting', sent: null }));
      await store.cases.put(makeCase('FOI-005', [{ id: 'q-binned', text: 'How many potholes were reported on the A38 in 2021?', answer: 'Binned answer.' }]));
      expect(await store.cases.moveToBin('id-FOI-005', '2024-06-01T10:00:00.000Z')).toBe(true);
      return store;
    }

    it('answered before: the closest answered question of another live case, with its answer whole', async () => {
      const store = await seeded();
      await store.cases.put(
        makeCase('FOI-010', [{ id: 'q-new', text: 'How many potholes were reported on the A38 in 2024?', answer: 'Draft.' }], { status: 'drafting', sent: null, received: '2024-06-03' }),
      );
      const found = await store.reuse.answeredBefore('id-FOI-010', 'q-new', undefined, 5);
      // Not its own case, not the unanswered question, not the binned case.
      expect(found.map((f) => [f.ref, f.questionId])).toEqual([['FOI-001', 'q-pot']]);
      expect(found[0]).toMatchObject({
        caseId: 'id-FOI-001',
        title: 'Case FOI-001',
        regime: 'foia',
        status: 'sent',
        received: '2024-03-04',
        sent: '2024-03-28',
        historical: false,
        questionNumber: '1',
        question: 'How many potholes were reported on the A38 in 2023?',
        answerText: '1,204 potholes were reported.',
        // many, potholes, reported, a38 shared; 2023 and 2024 not: 2 × 4 / 10.
        similarity: 0.8,
        same: false,
      });
      expect(found[0]!.answer).toMatchObject({ id: 'a-q-pot', covers: ['q-pot'], disposition: 'answered', doc: paragraph('1,204 potholes were reported.') });
    });

    it('answered before folds UK and US spellings: the same question, word for word', async () => {
      const store = await seeded();
      const found = await store.reuse.answeredBefore('id-none', undefined, 'Which organisation runs the programme of road repairs?', 3);
      expect(found[0]).toMatchObject({ ref: 'FOI-001', questionId: 'q-org', similarity: 1, same: true });
    });

    it('answered before refuses a question no longer in the case, and finds nothing for empty words', async () => {
      const store = await seeded();
      // SQLite throws at once, PostgreSQL rejects: both are a failed call.
      await expect((async () => store.reuse.answeredBefore('id-FOI-001', 'q-gone', undefined, 5))()).rejects.toThrow(/no longer in the case/);
      expect(await store.reuse.answeredBefore('id-none', undefined, 'Please provide the information.', 5)).toEqual([]);
    });

    it('search: a word in a question ranks above the same word in an answer, with the words marked', async () => {
      const store = await seeded();
      const hits = await store.reuse.searchAll('lighting', {}, 10);
      expect(hits.map((h) => [h.ref, h.questionId])).toEqual([
        ['FOI-002', 'q-light'],
        ['FOI-003', 'q-budget'],
      ]);
      expect(hits[0]).toMatchObject<Partial<SearchHit>>({
        caseId: 'id-FOI-002',
        regime: 'eir',
        questionNumber: '1',
        question: [
          { text: 'How much was spent on street ', mark: false },
          { text: 'lighting', mark: true },
          { text: '?', mark: false },
        ],
        // The answer holds none of the words: left out.
        answer: [],
        outcome: 'answered',
      });
      expect(hits[1]!.answer).toEqual([
        { text: 'Withheld: commercial ', mark: false },
        { text: 'lighting', mark: true },
        { text: ' contract details.', mark: false },
      ]);
      expect(hits[1]!.outcome).toBe('exempt');
    });

    it('search folds spellings, takes phrases and prefixes, and needs every word', async () => {
      const store = await seeded();
      const organisation = await store.reuse.searchAll('organisation programme', {}, 10);
      expect(organisation.map((h) => h.questionId)).toEqual(['q-org']);
      // The officer's own words are shown, the folded ones marked.
      expect(marked(organisation[0]!.question)).toEqual(['organization', 'program']);
      const phrase = await store.reuse.searchAll('"street lighting"', {}, 10);
      expect(phrase.map((h) => h.questionId)).toEqual(['q-light']);
      expect(marked(phrase[0]!.question)).toEqual(['street lighting']);
      const prefix = await store.reuse.searchAll('pothol*', {}, 10);
      expect(prefix.map((h) => h.questionId).sort()).toEqual(['q-pot', 'q-unanswered']);
      expect(await store.reuse.searchAll('potholes lighting', {}, 10)).toEqual([]);
      expect(await store.reuse.searchAll('  ', {}, 10)).toEqual([]);
    });

    it('search cuts a long answer to the words around the match, as a snippet', async () => {
      const store = await openStore();
      const long = Array.from({ length: 50 }, (_, i) => (i === 30 ? 'lighting' : `word${i}`)).join(' ');
      await store.cases.put(makeCase('FOI-020', [{ id: 'q-long', text: 'Street lamps?', answer: `${long}.` }]));
      const [hit] = await store.reuse.searchAll('lighting', {}, 10);
      const words = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `word${from + i}`).join(' ');
      // 24 words, the match centred (FTS5 puts the odd word after it): words 19 to 42, text left out at both ends.
      expect(hit!.answer).toEqual([
        { text: `${ELLIPSIS}${words(19, 29)} `, mark: false },
        { text: 'lighting', mark: true },
        { text: ` ${words(31, 42)}${ELLIPSIS}`, mark: false },
      ]);
      expect(plain(hit!.question)).toBe('Street lamps?');
    });

    it('search starts a snippet at the sentence holding the match when that fits it', async () => {
      const store = await openStore();
      const run = (word: string, n: number, hit = -1) => Array.from({ length: n }, (_, i) => (i === hit ? 'lighting' : `${i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word}${i}`)).join(' ');
      await store.cases.put(makeCase('FOI-021', [{ id: 'q-sentences', text: 'Street lamps?', answer: `${run('alpha', 10)}. ${run('beta', 30, 20)}. ${run('gamma', 10)}.` }]));
      const [hit] = await store.reuse.searchAll('lighting', {}, 10);
      const betas = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${from + i === 0 ? 'Beta' : 'beta'}${from + i}`).join(' ');
      // Words 10 to 33: the second sentence from its start, rather than the match centred (19 to 42).
      expect(hit!.answer).toEqual([
        { text: `${ELLIPSIS}${betas(0, 19)} `, mark: false },
        { text: 'lighting', mark: true },
        { text: ` ${betas(21, 23)}${ELLIPSIS}`, mark: false },
      ]);
    });

    it('search gives at most the hits asked for, and labels entries of past logs', async () => {
      const store = await seeded();
      await store.cases.put(makeCase('LOG-001', [{ id: 'q-old', text: 'Street lighting repairs in 2019?', answer: 'None.' }], { historical: true, received: '2019-05-01', sent: '2019-05-20' }));
      expect(await store.reuse.searchAll('lighting', {}, 1)).toHaveLength(1);
      const old = (await store.reuse.searchAll('lighting repairs', {}, 10)).find((h) => h.ref === 'LOG-001');
      expect(old).toMatchObject({ historical: true, questionId: 'q-old', sent: '2019-05-20' });
    });

    it('search narrows by regime, dates answered, outcome and section; binned cases are never found', async () => {
      const store = await seeded();
      const refs = async (query: string, filters: Parameters<WorkspaceStore['reuse']['searchAll']>[1]) => (await store.reuse.searchAll(query, filters, 10)).map((h) => h.ref);
      expect(await refs('lighting', { regime: 'eir' })).toEqual(['FOI-002']);
      expect(await refs('lighting', { from: '2024-02-26', to: '2024-02-26' })).toEqual(['FOI-003']);
      expect(await refs('lighting', { from: '2024-02-27' })).toEqual(['FOI-002']);
      expect(await refs('lighting', { outcome: 'exempt' })).toEqual(['FOI-003']);
      expect(await refs('lighting', { section: 's43' })).toEqual(['FOI-003']);
      expect(await refs('lighting', { section: 's40' })).toEqual([]);
      expect(await refs('binned', {})).toEqual([]);
      // An unanswered question is found too; the one in the bin is not.
      expect((await refs('potholes', {})).sort()).toEqual(['FOI-001', 'FOI-004']);
    });

    it('search finds cases by title or reference after the questions, newest answered first', async () => {
      const store = await seeded();
      const hits = await store.reuse.searchAll('lamps', {}, 10);
      expect(hits).toEqual([
        {
          caseId: 'id-FOI-002',
          ref: 'FOI-002',
          title: 'Lamps',
          regime: 'eir',
          status: 'sent',
          received: '2024-05-01',
          sent: '2024-05-20',
          historical: false,
          questionId: null,
          questionNumber: null,
          question: [{ text: 'Lamps', mark: true }],
          answer: [],
          outcome: null,
        },
      ]);
      // A title hit says nothing of outcome or sections: none with those filters.
      expect(await store.reuse.searchAll('lamps', { outcome: 'answered' }, 10)).toEqual([]);
    });

    it('round robins: a request asking what an earlier case asked, question for question', async () => {
      const store = await seeded();
      const result = await store.reuse.roundRobinFor(['How many potholes were reported on the A38 in 2023?', 'Which organisation runs the programme of road repairs?', ''], 'id-none');
      expect(result.candidates).toEqual([
        {
          caseId: 'id-FOI-001',
          ref: 'FOI-001',
          title: 'Case FOI-001',
          regime: 'foia',
          status: 'sent',
          received: '2024-03-04',
          sent: '2024-03-28',
          historical: false,
          matched: 2,
          total: 2,
          pairs: [
            { index: 0, questionId: 'q-pot', similarity: 1 },
            { index: 1, questionId: 'q-org', similarity: 1 },
          ],
        },
      ]);
      expect(result.closest).toEqual([
        { index: 0, caseId: 'id-FOI-001', ref: 'FOI-001', date: '2024-03-28', historical: false, questionId: 'q-pot', similarity: 1, same: true },
        { index: 1, caseId: 'id-FOI-001', ref: 'FOI-001', date: '2024-03-28', historical: false, questionId: 'q-org', similarity: 1, same: true },
      ]);
      // The case itself is never its own round robin.
      expect((await store.reuse.roundRobinFor(['How many potholes were reported on the A38 in 2023?'], 'id-FOI-001')).candidates).toEqual([]);
    });
  });
}
