import type { AnswerView } from '../caseView';
import { isPitExtensionNotice } from '../pitExtensionNotice';
import { finding, type Rule } from '../rule';
import { refusalsIn } from '../refusals';
import type { Span } from '../textSpans';

// Rests on FOIA s2(2)(b) and s17(3) (FOISA s2(1)(b) and s16(2), EIR reg 12(1)(b), EISR reg 10(1)(b)): a qualified exemption needs the public interest test, set out.

const FOR = /in favour of (?:the )?(?:disclos|releas|openness|transparen|publication)|favou?rs? (?:disclos|releas)|support(?:s|ing)? (?:disclos|releas)|arguments? for (?:disclos|releas)|public interest in (?:disclos|releas|transparen|openness|accountab|publish)|\b(?:transparency|openness|accountability)\b/i;
const AGAINST = /in favour of (?:maintaining|withholding|non-disclosure|the exemption|the exception|applying)|favou?rs? (?:maintaining|withholding|the exemption)|against (?:disclos|releas)|public interest in (?:maintaining|withholding)|arguments? for (?:maintaining|withholding)/i;
const CONCLUSION = /\boutweigh|\bbalance\b/i;

export interface PitParts {
  forDisclosure: boolean;
  forWithholding: boolean;
  conclusion: boolean;
}

/**
 * The factors must stand as their own sentences: the usual one-line conclusion ("the public interest in
 * maintaining the exemption outweighs the public interest in disclosure") names both sides but weighs
 * nothing, so a sentence that concludes does not count as a factor.
 */
export function publicInterestParts(spans: readonly Span[]): PitParts {
  const parts: PitParts = { forDisclosure: false, forWithholding: false, conclusion: false };
  for (const s of spans) {
    if (CONCLUSION.test(s.text)) {
      parts.conclusion = true;
      continue;
    }
    if (FOR.test(s.text)) parts.forDisclosure = true;
    if (AGAINST.test(s.text)) parts.forWithholding = true;
  }
  return parts;
}

const complete = (p: PitParts) => p.forDisclosure && p.forWithholding && p.conclusion;

export const publicInterestTest: Rule = {
  id: 'public-interest-test-missing',
  summary: 'A qualified exemption has no public interest test',
  check(view) {
    const out = [];
    const pit = new Map<AnswerView, PitParts>(view.answers.map((a) => [a, publicInterestParts(a.sentences())]));
    const headsWithTest = new Set<string>();
    for (const a of view.answers) {
      if (!complete(pit.get(a)!)) continue;
      for (const r of refusalsIn(a, view.c.regime)) headsWithTest.add(r.provision.key);
    }
    for (const a of view.answers) {
      const parts = pit.get(a)!;
      // s17(3): the holding letter under a public interest extension gives the test later; pit-extension-notice checks it.
      if (complete(parts) || isPitExtensionNotice(a)) continue;
      const reported = new Set<string>();
      for (const r of refusalsIn(a, view.c.regime)) {
        if (!r.qualified || reported.has(r.provision.key)) continue;
        // One full test elsewhere in the letter for the same exemption serves every answer relying on it.
        if (headsWithTest.has(r.provision.key)) continue;
        reported.add(r.provision.key);
        const lacking = [
          parts.forDisclosure ? '' : 'the factors in favour of disclosure',
          parts.forWithholding ? '' : 'the factors in favour of maintaining the exemption',
          parts.conclusion ? '' : 'your conclusion on the balance',
        ].filter(Boolean);
        out.push(finding(view, this.id, 'error', `${cap(r.citation.label)} is a qualified exemption, so the response must set out the public interest test. Missing: ${lacking.join('; ')}.`, { answer: a, from: r.citation.source === 'text' ? r.citation.from : undefined, to: r.citation.source === 'text' ? r.citation.to : undefined }));
      }
    }
    return out;
  },
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
