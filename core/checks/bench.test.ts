import { expect, it } from 'vitest';
import { benchCase, benchContext } from './bench';
import { checkCase } from './checkCase';

// `npm run bench` times the checks over this case (target: under 50 ms, as the officer types). The
// figure means something only if the case is the size claimed and the rules find things in it.
it("the bench's case has 200 questions and trips the rules, so the figure measures real work", () => {
  const c = benchCase();
  expect(c.questions).toHaveLength(200);
  const findings = checkCase(c, benchContext);
  expect(findings.some((f) => f.message.includes('Jordan Example') || f.excerpt?.includes('Jordan Example'))).toBe(true);
});
