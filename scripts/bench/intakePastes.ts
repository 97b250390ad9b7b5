// Timings of the intake split on huge and hostile pastes, moved here from the unit tests: a budget
// belongs to the bench, where one machine measures it in one run, not to `npm test` on a busy CI box.
import { splitRequest } from '../../core/intake';
import { DENSE_LISTS, MEGABYTE, hugePastes, sized } from '../../core/intake/testing/hostilePastes';

export interface PasteFigure {
  name: string;
  ms: number;
  questions: number;
  /** For the dense lists: time for 1 MB over time for 256 KB; near 4 when the split is linear. */
  growth?: number;
}

function bestOf(runs: number, text: string): { ms: number; questions: number } {
  let best = Infinity;
  let questions = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    questions = splitRequest(text).length;
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, questions };
}

export function benchHostilePastes(): PasteFigure[] {
  const figures: PasteFigure[] = [];
  for (const [name, text] of hugePastes()) {
    splitRequest(text.slice(0, 65_536)); // warm-up, as the officer's earlier pastes would have done
    figures.push({ name, ...bestOf(2, text) });
  }
  for (const [name, unit] of DENSE_LISTS) {
    const quarter = bestOf(2, sized(unit, MEGABYTE / 4));
    const full = bestOf(2, sized(unit, MEGABYTE));
    figures.push({ name: `1 MB with ${name}`, ...full, growth: Math.round((full.ms / quarter.ms) * 10) / 10 });
  }
  return figures;
}
