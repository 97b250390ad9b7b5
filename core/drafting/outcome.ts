import type { Answer, Case, Disposition } from '../model/case';
import type { RichNode } from '../model/richText';

/** The case outcome the statistics count, from the answers' dispositions. */
export type CaseOutcome = 'granted-in-full' | 'granted-in-part' | 'refused' | 'not-held' | 'redirected' | 'undecided';

export const OUTCOME_LABELS: Record<CaseOutcome, string> = {
  'granted-in-full': 'Granted in full',
  'granted-in-part': 'Granted in part',
  refused: 'Refused',
  'not-held': 'Information not held',
  redirected: 'Redirected',
  undecided: 'Not yet decided',
};

/** What an answer with no words yet shows where its disposition would be. */
export const NOT_YET_ANSWERED = 'Not yet answered';

/**
 * An answer counts only once it says something: an answer just started (empty paragraphs, spaces) is
 * created "answered" by default, and must not make the case look granted or the question done.
 */
export function answerHasText(a: Pick<Answer, 'doc'>): boolean {
  // The same answer as `richToPlainText(a.doc).trim() !== ''`, found at the first word rather than by
  // writing out every answer: opening a 200-question case asks this of each answer (issue 13).
  return hasWords(a.doc);
}

const WORD = /\S/;
function hasWords(node: RichNode): boolean {
  if (node.type === 'text') return WORD.test(node.text ?? '');
  // Plain text reads a clause as its filled wording, an attribute; nothing inside it counts.
  if (node.type === 'clause') return typeof node.attrs?.['text'] === 'string' && WORD.test(node.attrs['text']);
  return (node.content ?? []).some(hasWords);
}

/** The disposition as the officer should read it: an empty answer is not yet answered, whatever its default. */
export function dispositionLabel(a: Pick<Answer, 'doc' | 'disposition'>, labels: Record<Disposition, string>): string {
  return a.disposition !== 'covered' && !answerHasText(a) ? NOT_YET_ANSWERED : labels[a.disposition];
}

export function caseOutcome(c: Pick<Case, 'answers'>): CaseOutcome {
  const own = c.answers.filter((a: Answer) => a.disposition !== 'covered' && answerHasText(a)).map((a) => a.disposition);
  if (own.length === 0) return 'undecided';
  const has = (d: Disposition) => own.includes(d);
  const all = (d: Disposition) => own.every((x) => x === d);
  if (all('answered')) return 'granted-in-full';
  if (all('exempt')) return 'refused';
  if (all('not-held')) return 'not-held';
  if (all('redirected')) return 'redirected';
  if (has('answered') || has('partly-answered')) return 'granted-in-part';
  if (has('exempt')) return 'refused';
  return has('not-held') ? 'not-held' : 'redirected';
}
