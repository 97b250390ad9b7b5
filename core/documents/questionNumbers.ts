/**
 * Question numbers are stored canonically ("1.g", "2.a", "3"); readers write them run together
 * ("1g", "2a–c"), the way published logs do.
 */

export function numberParts(number: string): string[] {
  return number.split('.').filter((p) => p !== '');
}

export function parentNumber(number: string): string {
  return numberParts(number).slice(0, -1).join('.');
}

const isDigits = (s: string) => /^\d+$/.test(s);

/** "1.g" -> "1g", "1.2" -> "1.2", "2.a.ii" -> "2a.ii": a dot only where two parts would run into one. */
export function compactNumber(number: string): string {
  const parts = numberParts(number);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const prev = parts[i - 1]!;
    const part = parts[i]!;
    const clash = isDigits(prev) === isDigits(part);
    out += (clash ? '.' : '') + part;
  }
  return out;
}

/**
 * "1g, 2a–c, 3a–b" for the questions one answer covers. A range joins questions that sit next to
 * each other under the same parent in the request, so a gap the requester left (1a, 1c) is kept.
 */
export function coversLabel(covered: string[], allNumbers: string[]): string {
  const siblingIndex = new Map<string, number>();
  const seenPerParent = new Map<string, number>();
  for (const n of allNumbers) {
    const parent = parentNumber(n);
    const i = seenPerParent.get(parent) ?? 0;
    siblingIndex.set(n, i);
    seenPerParent.set(parent, i + 1);
  }
  const order = new Map(allNumbers.map((n, i) => [n, i]));
  const sorted = [...new Set(covered)].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));

  const runs: string[][] = [];
  for (const n of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const adjacent =
      last !== undefined &&
      parentNumber(last) === parentNumber(n) &&
      (siblingIndex.get(n) ?? -1) === (siblingIndex.get(last) ?? -3) + 1;
    if (run && adjacent) run.push(n);
    else runs.push([n]);
  }
  return runs
    .map((run) => {
      const first = run[0]!;
      if (run.length === 1) return compactNumber(first);
      const lastPart = numberParts(run[run.length - 1]!).at(-1) ?? '';
      return `${compactNumber(first)}–${lastPart}`;
    })
    .join(', ');
}

export interface PrintedLabel {
  label: string;
  /** True when the label carries the whole number ("1a."), so it prints at the left margin. */
  fullNumber: boolean;
}

/**
 * The label a reader sees before a question. The requester's own "a)" reads right only under a row
 * that shows its parent number ("1." or a "1. Fleet" heading). Where no row holds the parent number (an
 * imported bundle, a request split without headings), "a)" would stand alone, and 1.a and 2.a would
 * both read "a)": so print the whole number, "1a." and "2a.".
 */
export function printedLabel(q: { number: string; label: string }, rowNumbers: ReadonlySet<string>): PrintedLabel {
  const parts = numberParts(q.number);
  const parent = parentNumber(q.number);
  if (parts.length > 1 && !rowNumbers.has(parent)) return { label: `${compactNumber(q.number)}.`, fullNumber: true };
  return { label: q.label.trim() || `${parts.at(-1) ?? q.number}.`, fullNumber: false };
}
