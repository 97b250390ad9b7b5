import { randomUUID } from 'node:crypto';
import { docToHtml } from '../../core/editor/toHtml';
import { BUNDLE_FORMAT, type Bundle, type BundleCase, type Case, type Organisation } from '../../core/model';
import { htmlToDocSync, loadHtmlToDoc } from './htmlToDoc';
import { serialiseCase, type SerialisedCase } from './caseRepository';

/** Case <-> bundle entry. Answers travel as HTML; questions are referred to by number, not id. */
export function caseToBundleCase(c: Case): BundleCase {
  const numberOf = new Map(c.questions.map((q) => [q.id, q.number]));
  return {
    ref: c.ref,
    title: c.title,
    regime: c.regime,
    received: c.received,
    sent: c.sent,
    status: c.status,
    requester: { name: c.requester.name, email: c.requester.email, address: c.requester.address },
    publish: c.publish,
    requestText: c.requestText,
    summary: c.summary,
    questions: c.questions.map((q) => ({ number: q.number, text: q.text, label: q.label, heading: q.heading })),
    answers: c.answers.map((a) => ({
      covers: a.covers.map((id) => numberOf.get(id)).filter((n): n is string => n !== undefined),
      html: docToHtml(a.doc),
      disposition: a.disposition,
      exemptions: a.exemptions,
      redirectTo: a.redirectTo,
    })),
    attachments: c.attachments,
  };
}

/** A bundle's case as it will be stored: answers converted from HTML and serialised at once. */
export async function bundleCaseToStoredCase(b: BundleCase, id: string, now: string): Promise<SerialisedCase> {
  return serialiseCase(await bundleCaseToCase(b, id, now));
}

export async function bundleCaseToCase(b: BundleCase, id: string, now: string): Promise<Case> {
  await loadHtmlToDoc();
  const questions = b.questions.map((q) => ({ id: randomUUID(), number: q.number, label: q.label ?? '', text: q.text, heading: q.heading ?? false }));
  const idOf = new Map(questions.map((q) => [q.number, q.id]));
  return {
    id,
    ref: b.ref,
    title: b.title,
    regime: b.regime,
    received: b.received,
    sent: b.sent ?? null,
    status: b.status ?? (b.sent ? 'sent' : 'new'),
    requester: { name: b.requester.name, email: b.requester.email, address: b.requester.address ?? '' },
    publish: b.publish,
    requestText: b.requestText,
    summary: b.summary ?? '',
    questions,
    answers: b.answers.map((a) => ({
      id: randomUUID(),
      covers: a.covers.map((n) => idOf.get(n)!),
      doc: htmlToDocSync(a.html),
      disposition: a.disposition ?? 'answered',
      exemptions: a.exemptions ?? [],
      redirectTo: a.redirectTo ?? '',
    })),
    attachments: b.attachments ?? [],
    clock: { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false },
    overrides: [],
    createdAt: now,
    updatedAt: now,
  };
}

export function makeBundle(organisation: Organisation, cases: Case[]): Bundle {
  return { format: BUNDLE_FORMAT, organisation, cases: cases.map(caseToBundleCase) };
}
