import { CaseSchema, type Case, type Disposition, type RichNode } from '../model';

/**
 * A case written the short way, for the corpus, the tests and the bench: questions by number, answers
 * as paragraphs of text and clause nodes. Answers name questions by number; a number the case lacks
 * becomes an id that matches nothing, which is how the corpus describes a dangling answer.
 */
export interface ClauseSpec {
  clause: string;
  /** As the library titles it; the id when not given. */
  title?: string;
  kind: string;
  section?: string;
  text: string;
  values?: Record<string, string>;
  missing?: string[];
}

export type BlockSpec = string | ClauseSpec;

export interface AnswerSpec {
  covers: string[];
  disposition?: Disposition;
  exemptions?: string[];
  redirectTo?: string;
  /** Paragraphs (a blank line in a string also starts a new one) and clause nodes, in order. */
  blocks: BlockSpec[];
}

export interface CaseSpec {
  ref: string;
  title?: string;
  regime?: Case['regime'];
  received?: string;
  sent?: string | null;
  status?: Case['status'];
  requester?: Partial<Case['requester']>;
  publish?: boolean;
  summary?: string;
  questions: (string | { number: string; text?: string; heading?: boolean })[];
  answers: AnswerSpec[];
  attachments?: string[];
  clock?: Partial<Case['clock']>;
  /**
   * The letter's closing section as written. A spec describes the letter as the officer left it, so
   * none given is an empty section, not the default one (which the service fills from the library).
   */
  closing?: BlockSpec[];
}

export function paragraph(text: string): RichNode {
  const lines = text.split('\n');
  const content: RichNode[] = [];
  lines.forEach((line, i) => {
    if (i > 0) content.push({ type: 'hardBreak' });
    if (line) content.push({ type: 'text', text: line });
  });
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function clauseNode(spec: ClauseSpec): RichNode {
  return {
    type: 'clause',
    attrs: {
      clauseId: spec.clause,
      version: 1,
      title: spec.title ?? spec.clause,
      kind: spec.kind,
      section: spec.section ?? '',
      values: spec.values ?? {},
      text: spec.text,
      missing: spec.missing ?? [],
    },
  };
}

export function docOf(blocks: readonly BlockSpec[]): RichNode {
  const content = blocks.flatMap((b) => (typeof b === 'string' ? b.split(/\n\s*\n/).map(paragraph) : [clauseNode(b)]));
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

const idOfNumber = (n: string) => `q-${n}`;

export function caseFromSpec(spec: CaseSpec): Case {
  return CaseSchema.parse({
    id: `case-${spec.ref}`,
    ref: spec.ref,
    title: spec.title ?? `Request ${spec.ref}`,
    regime: spec.regime ?? 'foia',
    received: spec.received ?? '2024-05-01',
    sent: spec.sent ?? null,
    status: spec.status ?? (spec.sent ? 'sent' : 'in-review'),
    requester: { name: '', email: '', address: '', ...spec.requester },
    publish: spec.publish ?? true,
    summary: spec.summary ?? '',
    questions: spec.questions.map((q) => {
      const o = typeof q === 'string' ? { number: q } : q;
      return { id: idOfNumber(o.number), number: o.number, label: `${o.number}.`, text: o.text ?? `Question ${o.number}`, heading: o.heading ?? false };
    }),
    answers: spec.answers.map((a, i) => ({
      id: `a${i + 1}`,
      covers: a.covers.map(idOfNumber),
      doc: docOf(a.blocks),
      disposition: a.disposition ?? 'answered',
      exemptions: a.exemptions ?? [],
      redirectTo: a.redirectTo ?? '',
    })),
    attachments: (spec.attachments ?? []).map((name) => ({ name })),
    clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false, ...spec.clock },
    letter: { closing: docOf(spec.closing ?? []) },
    createdAt: '2024-05-01T09:00:00.000Z',
    updatedAt: '2024-05-01T09:00:00.000Z',
  });
}
