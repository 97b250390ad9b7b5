import { describe, expect, it } from 'vitest';
import { DeadlineInputError } from './deadlineInputError';
import { dueDates } from './dueDates';
import type { Regime } from '../model/regime';

describe('dueDates', () => {
  it('gives day 20 from receipt with no extension', () => {
    expect(dueDates({ received: '2024-12-20', regime: 'foia' })).toEqual({
      clockStart: '2024-12-20',
      statutoryDue: '2025-01-23',
      extendedDue: null,
    });
  });

  it('restarts the clock from the day the clarification arrives', () => {
    expect(dueDates({ received: '2024-06-03', regime: 'foia', clarificationReceived: '2024-06-14' })).toEqual({
      clockStart: '2024-06-14',
      statutoryDue: '2024-07-15', // Friday 12 July is the Northern Ireland holiday
      extendedDue: null,
    });
    expect(dueDates({ received: '2024-06-03', regime: 'foia', clarificationReceived: null }).clockStart).toBe(
      '2024-06-03',
    );
  });

  it('refuses a clarification dated before receipt', () => {
    expect(() => dueDates({ received: '2024-06-03', regime: 'foia', clarificationReceived: '2024-06-01' })).toThrow(
      /clarification date \(Saturday 1 June 2024\) is before the request was received \(Monday 3 June 2024\)/,
    );
  });

  it('adds a FOIA public interest extension on top of day 20', () => {
    expect(dueDates({ received: '2024-06-03', regime: 'foia', publicInterestExtensionDays: 20 })).toEqual({
      clockStart: '2024-06-03',
      statutoryDue: '2024-07-01',
      extendedDue: '2024-07-30', // 12 July again
    });
    expect(dueDates({ received: '2024-06-03', regime: 'foia', publicInterestExtensionDays: 5 }).extendedDue).toBe(
      '2024-07-08',
    );
    expect(dueDates({ received: '2024-06-03', regime: 'foia', publicInterestExtensionDays: 0 }).extendedDue).toBeNull();
  });

  it('refuses a public interest extension beyond the regulator’s 20 days, saying why', () => {
    const attempt = () => dueDates({ received: '2024-06-03', regime: 'foia', publicInterestExtensionDays: 21 });
    expect(attempt).toThrow(DeadlineInputError);
    expect(attempt).toThrow(/Information Commissioner expects no more than 20 further working days/);
    expect(attempt).toThrow(/still due on day 20/);
  });

  it.each([-1, 2.5, Number.NaN])('refuses a public interest extension of %s days', (days) => {
    expect(() => dueDates({ received: '2024-06-03', regime: 'foia', publicInterestExtensionDays: days })).toThrow(
      /whole number of working days from 0 to 20/,
    );
  });

  it('refuses a public interest extension under FOISA, which has none', () => {
    const attempt = () => dueDates({ received: '2024-06-03', regime: 'foisa', publicInterestExtensionDays: 10 });
    expect(attempt).toThrow(DeadlineInputError);
    expect(attempt).toThrow(/Freedom of Information \(Scotland\) Act 2002 has no public interest extension/);
    expect(dueDates({ received: '2024-06-03', regime: 'foisa', publicInterestExtensionDays: 0 }).extendedDue).toBeNull();
  });

  it.each<Regime>(['eir', 'eisr'])(
    'refuses a public interest extension under %s and points to the 40-day extension instead',
    (regime) => {
      const attempt = () => dueDates({ received: '2024-06-03', regime, publicInterestExtensionDays: 10 });
      expect(attempt).toThrow(/has no public interest extension/);
      expect(attempt).toThrow(/complex and voluminous, you can extend to 40 working days/);
    },
  );

  it('gives 40 working days for a complex and voluminous environmental request', () => {
    expect(dueDates({ received: '2025-04-12', regime: 'eir', eirComplexExtension: true })).toEqual({
      clockStart: '2025-04-12',
      statutoryDue: '2025-05-14',
      extendedDue: '2025-06-12',
    });
    // Under EISR the Scottish calendar applies: Easter Monday 21 April is a working day.
    expect(dueDates({ received: '2025-04-12', regime: 'eisr', eirComplexExtension: true }).extendedDue).toBe(
      '2025-06-11',
    );
  });

  it('counts the complex extension from the clarification date too', () => {
    expect(
      dueDates({
        received: '2025-04-01',
        regime: 'eir',
        clarificationReceived: '2025-04-12',
        eirComplexExtension: true,
      }).extendedDue,
    ).toBe('2025-06-12');
  });

  it.each<Regime>(['foia', 'foisa'])('refuses the complex extension under %s', (regime) => {
    expect(() => dueDates({ received: '2025-04-12', regime, eirComplexExtension: true })).toThrow(
      /applies only to environmental information \(EIR or EISR\)/,
    );
  });

  it('counts workspace extra holidays', () => {
    expect(dueDates({ received: '2024-06-03', regime: 'foia', extraHolidays: ['2024-06-10'] }).statutoryDue).toBe(
      '2024-07-02',
    );
  });

  it('validates its input', () => {
    expect(() => dueDates({ received: '2024-02-30', regime: 'foia' })).toThrow(/is not a date/);
    expect(() => dueDates({ received: '2024-06-03', regime: 'FOIA' as Regime })).toThrow(
      /is not a regime: use foia, eir, foisa or eisr/,
    );
    expect(() =>
      dueDates({ received: '2024-06-03', regime: 'foia', clarificationReceived: '14/06/2024' }),
    ).toThrow(DeadlineInputError);
  });
});
