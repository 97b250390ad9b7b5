import type { Case, Organisation } from '../model';
import type { LogCandidate, LogEntry, LogMonth } from './logModel';
import { monthName } from './monthName';
import { redactDoc, requesterRedactor } from './redactRequester';
import { requestPart, responseBlocks } from './responseBlocks';
import { withoutClosingClauses } from './expandClauses';

export interface LogOverride {
  title?: string;
  summary?: string;
  include?: boolean;
}

export interface AssembleLogMonthInput {
  organisation: Pick<Organisation, 'name' | 'contactEmail'>;
  cases: Case[];
  /** YYYY-MM */
  month: string;
  /** Case references in the order the officer wants; the rest follow in the order they were sent. */
  order?: string[];
  overrides?: Record<string, LogOverride>;
}

/** Cases the month's log draws on: sent in that month and marked for publishing. */
export function casesForLogMonth(cases: Case[], month: string): Case[] {
  return cases
    .filter((c) => c.publish && c.sent !== null && c.sent.slice(0, 7) === month)
    .sort((a, b) => a.sent!.localeCompare(b.sent!) || a.ref.localeCompare(b.ref, 'en-GB', { numeric: true }));
}

/** Letters, digits and underscores, starting with a letter, at most 40 long: what Word allows a bookmark. */
export function entryAnchor(ref: string, taken: Set<string>): string {
  const base = `entry_${ref.replace(/[^A-Za-z0-9]+/g, '_')}`.slice(0, 36);
  let anchor = base;
  for (let i = 2; taken.has(anchor); i++) anchor = `${base}_${i}`;
  taken.add(anchor);
  return anchor;
}

export function attachmentsNote(contactEmail: string): string {
  const who = contactEmail.trim() ? `please contact ${contactEmail.trim()}` : 'please contact us';
  return `If you require a full copy of any of the attachments, ${who} quoting the reference number from the relevant response.`;
}

/**
 * A month of the published disclosure log. The requester is never copied into it, and is struck
 * from the published text in case an answer quoted them.
 */
export function assembleLogMonth({ organisation, cases, month, order = [], overrides = {} }: AssembleLogMonthInput): LogMonth {
  const name = monthName(month);
  const rank = new Map(order.map((ref, i) => [ref, i]));
  const inMonth = casesForLogMonth(cases, month)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (rank.get(a.c.ref) ?? order.length + a.i) - (rank.get(b.c.ref) ?? order.length + b.i))
    .map(({ c }) => c);

  const anchors = new Set<string>();
  const candidates: LogCandidate[] = [];
  const entries: LogEntry[] = [];
  for (const c of inMonth) {
    const o = overrides[c.ref] ?? {};
    const redact = requesterRedactor(c.requester);
    const title = redact(o.title?.trim() || c.title);
    const include = o.include ?? true;
    candidates.push({ ref: c.ref, title, include });
    if (!include) continue;
    const published: Case = {
      ...c,
      summary: redact(o.summary ?? c.summary),
      questions: c.questions.map((q) => ({ ...q, text: redact(q.text) })),
      // Rights of review and re-use speak to the requester: a closing clause left in an answer (as
      // cases written before the letter had a closing section have) stays in the letter only.
      answers: c.answers.map((a) => ({ ...a, doc: redactDoc(withoutClosingClauses(a.doc), redact) })),
    };
    entries.push({
      anchor: entryAnchor(c.ref, anchors),
      ref: c.ref,
      title,
      request: requestPart(published),
      response: responseBlocks(published),
      attachments: c.attachments.map((a) => redact(a.name)),
    });
  }

  return {
    month,
    monthName: name,
    title: `Disclosure log: ${name}`,
    organisationName: organisation.name,
    contactEmail: organisation.contactEmail,
    introduction: `This month ${organisation.name} responded to requests for information on the following topics:`,
    attachmentsNote: attachmentsNote(organisation.contactEmail),
    entries,
    candidates,
  };
}
