/**
 * One stylesheet for the preview and the letter's printed PDF; the log's PDF writer follows its
 * numbers in points (electron/services/pdf/pdfStyles.ts: change the two together). Liberation Sans
 * is metrically Arial and is what Debian's Chromium embeds; Arial and Carlito cover Windows and other
 * machines. Page furniture (running header, "Page X of Y") uses @page margin boxes, which Chromium
 * prints since version 131, so the app's printToPDF and the CLI's printer print the same pages.
 */
export function cssString(text: string): string {
  // Inside <style>, "</style>" ends the stylesheet wherever it stands, even within a CSS string: so
  // '<' and '>' are escaped as well as what CSS itself needs (quotes, backslash, line breaks, controls).
  // A CSS hex escape ends at its trailing space, which the string does not keep.
  const escaped = text.replace(/[\r\n]+/g, ' ').replace(/[\\"'<>&\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `);
  return `"${escaped}"`;
}

/** What a draft for sign-off says at the top of every page, in the PDF and the DOCX alike. */
export const DRAFT_HEADER = 'DRAFT — not for sending';

/**
 * A draft's watermark: fixed elements repeat on every printed page in Chromium. Behind the text and
 * light enough to keep it readable (the words are also in the header, so it is never colour alone).
 */
export function draftCss(): string {
  return `
.draft-watermark { position: fixed; top: 50%; left: 50%; transform: translate(-50%, -50%) rotate(-35deg); font-size: 110pt; font-weight: bold; letter-spacing: 0.1em; color: rgba(11, 12, 12, 0.1); z-index: -1; pointer-events: none; white-space: nowrap; }
.draft-banner { border: 2px solid #0b0c0c; padding: 0.3em 0.6em; font-weight: bold; margin-bottom: 1.2em; }
`;
}

export function printCss(runningHeader: string): string {
  return `
@page {
  size: A4;
  margin: 22mm 20mm 22mm 20mm;
  @top-left { content: ${cssString(runningHeader)}; font: 9pt 'Liberation Sans', Arial, Carlito, sans-serif; color: #505a5f; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt 'Liberation Sans', Arial, Carlito, sans-serif; color: #505a5f; vertical-align: top; padding-top: 4mm; }
}
html { font-family: 'Liberation Sans', Arial, Carlito, sans-serif; font-size: 11pt; line-height: 1.45; color: #0b0c0c; background: #fff; }
body { margin: 0; }
main { max-width: 46em; margin: 0 auto; padding: 1.5em 1.25em 3em; }
h1, h2, h3, h4 { line-height: 1.25; margin: 1.2em 0 0.4em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 20pt; margin-top: 0; }
h2 { font-size: 15pt; }
h3 { font-size: 12.5pt; }
h4 { font-size: 11pt; }
p { margin: 0 0 0.6em; }
a { color: #1d5ea8; text-decoration: underline; }
a:focus { outline: 3px solid #ffdd00; outline-offset: 0; background: #ffdd00; color: #0b0c0c; }
ul, ol { margin: 0 0 0.6em; padding-left: 1.6em; }
li > p { margin: 0 0 0.2em; }
/* An answer's list item of one paragraph is written without it (answerHtml.ts): the item keeps its spacing. */
.answer li, .closing li { margin: 0 0 0.2em; }
.answer li > p:last-child, .closing li > p:last-child { margin-bottom: 0; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em; width: 100%; }
th, td { border: 1px solid #505a5f; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
th p, td p { margin: 0; }
tr, img { break-inside: avoid; }
.publisher { font-size: 12pt; margin-top: -0.2em; }
.contents { margin: 0.6em 0 1em; }
.contents ul { list-style: disc; }
.note { border-left: 4px solid #b1b4b6; padding-left: 0.8em; }
.entry { border-top: 1px solid #b1b4b6; margin-top: 1.6em; padding-top: 0.2em; }
.entry > h2 { margin-top: 0.6em; }
.ref { font-weight: bold; }
.question { font-weight: bold; margin: 0.5em 0 0.3em; }
.question, .section-line { padding-left: 2.2em; text-indent: -2.2em; }
.depth-1 { margin-left: 1.2em; }
.depth-2 { margin-left: 2.4em; }
.depth-3 { margin-left: 3.6em; }
.section-line { font-weight: bold; margin: 0.6em 0 0.3em; }
.covers { font-style: italic; margin-top: 0.8em; }
.answer { margin: 0 0 0.9em 1.2em; }
.unanswered { font-style: italic; color: #505a5f; }
.back { margin-top: 0.8em; break-before: avoid; page-break-before: avoid; }
.letter h1 { font-size: 15pt; }
.letterhead { display: flex; justify-content: space-between; gap: 1em; align-items: flex-start; margin-bottom: 1.5em; }
.letterhead .org { text-align: right; }
.letterhead .org-name { font-size: 14pt; font-weight: bold; margin: 0; }
.letterhead img { max-height: 22mm; max-width: 60mm; }
.meta p { margin: 0; }
.addressee { margin: 1.2em 0; }
.sign-off { margin-top: 1.4em; }
@media print {
  main { max-width: none; padding: 0; }
  a { color: #1d5ea8; }
}
`;
}
