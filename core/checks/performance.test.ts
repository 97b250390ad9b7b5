import { expect, it } from 'vitest';
import { benchCase, benchChecks, benchContext } from './bench';
import { checkCase } from './checkCase';

// Checks run as the officer types, so a long response must check well inside a frame or two.
it('checks a 200-question case in under 50 ms', () => {
  expect(benchCase().questions).toHaveLength(200);
  expect(checkCase(benchCase(), benchContext).length).toBeGreaterThan(0);
  const ms = benchChecks(7);
  console.log(`checkCase over 200 questions: ${ms.toFixed(1)} ms`);
  expect(ms).toBeLessThan(50);
});
