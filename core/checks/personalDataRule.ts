import type { CaseView } from './caseView';
import type { CheckContext } from './context';
import { originalRange } from './foldedText';
import { outgoingTexts, personalDataFinding, type OutgoingText } from './publishedText';
import type { Rule } from './rule';

export interface PersonalDataPattern {
  id: string;
  summary: string;
  /** Must carry the g flag. Runs on the folded text (foldedText.ts). */
  pattern: RegExp;
  /** How the message names what was found: "an email address". */
  what: string;
  /**
   * False to let a match through (the organisation's own address, a reference number). `target.text`
   * here is the folded text the match was made in, so offsets from the match index into it.
   */
  keep?: (match: RegExpMatchArray, target: OutgoingText, view: CaseView, ctx: CheckContext) => boolean;
  /** Groups holding the part to redact, first found wins ("born on 3 May 1980" -> the date). */
  groups?: number[];
  /**
   * Why this match is a judgement for the officer rather than a leak (a senior officer signing in an
   * official capacity): the finding becomes a warning carrying this sentence, and never blocks.
   */
  judgement?: (match: RegExpMatchArray, target: OutgoingText, view: CaseView, ctx: CheckContext) => string | undefined;
}

/**
 * A rule that finds one kind of personal data by pattern in every outgoing text. The pattern sees the
 * folded text (no zero-width characters, look-alike letters as Latin, NFKC, no accents); the finding
 * reports and redacts the original characters behind the match.
 */
export function personalDataRule(spec: PersonalDataPattern): Rule {
  return {
    id: spec.id,
    summary: spec.summary,
    check(view, ctx) {
      const out = [];
      for (const target of outgoingTexts(view, ctx)) {
        const folded = target.folded();
        const seen: OutgoingText = { ...target, text: folded.text };
        for (const m of folded.text.matchAll(spec.pattern)) {
          if (spec.keep && !spec.keep(m, seen, view, ctx)) continue;
          const part = spec.groups ? spec.groups.map((g) => m[g]).find(Boolean) : m[0];
          if (!part) continue;
          const start = (m.index ?? 0) + m[0].indexOf(part);
          const { from, to } = originalRange(folded, start, start + part.length);
          out.push(personalDataFinding(view, ctx, spec.id, target, from, to, spec.what, spec.judgement?.(m, seen, view, ctx)));
        }
      }
      return out;
    },
  };
}
