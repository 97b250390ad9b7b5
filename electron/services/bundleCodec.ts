import { createHash, randomUUID } from 'node:crypto';
import { DeskError } from '../../core/api/errors';
import { docToHtml } from '../../core/editor/toHtml';
import { richToPlainText } from '../../core/editor/plainText';
import { BUNDLE_FORMAT, MAX_BUNDLE_FILE_BYTES, type Bundle, type BundleCase, type Case, type Organisation, type ReviewComment } from '../../core/model';
import { htmlToDocSync, loadHtmlToDoc } from './htmlToDoc';
import { serialiseCase, type SerialisedCase } from './caseRepository';
import type { CaseExtras, StoredFile } from './bundleExtras';

/**
 * Case <-> bundle entry. Answers (and their versions) travel as HTML, so what comes in passes through
 * the editor's schema; questions are referred to by number. Version 2 adds what a backup must restore
 * beside the case (./bundleExtras): its ids, clock and overrides, the bin, history and sent copies.
 */
export function caseToBundleCase(c: Case, extras?: CaseExtras): BundleCase {
  const numberOf = new Map(c.questions.map((q) => [q.id, q.number]));
  return {
    ...(extras ? { id: c.id } : {}),
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
    questions: c.questions.map((q) => ({ ...(extras ? { id: q.id } : {}), number: q.number, text: q.text, label: q.label, heading: q.heading })),
    answers: c.answers.map((a) => ({
      ...(extras ? { id: a.id } : {}),
      covers: a.covers.map((id) => numberOf.get(id)).filter((n): n is string => n !== undefined),
      html: docToHtml(a.doc),
      disposition: a.disposition,
      exemptions: a.exemptions,
      redirectTo: a.redirectTo,
      ...(extras?.answerTimes.has(a.id) ? { updatedAt: extras.answerTimes.get(a.id)! } : {}),
      ...answerTeam(extras?.answerTeam.get(a.id)),
    })),
    attachments: c.attachments,
    // Only when a part was edited: a case on every default writes the same bundle as before letter parts.
    ...(c.letter && Object.values(c.letter).some((v) => v !== null)
      ? { letter: { salutation: c.letter.salutation, opening: c.letter.opening, closingHtml: c.letter.closing ? docToHtml(c.letter.closing) : null, signOff: c.letter.signOff } }
      : {}),
    ...(extras ? extrasToBundle(c, extras) : {}),
  };
}

/** An answer's version (only above the 1 every answer starts at) and its reviewer's comment. */
function answerTeam(t: { version: number; reviewComment: ReviewComment | null } | undefined): Partial<BundleCase['answers'][number]> {
  if (!t) return {};
  return { ...(t.version > 1 ? { version: t.version } : {}), ...(t.reviewComment ? { reviewComment: t.reviewComment } : {}) };
}

/** The version 2 fields; lists and flags only when they hold something, so a plain case stays short. */
function extrasToBundle(c: Case, x: CaseExtras): Partial<BundleCase> {
  return {
    clock: c.clock,
    overrides: c.overrides,
    ...(c.channel ? { channel: c.channel } : {}),
    ...(c.historical ? { historical: true } : {}),
    ...(c.review ? { review: c.review } : {}),
    ...(x.binnedAt ? { binnedAt: x.binnedAt } : {}),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    ...(x.history.length ? { history: x.history.map((v) => ({ answer: v.answerId, at: v.at, reason: v.reason, html: docToHtml(JSON.parse(v.docJson)) })) } : {}),
    ...(x.sentCopies.length
      ? {
          sentCopies: x.sentCopies.map((f) =>
            f.kind === 'html'
              ? { kind: 'html' as const, sent: f.sent!, ...facts(f, c.ref), html: new TextDecoder().decode(f.bytes) }
              : { kind: f.kind, sent: f.sent!, ...facts(f, c.ref), base64: Buffer.from(f.bytes).toString('base64') },
          ),
        }
      : {}),
    ...(x.letterExports.length ? { letterExports: x.letterExports.map((f) => ({ kind: f.kind as 'docx' | 'pdf', ...facts(f, c.ref), base64: Buffer.from(f.bytes).toString('base64') })) } : {}),
    ...(x.sentEdits.length ? { sentEdits: x.sentEdits } : {}),
    ...(x.owner ? { owner: x.owner } : {}),
    ...(x.approval ? { approval: x.approval } : {}),
    ...(x.assignments.length ? { assignments: x.assignments.map((e) => ({ at: e.at, by: e.who, owner: e.owner })) } : {}),
  };
}

function facts(f: StoredFile, ref: string): { fileName: string; at: string; size: number; sha256: string } {
  // Never dropped quietly: a backup without it would not restore what was sent.
  if (f.bytes.length > MAX_BUNDLE_FILE_BYTES) {
    throw new DeskError('invalid-input', `The bundle was not written: case ${ref}'s ${f.fileName} is ${Math.ceil(f.bytes.length / 1024 / 1024)} MB, more than the ${MAX_BUNDLE_FILE_BYTES / 1024 / 1024} MB a bundle carries for one file. Back up the workspace file itself instead.`);
  }
  return { fileName: f.fileName, at: f.at, size: f.bytes.length, sha256: sha256(f.bytes) };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A bundle's case as it will be stored, converted before the import's transaction: answers and their
 * versions from HTML, serialised at once; the sent copies decoded and checked against their size and
 * checksum, so a damaged one refuses the whole import (naming the case) before anything is written.
 * `index` is the case's place in the bundle, for the error's JSON path.
 */
export async function bundleCaseToStoredCase(b: BundleCase, id: string, now: string, index = 0): Promise<{ case: SerialisedCase; extras: StoredExtras | null }> {
  const c = serialiseCase(await bundleCaseToCase(b, id, now));
  // Answers' own times: a restored answer keeps when it was last written.
  b.answers.forEach((a, i) => {
    if (a.updatedAt) c.answers[i]!.updatedAt = a.updatedAt;
  });
  if (!hasExtras(b)) return { case: c, extras: null };
  const extras = storedExtras(b, index);
  // By the ids the case is stored with (a bundle's answer without an id was just given one).
  extras.answers = b.answers.flatMap((a, i) => (a.version || a.reviewComment ? [{ id: c.answers[i]!.id, version: a.version ?? 1, reviewComment: a.reviewComment ?? null }] : []));
  return { case: c, extras };
}

/** What ./bundleExtras writes after the case itself: JSON-ready, the files still as base64 (a third more than bytes, but one string each). */
export interface StoredExtras {
  binnedAt: string | null;
  history: { answerId: string; at: string; reason: 'edit' | 'export' | 'status' | 'restore'; docJson: string; plainText: string }[];
  sentCopies: { kind: 'html' | 'docx' | 'pdf'; sent: string; at: string; fileName: string; base64: string }[];
  letterExports: { kind: 'docx' | 'pdf'; at: string; fileName: string; base64: string }[];
  sentEdits: { at: string; who: string; reason: string }[];
  /** Working together: the owner (null: unassigned), the sign-off, the changes of owner (oldest first). */
  owner: string | null;
  approval: { by: string; at: string } | null;
  assignments: { at: string; by: string; owner: string | null }[];
  /** The answers with a version above 1 or a reviewer's comment, by the id the answer is stored with. */
  answers: { id: string; version: number; reviewComment: ReviewComment | null }[];
}

function hasExtras(b: BundleCase): boolean {
  return Boolean(
    b.binnedAt || b.history?.length || b.sentCopies?.length || b.letterExports?.length || b.sentEdits?.length || b.owner || b.approval || b.assignments?.length || b.answers.some((a) => a.version || a.reviewComment),
  );
}

function storedExtras(b: BundleCase, index: number): StoredExtras {
  const sentCopies = (b.sentCopies ?? []).map((f, j) => {
    const bytes = f.kind === 'html' ? Buffer.from(f.html, 'utf8') : Buffer.from(f.base64, 'base64');
    checkFile(b.ref, `cases[${index}].sentCopies[${j}]`, `sent ${f.kind === 'html' ? 'letter' : f.kind.toUpperCase()}`, f.kind, f, bytes);
    return { kind: f.kind, sent: f.sent, at: f.at, fileName: f.fileName, base64: bytes.toString('base64') };
  });
  const letterExports = (b.letterExports ?? []).map((f, j) => {
    const bytes = Buffer.from(f.base64, 'base64');
    checkFile(b.ref, `cases[${index}].letterExports[${j}]`, `exported ${f.kind.toUpperCase()}`, f.kind, f, bytes);
    return { kind: f.kind, at: f.at, fileName: f.fileName, base64: f.base64 };
  });
  return {
    binnedAt: b.binnedAt ?? null,
    history: (b.history ?? []).map((v) => {
      const doc = htmlToDocSync(v.html);
      return { answerId: v.answer, at: v.at, reason: v.reason, docJson: JSON.stringify(doc), plainText: richToPlainText(doc).trim() };
    }),
    sentCopies,
    letterExports,
    sentEdits: b.sentEdits ?? [],
    owner: b.owner ?? null,
    approval: b.approval ?? null,
    assignments: b.assignments ?? [],
    answers: [],
  };
}

/** The first bytes every DOCX (a ZIP) and every PDF starts with. */
const MAGIC: Record<string, string> = { docx: 'PK\u0003\u0004', pdf: '%PDF-' };

/** A copy is restored only if it is byte for byte the file that was exported: size, checksum, and the kind of file it claims to be. */
function checkFile(ref: string, path: string, what: string, kind: string, f: { size: number; sha256: string }, bytes: Buffer): void {
  const fault =
    bytes.length !== f.size
      ? `it holds ${bytes.length.toLocaleString('en-GB')} bytes where the bundle says ${f.size.toLocaleString('en-GB')}`
      : sha256(bytes) !== f.sha256
        ? 'its bytes do not match the checksum (sha256) written with it'
        : MAGIC[kind] && bytes.subarray(0, MAGIC[kind].length).toString('latin1') !== MAGIC[kind]
          ? `it is not a ${kind.toUpperCase()} file`
          : null;
  if (fault) {
    throw new DeskError(
      'invalid-input',
      `The bundle was not imported: case ${ref}'s ${what} (${path}) is damaged: ${fault}. Export the bundle again from the workspace it came from, or remove that copy from the bundle and import again. Nothing was changed.`,
    );
  }
}

export async function bundleCaseToCase(b: BundleCase, id: string, now: string): Promise<Case> {
  await loadHtmlToDoc();
  const questions = b.questions.map((q) => ({ id: q.id ?? randomUUID(), number: q.number, label: q.label ?? '', text: q.text, heading: q.heading ?? false }));
  const idOf = new Map(questions.map((q) => [q.number, q.id]));
  return {
    id: b.id ?? id,
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
      id: a.id ?? randomUUID(),
      covers: a.covers.map((n) => idOf.get(n)!),
      doc: htmlToDocSync(a.html),
      disposition: a.disposition ?? 'answered',
      exemptions: a.exemptions ?? [],
      redirectTo: a.redirectTo ?? '',
    })),
    attachments: b.attachments ?? [],
    ...(b.letter
      ? { letter: { salutation: b.letter.salutation ?? null, opening: b.letter.opening ?? null, closing: b.letter.closingHtml ? htmlToDocSync(b.letter.closingHtml) : null, signOff: b.letter.signOff ?? null } }
      : {}),
    // A version 1 bundle carries no clock: the case starts with a clear one, as before.
    clock: b.clock ?? { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false },
    overrides: b.overrides ?? [],
    ...(b.historical ? { historical: true } : {}),
    ...(b.channel && b.channel !== 'email' ? { channel: b.channel } : {}),
    ...(b.review ? { review: b.review } : {}),
    createdAt: b.createdAt ?? now,
    updatedAt: b.updatedAt ?? now,
  };
}

/** `extrasOf` given: a version 2 bundle with everything a backup restores; the log's order and the added holidays beside the cases. */
export function makeBundle(
  organisation: Organisation,
  cases: Case[],
  more: { extrasOf?: (c: Case) => CaseExtras; logOrders?: Bundle['logOrders']; holidays?: Bundle['holidays'] } = {},
): Bundle {
  return {
    format: BUNDLE_FORMAT,
    organisation,
    cases: cases.map((c) => caseToBundleCase(c, more.extrasOf?.(c))),
    ...(more.logOrders?.length ? { logOrders: more.logOrders } : {}),
    ...(more.holidays?.length ? { holidays: more.holidays } : {}),
  };
}
