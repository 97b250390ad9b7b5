// Pastes arrive from Outlook, Word and PDF viewers, each with its own line endings, invisible characters and
// glyph artefacts. Everything downstream works on clean, trimmed lines with single spaces, so that the label
// and phrase patterns can stay simple and anchored.

const LINE_BREAKS = /\r\n?|[\u2028\u2029\u000B\u000C\u0085]/g;
// A soft hyphen at a line end is a word the PDF broke for layout: the word is whole again without it.
const SOFT_HYPHEN_BREAK = /\u00AD[ \t]*\n[ \t]*/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// "ï" and "¶" are Symbol/Wingdings bullets and pilcrows that PDF text extraction leaves behind as standalone
// tokens ("1. Contact Centre ï", "¶ IOPC telephony"). Only standalone ones go: "naïve" keeps its letter.
const GLYPH_ARTEFACT = /(^|\s)[ï¶](?=\s|$)/gm;
const MULTI_SPACE = / {2,}/g;

/** Splits pasted text into trimmed lines with collapsed whitespace; blank lines are kept as '' (they mark paragraphs). */
export function normaliseLines(text: string): string[] {
  const cleaned = text
    .replace(LINE_BREAKS, '\n')
    .replace(SOFT_HYPHEN_BREAK, '')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(GLYPH_ARTEFACT, '$1');
  return cleaned.split('\n').map((line) => line.replace(MULTI_SPACE, ' ').trim());
}
