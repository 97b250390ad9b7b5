/**
 * The bench steps' shared arithmetic: a call timed to its answer, runs one after another, the 95th
 * percentile and two decimals. One copy, so every figure in `npm run bench` is counted the same way.
 */

/** The value that p% of the runs come in at or under (nearest rank); 0 when there were none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The value that 95% of the runs come in at or under. */
export function p95(values: readonly number[]): number {
  return percentile(values, 95);
}

/** The time a call takes to its answer (the service answers with a promise, on either engine). */
export async function timed(fn: () => unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** `n` timings, one after another: never overlapping, so each is the call alone. */
export async function timedRuns(n: number, fn: (i: number) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) times.push(await timed(() => fn(i)));
  return times;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
