import { describe, expect, it } from 'vitest';
import { RANKED_ROWS, rarestWords, sameQuestionFirst } from './earlierQuestions';

describe('which words "answered before" searches on', () => {
  it('takes the rarest first, and stops before the rows to rank pass RANKED_ROWS', () => {
    const words = [
      { w: 'number', held: RANKED_ROWS * 2 },
      { w: 'gritting', held: 40 },
      { w: 'routes', held: RANKED_ROWS - 100 },
      { w: 'winter', held: 300 },
    ];
    expect(rarestWords(words).map((x) => x.w)).toEqual(['gritting', 'winter']);
  });

  it('always keeps the rarest word, however common', () => {
    expect(rarestWords([{ w: 'number', held: RANKED_ROWS * 3 }, { w: 'cost', held: RANKED_ROWS * 2 }]).map((x) => x.w)).toEqual(['cost']);
  });
});

describe('the order earlier questions are offered in', () => {
  const row = (question: string) => ({ case_id: 'c', question_id: question, answer_id: 'a', question });
  it("keeps the index's order, but puts a question asked before word for word first", () => {
    const asked = 'How many gritting routes did the council run in the winter of 2023?';
    const ranked = [row('Which roads are gritted first?'), row('How much salt was used on the gritting routes?'), row(asked)];
    const offered = sameQuestionFirst(asked, ranked, 2);
    expect(offered.map((r) => r.question)).toEqual([asked, 'Which roads are gritted first?']);
    expect(offered[0]!.similarity).toBe(1);
  });
});
