import { describe, expect, it } from 'vitest';
import type { Answer } from '../model/case';
import type { RichNode } from '../model/richText';
import { draftFromEarlier } from './draftFromEarlier';
import { pastLogSource } from './pastLogSource';
import { markedSegments, MARK_CLOSE, MARK_OPEN, segmentsAsText, withoutMarkers } from './markedText';
import { MATCHING_QUESTION, questionSimilarity, SAME_QUESTION, significantWords } from './questionWords';
import { recogniseRoundRobins } from './roundRobin';
import { anyWordQuery, ftsQuery, parseSearchTerms } from './searchQuery';
import { normaliseSectionFilter } from './sectionFilter';

describe('the words of a question', () => {
  it('keeps what the question is about, folded, each once', () => {
    expect(significantWords('Please provide the number of licenced premises, and the organization’s licence fees for 2023.')).toEqual(['number', 'licenced', 'premises', 'organisation', 'licence', 'fees', '2023']);
  });

  it('scores the same question word for word as the same, and another on the same topic as not', () => {
    const a = 'Which telephony system does your organisation use in its contact centre?';
    expect(questionSimilarity(a, 'Which telephony system does your organization use in its contact center?')).toBe(1);
    expect(questionSimilarity(a, 'Please tell me which telephony system your organisation uses in the contact centre.')).toBeGreaterThanOrEqual(MATCHING_QUESTION);
    expect(questionSimilarity(a, 'When does your telephony contract end?')).toBeLessThan(MATCHING_QUESTION);
    expect(questionSimilarity(a, 'How many parking fines were issued?')).toBe(0);
    expect(questionSimilarity('', '')).toBe(0);
    expect(SAME_QUESTION).toBeGreaterThan(MATCHING_QUESTION);
  });
});

describe('global search queries', () => {
  it('reads words, "phrases" and prefix* as FTS5 terms, folded, all required', () => {
    expect(ftsQuery(parseSearchTerms('"contact center" organiz* licence'))).toBe('"contact centre" AND "organiz"* AND "licence"');
    expect(ftsQuery(parseSearchTerms('s31(1)(a)'))).toBe('"s31 1 a"');
    expect(ftsQuery(parseSearchTerms('"still typing'))).toBe('"still typing"');
    expect(ftsQuery(parseSearchTerms('  ""  * ^ '))).toBeNull();
  });

  it('never passes FTS5 syntax through', () => {
    const q = ftsQuery(parseSearchTerms('NEAR(a b) title: x OR "y" AND -z {ref}'))!;
    expect(q).toBe('"near a" AND "b" AND "title" AND "x" AND "or" AND "y" AND "and" AND "z" AND "ref"');
    expect(anyWordQuery(['a', 'b'])).toBe('"a" OR "b"');
    expect(anyWordQuery([])).toBeNull();
  });
});

describe('marked text', () => {
  it('cuts a snippet into plain segments, the matches marked', () => {
    const segments = markedSegments(`…the ${MARK_OPEN}contact centre${MARK_CLOSE} <b>is</b> ${MARK_OPEN}open`);
    expect(segments).toEqual([
      { text: '…the ', mark: false },
      { text: 'contact centre', mark: true },
      { text: ' <b>is</b> ', mark: false },
      { text: 'open', mark: true },
    ]);
    expect(segmentsAsText(segments)).toBe('…the [contact centre] <b>is</b> [open]');
    expect(withoutMarkers(`a${MARK_OPEN}b${MARK_CLOSE}c`)).toBe('abc');
  });
});

describe('section filter', () => {
  it.each([['43', 's43'], ['section 43(2)', 's43(2)'], ['s.31(1)(a)', 's31(1)(a)'], ['S40(2)', 's40(2)'], ['reg 12(4)(a)', 'reg 12(4)(a)']])('%s -> %s', (typed, section) => {
    expect(normaliseSectionFilter(typed)).toBe(section);
  });
});

describe('round robins', () => {
  const m = (caseId: string, questionId: string, similarity: number) => ({ caseId, questionId, similarity });
  it('recognises the earlier case most questions match, each question paired once', () => {
    const found = recogniseRoundRobins(
      [
        { index: 0, matches: [m('A', 'a1', 1), m('B', 'b1', 0.95)] },
        { index: 1, matches: [m('A', 'a1', 0.8), m('A', 'a2', 0.9)] },
        { index: 2, matches: [m('A', 'a3', 0.75), m('B', 'b9', 0.5)] },
        { index: 3, matches: [] },
      ],
      4,
    );
    expect(found.map((r) => [r.caseId, r.pairs.map((p) => `${p.index}:${p.questionId}`)])).toEqual([['A', ['0:a1', '1:a2', '2:a3']]]);
  });

  it('needs more than half the questions', () => {
    expect(recogniseRoundRobins([{ index: 0, matches: [m('A', 'a1', 1)] }, { index: 1, matches: [] }], 2)).toEqual([]);
    expect(recogniseRoundRobins([{ index: 0, matches: [m('A', 'a1', 1)] }], 1).map((r) => r.caseId)).toEqual(['A']);
    expect(recogniseRoundRobins([], 0)).toEqual([]);
  });
});

describe('drafting from an earlier case', () => {
  const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }] });
  const clause = { type: 'doc' as const, content: [{ type: 'clause', attrs: { clauseId: 'foia-s43-2', version: 1, values: { harm: 'prices' }, text: 'We are withholding the prices under section 43(2).' } }] };
  const a = (id: string, covers: string[], d: RichNode = doc(''), extra: Partial<Answer> = {}): Answer => ({ id, covers, doc: d, disposition: 'answered', exemptions: [], redirectTo: '', ...extra });

  it('copies each earlier answer onto its twin, joint answers joint, typed answers kept', () => {
    let n = 0;
    const earlier = [a('e1', ['x1', 'x2'], doc('Both.')), a('e3', ['x3'], clause, { disposition: 'exempt', exemptions: ['s43(2)'] }), a('e4', ['x4'], doc('Four.'))];
    const current = [a('empty', ['q1']), a('typed', ['q4'], doc('Already written.'))];
    const out = draftFromEarlier(current, earlier, [
      { questionId: 'q1', earlierQuestionId: 'x1' },
      { questionId: 'q2', earlierQuestionId: 'x2' },
      { questionId: 'q3', earlierQuestionId: 'x3' },
      { questionId: 'q4', earlierQuestionId: 'x4' },
    ], () => `new${++n}`);
    expect(out.removed).toEqual(['empty']);
    expect(out.drafted).toBe(3);
    expect(out.answers.map((x) => [x.id, x.covers])).toEqual([['typed', ['q4']], ['new1', ['q1', 'q2']], ['new2', ['q3']]]);
    expect(out.answers[2]).toMatchObject({ doc: clause, disposition: 'exempt', exemptions: ['s43(2)'] });
    expect(out.answers[2]!.doc).not.toBe(clause);
  });
});

describe('pastLogSource', () => {
  it("names the published log's month, from the date its entries were recorded as sent", () => {
    expect(pastLogSource('2024-06-30', '2024-06-30')).toBe('from the published log of June 2024');
    expect(pastLogSource(null, '2023-12-31')).toBe('from the published log of December 2023');
  });
});
