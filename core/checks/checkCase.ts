import type { Case } from '../model';
import { buildCaseView } from './caseView';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { RULES } from './rules';

/** Every finding for one case, errors first, then in the order the questions appear. */
export function checkCase(c: Case, ctx: CheckContext): Finding[] {
  const view = buildCaseView(c);
  const findings = RULES.flatMap((rule) => rule.check(view, ctx));
  const order = new Map(c.questions.map((q, i) => [q.number, i]));
  const rank = (f: Finding) => (f.questionNumber === undefined ? -1 : order.get(f.questionNumber) ?? c.questions.length);
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => sev(a.f) - sev(b.f) || rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}

const sev = (f: Finding) => (f.severity === 'error' ? 0 : 1);
