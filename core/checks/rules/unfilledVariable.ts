import { insideClause } from '../caseView';
import { finding, type Rule } from '../rule';

// Rests on FOIA s17(1)(c) (FOISA s16(1)(d)): a clause left with a blank gives no reason at all.

// What fillClause shows for an unfilled variable ("[factors for]"), or a template pasted unfilled ("{{reason}}").
const MARKER = /\{\{\s*[a-z][\w.]*\s*\}\}|\[(?!insert\b|name\]|redacted\]|sic\]|personal data removed\])[a-z][a-z ]{1,40}\]/g;

export const unfilledVariable: Rule = {
  id: 'unfilled-variable',
  summary: 'A clause still has a blank to fill',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      for (const cl of a.clauses) {
        if (cl.missing.length === 0) continue;
        const names = cl.missing.map((m) => `"${m.replace(/_/g, ' ')}"`).join(', ');
        out.push(finding(view, this.id, 'error', `The clause "${cl.clauseId}" still has ${cl.missing.length > 1 ? 'blanks' : 'a blank'} to fill: ${names}. Open the clause and fill ${cl.missing.length > 1 ? 'them' : 'it'} in.`, { answer: a, from: cl.from, to: cl.to }));
      }
      for (const m of a.text.matchAll(MARKER)) {
        const from = m.index ?? 0;
        if (insideClause(a, from)) continue;
        out.push(finding(view, this.id, 'error', `"${m[0]}" is a blank left from a template. Replace it with the real wording.`, { answer: a, from, to: from + m[0].length }));
      }
    }
    return out;
  },
};
