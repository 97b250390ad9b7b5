import { startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** Rows drawn with the case screen itself: more than a window shows below the case's panels. */
export const FIRST_ROWS = 12;

/**
 * How many of a long list's rows to draw now. A 200-question case opens with its first rows (and the
 * one the officer comes back to) drawn at once; the rest follow in a transition, which React draws in
 * slices that give way to input, so the first answer can be opened while they are drawn (issue 13).
 * `mustShow` (read once) counts the rows that must be drawn at once. `showAll` draws every row at once, for a jump (Go to, Alt+↓, a finding's Go to) to one not yet drawn.
 */
export function useRowsInStages(total: number, mustShow: () => number): { limit: number; showAll: () => void } {
  const [limit, setLimit] = useState(() => Math.max(FIRST_ROWS, mustShow() + FIRST_ROWS / 2));
  const rest = limit < total;
  useEffect(() => {
    if (rest) startTransition(() => setLimit(Infinity));
  }, [rest]);
  const showAll = useCallback(() => {
    if (rest) flushSync(() => setLimit(Infinity));
  }, [rest]);
  return { limit, showAll };
}
