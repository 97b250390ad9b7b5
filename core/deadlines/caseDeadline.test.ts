import { describe, expect, it } from 'vitest';
import { caseDeadline } from './caseDeadline';

const clock = {
  clarificationRequested: null,
  clarificationReceived: null,
  publicInterestExtensionDays: 0,
  complexExtension: false,
};

describe('caseDeadline', () => {
  it('gives the due date and working days left from today', () => {
    expect(caseDeadline({ regime: 'foia', received: '2024-12-20', sent: null, clock }, [], '2025-01-20')).toEqual({
      received: '2024-12-20',
      clockStart: '2024-12-20',
      due: '2025-01-23',
      extendedDue: null,
      workingDaysLeft: 3,
      basis: '20 working days (FOIA s10(1))',
      feePause: null,
    });
  });

  it('is negative once overdue', () => {
    expect(caseDeadline({ regime: 'foia', received: '2024-12-20', sent: null, clock }, [], '2025-01-27').workingDaysLeft).toBe(-2);
  });

  it('counts to the extended date when there is one', () => {
    const extended = caseDeadline(
      { regime: 'foia', received: '2024-06-03', sent: null, clock: { ...clock, publicInterestExtensionDays: 20 } },
      [],
      '2024-07-01',
    );
    expect(extended).toMatchObject({ due: '2024-07-01', extendedDue: '2024-07-30', workingDaysLeft: 20 });
  });

  it('stops counting on the day the response was sent', () => {
    const d = caseDeadline({ regime: 'foia', received: '2024-12-20', sent: '2025-01-21', clock }, [], '2025-06-01');
    expect(d.workingDaysLeft).toBe(2);
  });

  it('uses the clarification date and the workspace holidays', () => {
    const d = caseDeadline(
      { regime: 'foisa', received: '2024-06-03', sent: null, clock: { ...clock, clarificationReceived: '2024-06-14' } },
      ['2024-06-17'],
      '2024-06-14',
    );
    expect(d).toMatchObject({ clockStart: '2024-06-14', due: '2024-07-15', workingDaysLeft: 20 });
  });

  it('ignores an extension the regime does not provide for instead of failing', () => {
    const foisa = caseDeadline(
      { regime: 'foisa', received: '2024-06-03', sent: null, clock: { ...clock, publicInterestExtensionDays: 10 } },
      [],
      '2024-06-03',
    );
    expect(foisa).toMatchObject({ due: '2024-07-01', extendedDue: null });
    const foia = caseDeadline(
      { regime: 'foia', received: '2024-06-03', sent: null, clock: { ...clock, complexExtension: true } },
      [],
      '2024-06-03',
    );
    expect(foia.extendedDue).toBeNull();
  });
});

describe('caseDeadline with clock data the law does not allow', () => {
  it('ignores a clarification dated before receipt instead of failing', () => {
    const c = { received: '2024-12-20', regime: 'foia' as const, sent: null, clock: { clarificationRequested: null, clarificationReceived: '2024-12-01', publicInterestExtensionDays: 0, complexExtension: false } };
    expect(caseDeadline(c, [], '2024-12-23').due).toBe('2025-01-23');
  });
});
