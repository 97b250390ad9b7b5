import type { Answer, Question } from '../model/case';

/**
 * How answers sit among the questions: an answer is shown once, under the last question it covers,
 * so a reader sees every question it answers first ("In relation to the following questions…").
 */
export interface QuestionSlot {
  question: Question;
  /** The answer covering this question, if any. */
  answer: Answer | null;
  /** True where this is the question the answer is printed under. */
  answerHere: boolean;
}

export function answerFor(answers: Answer[], questionId: string): Answer | null {
  return answers.find((a) => a.covers.includes(questionId)) ?? null;
}

export function slots(questions: Question[], answers: Answer[]): QuestionSlot[] {
  const lastIndex = new Map<string, number>();
  questions.forEach((q, i) => {
    const a = answerFor(answers, q.id);
    if (a) lastIndex.set(a.id, i);
  });
  return questions.map((q, i) => {
    const answer = q.heading ? null : answerFor(answers, q.id);
    return { question: q, answer, answerHere: answer !== null && lastIndex.get(answer.id) === i };
  });
}

/**
 * Display labels for a group of question numbers, run together as the published logs write them:
 * ["1.g", "2.a", "2.b", "2.c", "3.a", "3.b"] -> "1g, 2a–c, 3a–b".
 */
export function describeQuestionGroup(numbers: string[]): string {
  const compact = numbers.map((n) => n.replace(/\./g, ''));
  const out: string[] = [];
  let runStart = 0;
  const parts = numbers.map((n) => {
    const bits = n.split('.');
    return { stem: bits.slice(0, -1).join('.'), last: bits[bits.length - 1]! };
  });
  const consecutive = (a: string, b: string) =>
    (/^\d+$/.test(a) && /^\d+$/.test(b) && Number(b) === Number(a) + 1) || (/^[a-z]$/.test(a) && /^[a-z]$/.test(b) && b.charCodeAt(0) === a.charCodeAt(0) + 1);
  for (let i = 1; i <= numbers.length; i++) {
    const prev = parts[i - 1]!;
    const cur = parts[i];
    if (cur && cur.stem === prev.stem && consecutive(prev.last, cur.last)) continue;
    const first = compact[runStart]!;
    if (i - 1 === runStart) out.push(first);
    else out.push(`${first}–${parts[i - 1]!.last}`);
    runStart = i;
  }
  return out.join(', ');
}

/** Questions an answer covers, in the request's order. */
export function coveredQuestions(questions: Question[], answer: Answer): Question[] {
  const ids = new Set(answer.covers);
  return questions.filter((q) => ids.has(q.id));
}
