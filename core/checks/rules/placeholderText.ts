import { finding, type Rule } from '../rule';

// Rests on FOIA s1(1)(b) (FOISA s1(1)): the requester is owed the information itself, not a draft with blanks.

// Drafting marks officers leave for themselves. Upper-case XX only: "xx" in lower case turns up in
// ordinary text (hex, codes) far less than the editor's own "XX" for a number still to come.
const PLACEHOLDER = /\[insert[^\]\n]{0,60}\]?|\bTBC\b|\bX{2,}\b|\bx{3,}\b|\[name\]|\?{3,}/gi;
const UPPER_ONLY = /^(?:tbc|xx)$/i;

export const placeholderText: Rule = {
  id: 'placeholder-text',
  summary: 'A drafting placeholder is left in the text',
  check(view, ctx) {
    const out = [];
    for (const a of view.answers) {
      for (const m of a.text.matchAll(PLACEHOLDER)) {
        if (UPPER_ONLY.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
        const from = m.index ?? 0;
        out.push(finding(view, this.id, 'error', `"${m[0]}" looks like a placeholder left while drafting. Replace it with the real wording or figure.`, { answer: a, from, to: from + m[0].length }));
      }
    }
    if (ctx.purpose === 'publish') {
      for (const [where, text] of [['title', view.c.title], ['summary', view.c.summary]] as const) {
        for (const m of text.matchAll(PLACEHOLDER)) {
          if (UPPER_ONLY.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
          out.push(finding(view, this.id, 'error', `The case ${where} has "${m[0]}", a placeholder left while drafting. Replace it before publishing.`, { excerpt: m[0] }));
        }
      }
    }
    return out;
  },
};
