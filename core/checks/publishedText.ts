import type { AnswerView, CaseView } from './caseView';
import type { CheckContext } from './context';
import type { Finding, Severity } from './finding';
import { finding } from './rule';

/** One piece of text that leaves the building: an answer, or (for the log) the title, summary or an attachment's name. */
export interface OutgoingText {
  text: string;
  answer?: AnswerView;
  where: string;
}

/**
 * What the check reads for personal data. Answers always: an FOI disclosure is to the world, and they
 * become the log. The title and summary only for publishing; attachment names in both.
 */
export function outgoingTexts(view: CaseView, ctx: CheckContext): OutgoingText[] {
  const out: OutgoingText[] = view.answers.map((a) => ({ text: a.text, answer: a, where: `the answer to question ${a.questionNumber ?? '?'}` }));
  if (ctx.purpose === 'publish') {
    out.push({ text: view.c.title, where: 'the case title' }, { text: view.c.summary, where: 'the summary' });
  }
  view.c.attachments.forEach((att) => out.push({ text: att.name, where: `the attachment name "${att.name}"` }));
  return out;
}

/** Publishing personal data is the harm to prevent; in a letter it is worth a warning before it reaches the log. */
export function personalDataSeverity(ctx: CheckContext): Severity {
  return ctx.purpose === 'publish' ? 'error' : 'warning';
}

export function personalDataFinding(view: CaseView, ctx: CheckContext, ruleId: string, target: OutgoingText, from: number, to: number, what: string): Finding {
  const found = target.text.slice(from, to);
  const message = `${cap(what)} in ${target.where}: "${found}". Remove it or replace it with [redacted]${ctx.purpose === 'publish' ? ' before publishing' : ''}.`;
  return target.answer
    ? finding(view, ruleId, personalDataSeverity(ctx), message, { answer: target.answer, from, to, redact: true })
    : finding(view, ruleId, personalDataSeverity(ctx), message, { excerpt: found, redact: true });
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
