import type { CaseView } from './caseView';
import type { CheckContext } from './context';
import { outgoingTexts, personalDataFinding, type OutgoingText } from './publishedText';
import type { Rule } from './rule';

export interface PersonalDataPattern {
  id: string;
  summary: string;
  /** Must carry the g flag. */
  pattern: RegExp;
  /** How the message names what was found: "an email address". */
  what: string;
  /** False to let a match through (the organisation's own address, a reference number). */
  keep?: (match: RegExpMatchArray, target: OutgoingText, view: CaseView, ctx: CheckContext) => boolean;
  /** Groups holding the part to redact, first found wins ("born on 3 May 1980" -> the date). */
  groups?: number[];
}

/** A rule that finds one kind of personal data by pattern in every outgoing text. */
export function personalDataRule(spec: PersonalDataPattern): Rule {
  return {
    id: spec.id,
    summary: spec.summary,
    check(view, ctx) {
      const out = [];
      for (const target of outgoingTexts(view, ctx)) {
        for (const m of target.text.matchAll(spec.pattern)) {
          if (spec.keep && !spec.keep(m, target, view, ctx)) continue;
          const part = spec.groups ? spec.groups.map((g) => m[g]).find(Boolean) : m[0];
          if (!part) continue;
          const from = (m.index ?? 0) + m[0].indexOf(part);
          out.push(personalDataFinding(view, ctx, spec.id, target, from, from + part.length, spec.what));
        }
      }
      return out;
    },
  };
}
