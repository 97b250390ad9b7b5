/** A stretch of an answer's plain text. */
export interface Span {
  from: number;
  to: number;
  text: string;
}

const BOUNDARY = /[.!?](?=\s)|\n/g;

/** Sentences and lines: a heading on its own line counts as one, which is how officers lay out a PIT. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + 1;
    push(text, start, end, out);
    start = end;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, from: number, to: number, out: Span[]) {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ from: from + lead, to: from + lead + trimmed.length, text: trimmed });
}

/** The sentence holding an offset, with `radius` sentences either side. */
export function sentencesAround(all: readonly Span[], from: number, radius = 0): Span {
  let i = all.findIndex((s) => from < s.to);
  if (i === -1) i = all.length - 1;
  const first = all[Math.max(0, i - radius)];
  const last = all[Math.min(all.length - 1, i + radius)];
  if (!first || !last) return { from: 0, to: 0, text: '' };
  return { from: first.from, to: last.to, text: all.slice(Math.max(0, i - radius), i + radius + 1).map((s) => s.text).join(' ') };
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
