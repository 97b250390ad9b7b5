import { randomUUID } from 'node:crypto';
import { splitRequest } from '../../../core/intake';
import type { Question } from '../../../core/model';

/** The split questions as the case stores them: each with an id its answers can name. */
export function questionsFromText(text: string): Question[] {
  return splitRequest(text).map((q) => ({ id: randomUUID(), number: q.number, label: q.label, text: q.text, heading: q.heading }));
}
