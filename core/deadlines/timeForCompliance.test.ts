import { describe, expect, it } from 'vitest';
import { DeadlineInputError } from './deadlineInputError';
import { caseDeadline } from './caseDeadline';
import { dueDates, explainedDueDates } from './dueDates';

// Expected dates were counted by hand on a calendar, not by this code. FOIA counts a bank holiday in any
// part of the UK: 12 July 2024 (NI), 5 August 2024 (Scotland), 26 August 2024 (England and Wales),
// 25-26 December, 1 and 2 January, 17 March 2025 (NI).

describe('SI 2004/3364 reg 3 and SI 2010/2768: maintained schools and academies', () => {
  const summer = [{ from: '2024-07-22', to: '2024-09-03' }];

  it('does not count days the school has no session towards its 20 school days', () => {
    // Tue 2 Jul to Fri 19 Jul: 13 school days (12 July a bank holiday); closed until Tue 3 Sep;
    // Wed 4 Sep is the 14th, so Thu 12 Sep the 20th. Without the closure it would be Tue 30 July.
    const school = explainedDueDates({ received: '2024-07-01', regime: 'foia', timeLimit: { kind: 'school', closures: summer } });
    expect(school.statutoryDue).toBe('2024-09-12');
    expect(school.basis).toMatch(/20 school days.*reg 3/);
    expect(dueDates({ received: '2024-07-01', regime: 'foia', timeLimit: { kind: 'school', closures: [] } }).statutoryDue).toBe('2024-07-30');
  });

  it('stops at the 60th working day when that comes first', () => {
    // Received Mon 15 Jul; closed from 22 Jul to 31 Oct, so only 4 school days come before the 60th
    // working day, Wed 9 Oct.
    const long = explainedDueDates({ received: '2024-07-15', regime: 'foia', timeLimit: { kind: 'school', closures: [{ from: '2024-07-22', to: '2024-10-31' }] } });
    expect(long.statutoryDue).toBe('2024-10-09');
    expect(long.basis).toMatch(/60 working days/);
  });

  it('applies to FOIA only: a school answering under the EIR has 20 working days', () => {
    expect(() => dueDates({ received: '2024-07-01', regime: 'eir', timeLimit: { kind: 'school', closures: summer } })).toThrow(DeadlineInputError);
  });
});

describe('SI 2004/3364 reg 4: transferred public records', () => {
  it('gives the appropriate records authority 30 working days, not 20 and not 60', () => {
    // 20 working days from Fri 20 Dec 2024 is Thu 23 Jan 2025; ten more is Thu 6 Feb.
    const d = explainedDueDates({ received: '2024-12-20', regime: 'foia', timeLimit: { kind: 'transferred-public-record' } });
    expect(d.statutoryDue).toBe('2025-02-06');
    expect(d.basis).toMatch(/reg 4/);
  });
});

describe('SI 2004/3364 regs 5 and 6: armed forces operations and information held outside the UK', () => {
  const received = '2024-12-20';

  it('keeps 20 working days until the Commissioner specifies a day, and names the ceiling', () => {
    const d = explainedDueDates({ received, regime: 'foia', timeLimit: { kind: 'held-outside-uk', commissionerSpecifiedDue: null } });
    expect(d.statutoryDue).toBe('2025-01-23');
    // The 60th working day: St Patrick's Day (Mon 17 March 2025) does not count.
    expect(d.basis).toContain('Friday 21 March 2025');
    expect(d.basis).toContain('reg 6');
  });

  it('uses the day the Commissioner specified, up to the 60th working day and no later', () => {
    const at = (day: string) => dueDates({ received, regime: 'foia', timeLimit: { kind: 'armed-forces-operation', commissionerSpecifiedDue: day } }).statutoryDue;
    expect(at('2025-03-21')).toBe('2025-03-21');
    expect(at('2025-02-28')).toBe('2025-02-28');
    expect(() => at('2025-03-24')).toThrow(/no later than the 60th working day, Friday 21 March 2025/);
  });
});

describe('the case follows its variation and its organisation', () => {
  const clock = { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false };
  const school = { timeLimitVariations: ['school' as const], schoolClosures: [{ from: '2024-07-22', to: '2024-09-03', name: 'Summer holiday' }] };

  it('puts a school\'s FOIA requests on the school rule, with days left counted to that date', () => {
    const d = caseDeadline({ regime: 'foia', received: '2024-07-01', sent: null, clock }, [], '2024-09-10', school);
    expect(d).toMatchObject({ due: '2024-09-12', workingDaysLeft: 2 });
    // The same request without the setting was due on 30 July and is now 29 working days late.
    expect(caseDeadline({ regime: 'foia', received: '2024-07-01', sent: null, clock }, [], '2024-09-10').workingDaysLeft).toBeLessThan(0);
  });

  it('keeps a school\'s EIR requests on 20 working days', () => {
    expect(caseDeadline({ regime: 'eir', received: '2024-07-01', sent: null, clock }, [], '2024-07-01', school).due).toBe('2024-07-30');
  });

  it('lets the case mark a transferred public record, and sets aside a variation its regime cannot have', () => {
    const marked = { ...clock, timeLimitVariation: 'transferred-public-record' as const };
    expect(caseDeadline({ regime: 'foia', received: '2024-12-20', sent: null, clock: marked }, [], '2024-12-20').due).toBe('2025-02-06');
    const eir = caseDeadline({ regime: 'eir', received: '2024-12-20', sent: null, clock: marked }, [], '2024-12-20');
    expect(eir).toMatchObject({ due: '2025-01-23', basis: '20 working days (EIR reg 5(2))' });
  });

  it('sets aside a Commissioner\'s day past the ceiling rather than trust it', () => {
    const late = { ...clock, timeLimitVariation: 'held-outside-uk' as const, commissionerSpecifiedDue: '2025-04-30' };
    expect(caseDeadline({ regime: 'foia', received: '2024-12-20', sent: null, clock: late }, [], '2024-12-20').due).toBe('2025-01-23');
  });
});

describe('a school case with a variation that cannot stand', () => {
  it('keeps the school rule when it sets aside the case\'s bad Commissioner day', () => {
    const clock = { clarificationRequested: null, clarificationReceived: null, publicInterestExtensionDays: 0, complexExtension: false, timeLimitVariation: 'held-outside-uk' as const, commissionerSpecifiedDue: '2025-06-30' };
    const school = { timeLimitVariations: ['school' as const], schoolClosures: [{ from: '2024-07-22', to: '2024-09-03', name: '' }] };
    const d = caseDeadline({ regime: 'foia', received: '2024-07-01', sent: null, clock }, [], '2024-07-01', school);
    expect(d).toMatchObject({ due: '2024-09-12' });
    expect(d.basis).toMatch(/school days/);
  });
});
