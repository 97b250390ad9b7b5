import { describe, expect, it } from 'vitest';
import { caseDeadline } from './caseDeadline';
import { DeadlineInputError } from './deadlineInputError';
import { dueDates } from './dueDates';
import { allowsFeePause } from './feePause';

// Received Fri 20 Dec 2024: without a pause, due Thu 23 Jan 2025 (counted by hand: 25, 26 Dec and
// 1, 2 Jan are not working days under FOIA).
const received = '2024-12-20';

describe('the fee pause (FOIA s9 and s10(2))', () => {
  it('does not count the working days from the fees notice to the fee, both included', () => {
    // Notice Mon 6 Jan, fee Fri 10 Jan: five working days set aside, so due five working days later.
    expect(dueDates({ received, regime: 'foia', feePause: { from: '2025-01-06', to: '2025-01-10' } }).statutoryDue).toBe('2025-01-30');
    // Notice Fri 10 Jan, fee Mon 13 Jan: the weekend was never counted, so two working days.
    expect(dueDates({ received, regime: 'foia', feePause: { from: '2025-01-10', to: '2025-01-13' } }).statutoryDue).toBe('2025-01-27');
  });

  it('moves the extended date too', () => {
    const d = dueDates({ received, regime: 'foia', publicInterestExtensionDays: 5, feePause: { from: '2025-01-06', to: '2025-01-10' } });
    expect(d).toMatchObject({ statutoryDue: '2025-01-30', extendedDue: '2025-02-06' });
  });

  it('is given by FOIA and FOISA, not by the EIR or EISR', () => {
    expect(['foia', 'eir', 'foisa', 'eisr'].filter((r) => allowsFeePause(r as 'foia'))).toEqual(['foia', 'foisa']);
    expect(() => dueDates({ received, regime: 'eir', feePause: { from: '2025-01-06', to: '2025-01-10' } })).toThrow(DeadlineInputError);
  });

  it('refuses dates in the wrong order with a next step', () => {
    expect(() => dueDates({ received, regime: 'foia', feePause: { from: '2025-01-10', to: '2025-01-06' } })).toThrow(/check both dates/);
    expect(() => dueDates({ received, regime: 'foia', feePause: { from: '2024-12-01', to: '2025-01-06' } })).toThrow(/before the request was received/);
  });
});

describe('the fee pause on a case', () => {
  const clock = { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false };

  it('counts a paid fee\'s pause and says so', () => {
    const d = caseDeadline({ regime: 'foia', received, sent: null, clock: { ...clock, feeNoticeGiven: '2025-01-06', feeReceived: '2025-01-10' } }, [], '2025-01-28');
    expect(d).toMatchObject({ due: '2025-01-30', workingDaysLeft: 2, feePause: { from: '2025-01-06', to: '2025-01-10', awaitingFee: false } });
  });

  it('holds the clock while the fee is awaited: the days left stay the same from one day to the next', () => {
    const awaiting = { regime: 'foia' as const, received, sent: null, clock: { ...clock, feeNoticeGiven: '2025-01-06', feeReceived: null } };
    const wed = caseDeadline(awaiting, [], '2025-01-08');
    const fri = caseDeadline(awaiting, [], '2025-01-10');
    // Six working days were used before the notice (23, 24, 27, 30, 31 Dec, 3 Jan): 14 remain.
    expect(wed).toMatchObject({ due: '2025-01-28', workingDaysLeft: 14, feePause: { to: '2025-01-08', awaitingFee: true } });
    expect(fri).toMatchObject({ due: '2025-01-30', workingDaysLeft: 14 });
  });

  it('sets aside a fee pause under the EIR rather than move the date', () => {
    const d = caseDeadline({ regime: 'eir', received, sent: null, clock: { ...clock, feeNoticeGiven: '2025-01-06', feeReceived: '2025-01-10' } }, [], '2025-01-06');
    expect(d).toMatchObject({ due: '2025-01-23', feePause: null });
  });
});
