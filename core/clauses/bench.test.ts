import { describe, expect, it } from 'vitest';
import { benchPalette, syntheticClauses } from './bench';
import { clauseSchema } from './clauseSchema';

describe('benchPalette', () => {
  it('measures a valid synthetic library of 1,000 clauses', () => {
    const clauses = syntheticClauses(1000);
    for (const clause of clauses.slice(0, 50)) expect(clauseSchema.safeParse(clause).success).toBe(true);
    const figures = benchPalette(clauses, 1);
    expect(figures.clauses).toBe(1000);
    expect(figures.keystrokes).toBeGreaterThan(50);
    // Generous: a keystroke must stay far below a frame even on a slow CI machine.
    expect(figures.p95Ms).toBeLessThan(50);
  });
});
