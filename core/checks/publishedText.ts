import type { AnswerView, CaseView } from './caseView';
import type { CheckContext } from './context';
import type { Finding, Severity } from './finding';
import { foldText, type FoldedText } from './foldedText';
import { finding } from './rule';

/**
 * One piece of text that leaves the building: an answer, or (for the log) the title, summary, reference,
 * a question or its label, or an attachment's name.
 */
export interface OutgoingText {
  text: string;
  answer?: AnswerView;
  /** For a question's text or label: findings name the question, so "Go to" and overrides can find it. */
  questionNumber?: string;
  where: string;
  /** The text as the personal-data patterns compare it (foldedText.ts), made on first use. */
  folded(): FoldedText;
}

function outgoing(text: string, where: string, extra: Pick<OutgoingText, 'answer' | 'questionNumber'> = {}): OutgoingText {
  let folded: FoldedText | undefined;
  return { text, where, ...extra, folded: () => (folded ??= foldText(text)) };
}

// Several rules read the same texts in one check run: fold each once.
const cache = new WeakMap<CaseView, Map<CheckContext['purpose'], OutgoingText[]>>();

/**
 * What the check reads for personal data. Answers always: an FOI disclosure is to the world, and they
 * become the log. For publishing, everything else the log prints (core/documents: the title, the summary,
 * the reference, and every question with its label, which the log prints word for word under each
 * answer and, with no summary, as the request). Questions are not read for a letter: it goes back to
 * the person who wrote them. Attachment names in both.
 */
export function outgoingTexts(view: CaseView, ctx: CheckContext): OutgoingText[] {
  const byPurpose = cache.get(view) ?? new Map<CheckContext['purpose'], OutgoingText[]>();
  cache.set(view, byPurpose);
  const hit = byPurpose.get(ctx.purpose);
  if (hit) return hit;
  const out: OutgoingText[] = view.answers.map((a) => outgoing(a.text, a.questionNumber === undefined ? 'an answer not attached to any question' : `the answer to question ${a.questionNumber}`, { answer: a }));
  if (ctx.purpose === 'publish') {
    out.push(outgoing(view.c.title, 'the case title'), outgoing(view.c.summary, 'the summary'), outgoing(view.c.ref, 'the reference'));
    for (const q of view.c.questions) {
      out.push(outgoing(q.text, `question ${q.number}`, { questionNumber: q.number }));
      if (q.label.trim()) out.push(outgoing(q.label, `the label of question ${q.number}`, { questionNumber: q.number }));
    }
  }
  view.c.attachments.forEach((att) => out.push(outgoing(att.name, `the attachment name "${att.name}"`)));
  byPurpose.set(ctx.purpose, out);
  return out;
}

/** Publishing personal data is the harm to prevent; in a letter it is worth a warning before it reaches the log. */
export function personalDataSeverity(ctx: CheckContext): Severity {
  return ctx.purpose === 'publish' ? 'error' : 'warning';
}

/**
 * `from`/`to` are offsets in the ORIGINAL text (map folded matches back with originalRange), so the
 * excerpt and the redaction are the characters as stored, invisible ones included.
 * `judgement`: why the officer should decide rather than be blocked; the finding is then a warning.
 */
export function personalDataFinding(view: CaseView, ctx: CheckContext, ruleId: string, target: OutgoingText, from: number, to: number, what: string, judgement?: string): Finding {
  const found = target.text.slice(from, to);
  const shown = visible(found);
  const message = judgement
    ? `${cap(what)} in ${target.where}: "${shown}". ${judgement}`
    : `${cap(what)} in ${target.where}: "${shown}". Remove it or replace it with [redacted]${ctx.purpose === 'publish' ? ' before publishing' : ''}.`;
  const severity = judgement ? 'warning' : personalDataSeverity(ctx);
  if (target.answer) return finding(view, ruleId, severity, message, { answer: target.answer, from, to, redact: true });
  return finding(view, ruleId, severity, message, { excerpt: found, redact: true, ...(target.questionNumber !== undefined ? { questionNumber: target.questionNumber } : {}) });
}

/** The message shows invisible characters and line breaks as a reader can see them; the redaction keeps them. */
const visible = (s: string) => s.replace(/[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s*\n\s*/g, ' ');

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
