import { randomUUID } from 'node:crypto';
import type { ImportedEntry } from '../../../core/logImport/types';
import { CaseSchema, type Answer, type Case, type Disposition, type Question, type Regime, type RichNode } from '../../../core/model';

/** Paragraphs as the editor's document: what an officer would have typed. */
function docOf(text: string): RichNode {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text: p }] }));
  return { type: 'doc', content: paragraphs.length ? paragraphs : [{ type: 'paragraph' }] };
}

/** The sections an answer cites ("section 31(1)(a) of the FOIA" to "s31(1)(a)"), for search by section. */
function sectionsCited(text: string): string[] {
  const found = [...text.matchAll(/\bsection\s+(\d{1,3}[A-Z]?(?:\(\d+[A-Z]?\))*(?:\([a-z]{1,4}\))*)/gi)].map((m) => `s${m[1]!.toLowerCase()}`);
  return [...new Set(found)];
}

/** The outcome an answer's words give away; "answered" when they give none. */
function dispositionOf(text: string): Disposition {
  if (/\bexempt(?:ion)?\b|\bwithhold|\brefus(?:e|ing)\b/i.test(text)) return 'exempt';
  if (/\b(?:do(?:es)? not|did not) hold\b|\bnot held\b|\bno (?:recorded )?information (?:is )?held\b/i.test(text)) return 'not-held';
  return 'answered';
}

/**
 * A past log's entry as a case: sent on `sent`, marked historical (never this month's work, never in
 * a new month's log), its questions and answers as the log printed them, so search and "answered
 * before" find it like any other case. The requester is unknown: a published log names none.
 */
export function entryToCase(entry: ImportedEntry, reference: string, sent: string, regime: Regime, now: string): Case {
  const questions: Question[] = entry.questions.map((q) => ({ id: randomUUID(), number: q.number, label: q.label, text: q.text, heading: q.heading }));
  const idOf = new Map(questions.map((q) => [q.number, q.id]));
  const answers: Answer[] = entry.answers.map((a) => {
    const exemptions = sectionsCited(a.text);
    return {
      id: randomUUID(),
      covers: a.covers.map((n) => idOf.get(n)).filter((id): id is string => id !== undefined),
      doc: docOf(a.text),
      disposition: dispositionOf(a.text),
      exemptions,
      redirectTo: '',
    };
  });
  return CaseSchema.parse({
    id: randomUUID(),
    ref: reference,
    title: entry.title,
    regime,
    received: sent,
    sent,
    status: 'sent',
    requester: { name: '', email: '', address: '' },
    publish: true,
    requestText: entry.requestText,
    summary: entry.summary,
    questions,
    answers,
    historical: true,
    createdAt: now,
    updatedAt: now,
  });
}
