import type { TextSegment } from '../../../core/reuse/markedText';

/**
 * Words in context from a search, the matches in <mark>. Every segment is a React text node: what a
 * case says is never read as markup, whatever it contains.
 */
export function MarkedText({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
