import { describe, expect, it } from 'vitest';
import { oneAnswer, runRule } from '../ruleHarness';
import { lateResponse } from './lateResponse';

// Received Wednesday 1 May 2024: day 20 is Friday 31 May (the 6 May and 27 May bank holidays skipped).
describe('late-response', () => {
  it('warns when sent after the due date', () => {
    const f = runRule(lateResponse, oneAnswer(['Yes.'], {}, { received: '2024-05-01', sent: '2024-06-04' }));
    expect(f).toMatchObject([{ severity: 'warning' }]);
    expect(f[0]?.message).toMatch(/2 working days after the due date of Friday 31 May 2024/);
  });
  it('is quiet on time, and when a valid extension covers the date', () => {
    expect(runRule(lateResponse, oneAnswer(['Yes.'], {}, { received: '2024-05-01', sent: '2024-05-31' }))).toEqual([]);
    expect(runRule(lateResponse, oneAnswer(['Yes.'], {}, { received: '2024-05-01', sent: '2024-06-04', clock: { publicInterestExtensionDays: 10 } }))).toEqual([]);
  });
  it('warns before sending when the due date has passed', () => {
    expect(runRule(lateResponse, oneAnswer(['Yes.'], {}, { received: '2024-05-01' }), { today: '2024-06-03' })).toHaveLength(1);
  });
});
