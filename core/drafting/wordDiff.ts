/**
 * The differences between two texts, word by word: what an answer's History shows between a kept
 * version and the text as it is now. Myers' algorithm over tokens (words, runs of spaces, single
 * punctuation marks), so a changed figure shows as one word replaced, not a line.
 */

export type DiffKind = 'same' | 'added' | 'removed';

export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Words (letters, digits, apostrophes and inner hyphens) and any other single character, each with the white space after it. */
export function diffTokens(text: string): string[] {
  return text.match(/^\s+|(?:[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s])\s*/gu) ?? [];
}

/**
 * The parts that turn `before` into `after`, in order: unchanged text, text removed from `before`,
 * text added in `after`. Where a word is replaced, the removal comes before the addition. Adjacent
 * parts of one kind are joined. Words are compared without the spaces after them, so a sentence's
 * spaces never line up instead of its words; a change of spacing alone shows as spacing removed or added.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const ta = diffTokens(before);
  const tb = diffTokens(after);
  const a = ta.map(word);
  const b = tb.map(word);
  // The common start and end are the usual case (a few words changed): keep the search to the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffKind, text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  const same = () => {
    const x = ta[i++]!;
    const y = tb[j++]!;
    const w = word(x);
    push('same', w);
    const sx = x.slice(w.length);
    const sy = y.slice(w.length);
    if (sx === sy) push('same', sx);
    else {
      push('removed', sx);
      push('added', sy);
    }
  };
  while (i < start) same();
  for (const op of middle(a.slice(start, endA), b.slice(start, endB))) {
    if (op === 'same') same();
    else if (op === 'removed') push('removed', ta[i++]!);
    else push('added', tb[j++]!);
  }
  while (i < ta.length) same();
  return tidy(parts);
}

/** A token without its trailing white space; a run of leading white space is the empty word. */
const word = (token: string) => token.replace(/\s+$/u, '');

/** Myers' O(ND) shortest edit script, tracing back through the saved frontiers. */
function middle(a: string[], b: string[]): DiffKind[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map(() => 'added');
  if (m === 0) return a.map(() => 'removed');
  const max = n + m;
  const offset = max;
  let v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  trace.push(v);
  // Walk back from the end: each step is a diagonal run (same), then one insertion or deletion.
  const ops: DiffKind[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    const prev = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1]! < prev[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : prev[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('same');
      x--;
      y--;
    }
    if (d === 0) break;
    ops.push(down ? 'added' : 'removed');
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push('same');
    x--;
    y--;
  }
  return ops.reverse();
}

/**
 * Reads better as "removed old words, added new words": a lone space left unchanged between two
 * changes joins them, and within each run of changes the removal is put before the addition.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = added = '';
  };
  parts.forEach((p, i) => {
    const between = p.kind === 'same' && /^[ \t]+$/.test(p.text) && (removed || added) && parts[i + 1] && parts[i + 1]!.kind !== 'same';
    if (p.kind === 'removed' || between) removed += p.text;
    if (p.kind === 'added' || between) added += p.text;
    if (p.kind === 'same' && !between) {
      flush();
      const last = out[out.length - 1];
      if (last && last.kind === 'same') last.text += p.text;
      else out.push({ kind: 'same', text: p.text });
    }
  });
  flush();
  return out;
}

/** Both texts back from the parts: `before` from same + removed, `after` from same + added. */
export function diffSides(parts: readonly DiffPart[]): { before: string; after: string } {
  return {
    before: parts.filter((p) => p.kind !== 'added').map((p) => p.text).join(''),
    after: parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join(''),
  };
}
