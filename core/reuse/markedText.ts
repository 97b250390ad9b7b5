import type { SearchTerm } from './searchQuery';

/**
 * Matching words in context, as data rather than HTML. SQLite's snippet() wraps each match in two
 * private-use characters (never typed, and removed from the text first); the text is then cut into
 * plain segments the window renders as text nodes, a match inside <mark>. Nothing from a case is ever
 * read as markup.
 */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
/** Where snippet() left text out. */
export const ELLIPSIS = '…';

export interface TextSegment {
  text: string;
  mark: boolean;
}

const MARKERS = /[\uE000\uE001]/g;

/** Text with any marker characters taken out, before snippet() adds its own. */
export function withoutMarkers(text: string): string {
  return text.replace(MARKERS, '');
}

/** Marked text cut into segments; an unclosed mark runs to the end. Empty segments are dropped. */
export function markedSegments(marked: string): TextSegment[] {
  const out: TextSegment[] = [];
  let mark = false;
  let text = '';
  const flush = () => {
    if (text) out.push({ text, mark });
    text = '';
  };
  for (const ch of marked) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      flush();
      mark = ch === MARK_OPEN;
    } else text += ch;
  }
  flush();
  return out;
}

/** Segments as plain text for a terminal: matches in [brackets]. */
export function segmentsAsText(segments: readonly TextSegment[]): string {
  return segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
}

/**
 * A title with the searched words marked, whole words or (for a prefix term) their starts: the list's
 * title index keeps no text to take a snippet from, on either engine.
 */
export function markedTitle(title: string, terms: readonly SearchTerm[]): TextSegment[] {
  const words = terms.flatMap((t) => t.words.map((w) => ({ w, prefix: t.kind === 'prefix' })));
  const out: TextSegment[] = [];
  let last = 0;
  for (const m of title.matchAll(/[\p{L}\p{N}]+/gu)) {
    const lower = m[0].toLowerCase();
    if (!words.some(({ w, prefix }) => (prefix ? lower.startsWith(w) : lower === w))) continue;
    if (m.index > last) out.push({ text: title.slice(last, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < title.length) out.push({ text: title.slice(last), mark: false });
  return out;
}
