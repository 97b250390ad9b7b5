// A follow-up email carries the earlier correspondence under it: "On Mon, 3 Jun 2024 at 10:15, X wrote:",
// Outlook's "-----Original Message-----" or its "From: … Sent: … To: … Subject:" block, and "> " lines.
// The officer keeps it in the request text as context, but the questions asked then (often the authority's
// own reply, or the original request) are not this message's questions, so the split never sees them.

// "On Mon, 3 Jun 2024 at 10:15, Jo Bloggs <jo@example.org> wrote:"; mail programs often break it after the
// address, so the "wrote:" may be the start of the next line.
const ON_WROTE = /^On \S.{4,200}\bwrote:$/;
const ON_OPEN = /^On (?:mon|tue|wed|thu|fri|sat|sun|\d{1,2}[ /]).{4,200}$/i;
const WROTE_ALONE = /^wrote:$/i;
const SEPARATOR = /^-{2,}\s*(?:original message|forwarded message|begin forwarded message|reply message)\s*-{2,}$|^begin forwarded message:$|^_{10,}$/i;
// Outlook's header block: "From:" then, within the next few lines, "Sent:" or "Date:" and "Subject:".
const FROM = /^(?:\*?from:\*?)\s+\S/i;
const SENT_OR_DATE = /^(?:\*?(?:sent|date):\*?)\s+\S/i;
const SUBJECT = /^(?:\*?subject:\*?)/i;
const HEADER_LINE = /^\*?(?:from|sent|date|to|cc|bcc|subject|importance):\*?(?:\s|$)/i;
const QUOTED = /^>/;
const HEADER_WINDOW = 6;
const MARKER_FIRST = new Set(['O', '-', '_', 'B', 'b', 'F', 'f', '*']);

/** How many lines the quote marker at `index` takes (0 when there is none). */
function markerLength(lines: string[], index: number): number {
  const line = lines[index] ?? '';
  // Every marker starts with one of these; most lines are turned away after one comparison.
  if (!MARKER_FIRST.has(line.charAt(0))) return 0;
  if (ON_WROTE.test(line) || SEPARATOR.test(line)) return 1;
  if (ON_OPEN.test(line) && WROTE_ALONE.test(lines[index + 1] ?? '')) return 2;
  if (FROM.test(line)) {
    const window = lines.slice(index + 1, index + HEADER_WINDOW);
    if (!window.some((l) => SENT_OR_DATE.test(l)) || !window.some((l) => SUBJECT.test(l))) return 0;
    let end = index + 1;
    while (end < lines.length && HEADER_LINE.test(lines[end] ?? '')) end += 1;
    return end - index;
  }
  return 0;
}

/**
 * The lines of this message only: quoted lines ("> …") dropped, and everything from the first quote marker
 * on. A marker with nothing but blank lines above it is a forwarded request: its header goes, the request
 * under it stays. A message that is all quoted lines is read without its quote marks.
 */
export function withoutQuotedCorrespondence(lines: string[]): string[] {
  const content = lines.filter((line) => line !== '');
  if (content.length > 0 && content.every((line) => QUOTED.test(line))) {
    return lines.map((line) => line.replace(/^(?:>\s?)+/, '').trim());
  }
  const kept: string[] = [];
  let seenContent = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (QUOTED.test(line)) continue;
    const length = markerLength(lines, i);
    if (length > 0) {
      if (seenContent) break;
      i += length - 1;
      continue;
    }
    if (line !== '') seenContent = true;
    kept.push(line);
  }
  return kept;
}
