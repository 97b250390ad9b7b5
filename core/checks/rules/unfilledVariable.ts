import { letterPartsOf } from '../../model';
import { richToPlainText } from '../../editor/plainText';
import { collectClauses, type CaseView, type ClauseInAnswer } from '../caseView';
import type { Finding, SettingsField } from '../finding';
import { finding, type At, type Rule } from '../rule';

// Rests on FOIA s17(1)(c) (FOISA s16(1)(d)): a clause left with a blank gives no reason at all.

// What fillClause shows for an unfilled variable ("[factors for]"), or a template pasted unfilled ("{{reason}}").
const MARKER = /\{\{\s*[a-z][\w.]*\s*\}\}|\[(?!insert\b|name\]|redacted\]|sic\]|personal data removed\])[a-z][a-z ]{1,40}\]/g;

/**
 * A clause blank filled from Settings is put right there, not in the clause: the message names the
 * setting in words (never `org.reviewAddress`) and its fix opens Settings at that field.
 */
const FROM_SETTINGS: Readonly<Record<string, { field: SettingsField; words: string }>> = {
  'org.name': { field: 'name', words: "organisation's name" },
  'org.shortName': { field: 'shortName', words: "organisation's short name" },
  'org.contactEmail': { field: 'contactEmail', words: 'contact email' },
  'org.reviewAddress': { field: 'reviewAddress', words: 'review address' },
  'org.costLimit': { field: 'costTier', words: 'cost limit' },
  'org.costHours': { field: 'costTier', words: 'cost limit' },
};
const CASE_WORDS: Readonly<Record<string, string>> = { 'case.ref': "case's reference", 'case.received': 'date the request was received' };

export const unfilledVariable: Rule = {
  id: 'unfilled-variable',
  summary: 'A clause still has a blank to fill',
  check(view, ctx) {
    const out: Finding[] = [];
    for (const a of view.answers) {
      out.push(...blanksIn(view, this.id, a, { where: (title) => `the clause "${title}"`, base: { answer: a }, at: (from, to) => ({ answer: a, from, to }) }));
    }
    // The closing section prints in the letter only (never in the log), so it is the letter's to check.
    const closing = letterPartsOf(view.c).closing;
    if (closing && ctx.purpose === 'send') {
      const text = richToPlainText(closing);
      const source = { text, clauses: collectClauses(closing, text) };
      out.push(...blanksIn(view, this.id, source, { where: (title) => `the closing section's clause "${title}"`, base: {}, at: (from, to) => ({ excerpt: text.slice(from, to) }), closing: true }));
    }
    return out;
  },
};

interface Source {
  text: string;
  clauses: ClauseInAnswer[];
}

interface Place {
  /** How a message names the clause: in an answer, or in the letter's closing section. */
  where: (title: string) => string;
  /** What every finding from here is tied to: the answer, or nothing (the closing section). */
  base: At;
  at: (from: number, to: number) => At;
  closing?: boolean;
}

function blanksIn(view: CaseView, ruleId: string, source: Source, place: Place): Finding[] {
  const out: Finding[] = [];
  const { where } = place;
  for (const cl of source.clauses) {
    const own = cl.missing.filter((m) => !FROM_SETTINGS[m]);
    const settings = [...new Map(cl.missing.filter((m) => FROM_SETTINGS[m]).map((m) => [FROM_SETTINGS[m]!.field, FROM_SETTINGS[m]!])).values()];
    for (const s of settings) {
      const needs = place.closing ? `the closing section needs it (clause "${cl.title}")` : `the clause "${cl.title}" needs it`;
      out.push(
        // No excerpt: the clause is in view above, and the fix is in Settings, not in its words.
        finding(view, ruleId, 'error', `Fill in the ${s.words} in Settings: ${needs}. Then choose Edit values on the clause to bring it in.`, {
          ...place.base,
          fix: { kind: 'open-settings', field: s.field, label: `Fill in the ${s.words}` },
        }),
      );
    }
    if (own.length === 0) continue;
    const names = own.map((m) => `"${CASE_WORDS[m] ?? m.replace(/_/g, ' ')}"`).join(', ');
    const subject = where(cl.title);
    out.push(finding(view, ruleId, 'error', `${subject.charAt(0).toUpperCase()}${subject.slice(1)} still has ${own.length > 1 ? 'blanks' : 'a blank'} to fill: ${names}. Choose Edit values on the clause and fill ${own.length > 1 ? 'them' : 'it'} in.`, place.at(cl.from, cl.to)));
  }
  for (const m of source.text.matchAll(MARKER)) {
    const from = m.index ?? 0;
    if (source.clauses.some((cl) => from >= cl.from && from < cl.to)) continue;
    const inClosing = place.closing ? ' in the closing section' : '';
    out.push(finding(view, ruleId, 'error', `"${m[0]}" is a blank left from a template${inClosing}. Replace it with the real wording.`, place.at(from, from + m[0].length)));
  }
  return out;
}
