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

// The late rule follows the time limit the case runs under (SI 2004/3364, SI 2010/2768) and the fee pause.
describe('late-response under a varied time limit or a fee pause', () => {
  it('follows a school\'s 20 school days: a response in September to a July request can be on time', () => {
    // Received Mon 1 Jul 2024; summer closure 22 Jul to 3 Sep; the 20th school day is Thu 12 Sep.
    const request = oneAnswer(['Yes.'], {}, { received: '2024-07-01', sent: '2024-09-12' });
    const school = { timeLimitVariations: ['school' as const], schoolClosures: [{ from: '2024-07-22', to: '2024-09-03', name: 'Summer' }] };
    expect(runRule(lateResponse, request, { organisation: school })).toEqual([]);
    expect(runRule(lateResponse, request)).toHaveLength(1);
  });

  it('gives a transferred public record 30 working days', () => {
    // Day 20 is Fri 31 May 2024, day 30 Fri 14 Jun.
    const clock = { timeLimitVariation: 'transferred-public-record' as const };
    expect(runRule(lateResponse, oneAnswer(['Yes.'], {}, { received: '2024-05-01', sent: '2024-06-14', clock }))).toEqual([]);
    expect(runRule(lateResponse, oneAnswer(['Yes.'], {}, { received: '2024-05-01', sent: '2024-06-17', clock }))).toHaveLength(1);
  });

  it('does not count the working days a fee was awaited', () => {
    // Notice Mon 20 May, fee Fri 24 May: five working days set aside, so due Fri 7 Jun, not Fri 31 May.
    const clock = { feeNoticeGiven: '2024-05-20', feeReceived: '2024-05-24' };
    expect(runRule(lateResponse, oneAnswer(['Yes.'], {}, { received: '2024-05-01', sent: '2024-06-07', clock }))).toEqual([]);
    const late = runRule(lateResponse, oneAnswer(['Yes.'], {}, { received: '2024-05-01', sent: '2024-06-10', clock }));
    expect(late[0]?.message).toMatch(/1 working day after the due date of Friday 7 June 2024/);
  });
});
