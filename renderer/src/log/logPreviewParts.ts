/**
 * The month's log HTML (core/documents/logHtml.ts) cut into what the preview draws at once (the head's
 * styles, the title, the contents list and the note, with an empty <main> after them) and its entries,
 * each one `<section class="entry">`, drawn a few at a time (issue 13: 328 entries parsed and laid out
 * in one go held the page for 150 ms and more).
 *
 * A plain cut of the text, no parse: every piece of case text in that HTML is escaped, so the entry
 * marker can only be the log's own markup. HTML without entries (a letter, an empty month) gives null,
 * and is drawn whole as before.
 */
export interface LogPreviewParts {
  /** The document with its entries taken out: <main> holds the title, contents and note only. */
  frame: string;
  /** Each entry's HTML, in publication order. */
  entries: string[];
}

const ENTRY_START = '<section class="entry"';
const MAIN_END = '</main>';

export function logPreviewParts(html: string): LogPreviewParts | null {
  const first = html.indexOf(ENTRY_START);
  const end = html.lastIndexOf(MAIN_END);
  if (first < 0 || end < first) return null;
  const entries = html
    .slice(first, end)
    .split(ENTRY_START)
    .slice(1)
    .map((rest) => ENTRY_START + rest);
  return { frame: html.slice(0, first) + html.slice(end), entries };
}
