import { formatUkDate } from '../deadlines/ukDateFormat';
import { describeQuestionGroup } from '../drafting/answerGroups';
import { CASE_CHANNEL_LABELS, CASE_STATUS_LABELS, DISPOSITION_LABELS, type CaseChannel, type CaseStatus, type Disposition } from '../model';
import { REGIME_LABELS, type Regime } from '../model/regime';
import type { AuditWhat } from './auditContract';

/**
 * One line of the audit trail, as stored (electron/services/pg/pgAuditSchema.ts): what it is about,
 * the fields changed, the question numbers of an answer, and the old and new values (kept small:
 * long texts as { chars, md5, start }, requester details as field names only).
 */
export interface AuditRecord {
  what: AuditWhat;
  fields: readonly string[];
  questions?: readonly string[] | null;
  old?: Record<string, unknown> | null;
  new?: Record<string, unknown> | null;
}

const CASE_FIELD_NAMES: Record<string, string> = {
  ref: 'reference',
  title: 'title',
  regime: 'regime',
  received: 'date received',
  sent: 'date sent',
  publish: 'publishing in the log',
  requesterName: "requester's name",
  requesterEmail: "requester's email address",
  requesterAddress: "requester's postal address",
  requestText: 'request text',
  summary: 'log summary',
  attachments: 'attachments',
  clock: 'clock (clarification and extensions)',
  letter: "letter's wording",
  channel: 'how the request came',
  historical: 'past log entry',
  review: 'internal review',
};

const ANSWER_FIELD_NAMES: Record<string, string> = {
  text: 'text',
  outcome: 'outcome',
  exemptions: 'exemptions cited',
  questions: 'questions answered',
  redirect: 'redirection',
  comment: "reviewer's comment",
};

/** The change in a line of UK English: "Status changed from In progress to Ready for review", "Answer to question 3 edited". */
export function auditSummary(r: AuditRecord): string {
  const before = r.old ?? {};
  const after = r.new ?? {};
  switch (r.what) {
    case 'status':
      return `Status changed from ${statusLabel(before['status'])} to ${statusLabel(after['status'])}`;
    case 'assignment': {
      const was = text(before['owner']);
      const now = text(after['owner']);
      if (!now) return was ? `Unassigned (was ${was})` : 'Unassigned';
      return was ? `Owner changed from ${was} to ${now}` : `Owner set to ${now}`;
    }
    case 'approval':
      return text(after['by']) ? `Approved for sending (as ${text(after['by'])})` : 'Approval withdrawn';
    case 'overrides':
      return overridesSummary(before['overrides'], after['overrides']);
    case 'answer':
      return answerSummary(r);
    case 'sent-edit':
      return `Changed after sending: ${text(after['reason']) || 'no reason given'}`;
    case 'case':
      return caseSummary(r.fields, before, after);
  }
}

function caseSummary(fields: readonly string[], before: Record<string, unknown>, after: Record<string, unknown>): string {
  if (fields.includes('created')) return text(after['ref']) ? `Case ${text(after['ref'])} created` : 'Case created';
  if (fields.includes('deleted')) return 'Case deleted for good';
  if (fields.includes('binned')) return 'Case moved to the bin';
  if (fields.includes('restored')) return 'Case restored from the bin';
  if (fields.length === 1) {
    const field = fields[0]!;
    const from = shown(field, before[field]);
    const to = shown(field, after[field]);
    if (field === 'publish' && typeof after['publish'] === 'boolean') return after['publish'] ? 'Marked for publishing in the log' : 'Marked not for publishing in the log';
    if (from !== null && to !== null) return `${capitalise(CASE_FIELD_NAMES[field] ?? field)} changed from ${from} to ${to}`;
  }
  return `${capitalise(listed(fields.map((f) => CASE_FIELD_NAMES[f] ?? f)))} changed`;
}

/** A header value as a reader sees it, or null when it is not one to show (a long text kept as its hash, a structure). */
function shown(field: string, value: unknown): string | null {
  if (field === 'received' || field === 'sent') return typeof value === 'string' ? ukDay(value) : value === null || value === undefined ? 'none' : null;
  if (typeof value !== 'string') return null;
  if (field === 'regime') return REGIME_LABELS[value as Regime] ?? value;
  if (field === 'channel') return CASE_CHANNEL_LABELS[value as CaseChannel] ?? value;
  if (field === 'ref' || field === 'title' || field === 'summary') return value.length > 80 ? null : `“${value}”`;
  return null;
}

function answerSummary(r: AuditRecord): string {
  const numbers = r.questions ?? [];
  const label = numbers.length === 0 ? 'An answer not linked to a question' : `Answer to question${numbers.length > 1 ? 's' : ''} ${describeQuestionGroup([...numbers])}`;
  const before = r.old ?? {};
  const after = r.new ?? {};
  if (r.fields.includes('added')) return `${label} added`;
  if (r.fields.includes('deleted')) return `${label} deleted`;
  if (r.fields.includes('restored')) return `${label} restored from an earlier version`;
  if (r.fields.length === 1 && r.fields[0] === 'comment') {
    const comment = after['comment'];
    const on = numbers.length === 0 ? 'an answer not linked to a question' : `the answer to question${numbers.length > 1 ? 's' : ''} ${describeQuestionGroup([...numbers])}`;
    return typeof comment === 'string' ? `Reviewer's comment on ${on}: “${comment}”` : comment ? `Reviewer's comment on ${on}` : `Reviewer's comment on ${on} resolved`;
  }
  if (r.fields.length === 1 && r.fields[0] === 'outcome') return `${label}: outcome changed from ${dispositionLabel(before['outcome'])} to ${dispositionLabel(after['outcome'])}`;
  if (r.fields.length === 1 && r.fields[0] === 'text') return `${label} edited`;
  return `${label} edited (${listed(r.fields.map((f) => ANSWER_FIELD_NAMES[f] ?? f))})`;
}

interface OverrideLine {
  ruleId?: string;
  questionNumber?: string;
  reason?: string;
}

function overridesSummary(before: unknown, after: unknown): string {
  const was = Array.isArray(before) ? (before as OverrideLine[]) : [];
  const now = Array.isArray(after) ? (after as OverrideLine[]) : [];
  const key = (o: OverrideLine) => `${o.ruleId ?? ''}|${o.questionNumber ?? ''}`;
  const name = (o: OverrideLine) => `${o.ruleId ?? 'a check'}${o.questionNumber ? ` (question ${o.questionNumber})` : ''}`;
  const added = now.filter((o) => !was.some((w) => key(w) === key(o)));
  const removed = was.filter((o) => !now.some((n) => key(n) === key(o)));
  const parts = [
    ...added.map((o) => `Check overridden: ${name(o)}${o.reason ? ` — “${o.reason}”` : ''}`),
    ...removed.map((o) => `Override withdrawn: ${name(o)}`),
  ];
  return parts.length ? parts.join('; ') : 'Reasons for overriding checks changed';
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const statusLabel = (v: unknown) => CASE_STATUS_LABELS[v as CaseStatus] ?? (text(v) || 'none');
const dispositionLabel = (v: unknown) => DISPOSITION_LABELS[v as Disposition] ?? (text(v) || 'none');
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "3 June 2024": a UK date without its weekday. */
function ukDay(iso: string): string {
  try {
    return formatUkDate(iso.slice(0, 10)).replace(/^\S+ /, '');
  } catch {
    return iso;
  }
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
