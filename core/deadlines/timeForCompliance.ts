import type { SchoolClosure } from '../model/timeLimit';
import type { Regime } from '../model/regime';
import { DeadlineInputError } from './deadlineInputError';
import { addDays, parseIsoDate, type IsoDate } from './isoDate';
import { formatUkDate } from './ukDateFormat';
import { addWorkingDays } from './workingDays';

/**
 * The time limit for a FOIA request, as varied under FOIA s10(4) and (5) by:
 *
 * - The Freedom of Information (Time for Compliance with Request) Regulations 2004, SI 2004/3364:
 *   - reg 3: a request received by the governing body of a maintained school or maintained nursery school
 *     (and information held only because it is in a school maintained by the Secretary of State for
 *     Defence): "the twentieth working day following the date of receipt, disregarding any working day
 *     which, in relation to the school, is not a school day, or the sixtieth working day following the
 *     date of receipt, whichever occurs first". A school day is a day on which the school has a session.
 *   - reg 4: a request to the appropriate records authority about a transferred public record that has not
 *     been designated as open information, where it must decide whether the information is exempt: the
 *     thirtieth working day. (The issue that asked for this said 60; the Regulations say 30, and the law
 *     wins.)
 *   - reg 5 (operations of the armed forces of the Crown) and reg 6 (information held outside the UK):
 *     "such other day, not being later than the sixtieth working day following the date of receipt, as
 *     the Information Commissioner may specify", on an application made within 20 working days. Until the
 *     Commissioner specifies a day, the ordinary 20 working days stand: 60 is a ceiling, not an
 *     entitlement.
 * - The Freedom of Information (Time for Compliance with Request) Regulations 2010, SI 2010/2768: the
 *   school rule for Academies (the proprietor of an Academy).
 *
 * The Regulations vary FOIA s10 only: EIR reg 5(2), FOISA s10 and EISR reg 5(2) keep their 20 working days,
 * so a school answering an environmental request has 20 working days.
 *
 * School days: we cannot know a school's calendar, so the officer enters the days with no session
 * (holidays, closure and training days) in the organisation's settings. With none entered the 20 school
 * days are 20 working days, which is never later than the law allows; the 60 working day backstop is
 * computed whatever is entered.
 */
export const SCHOOL_DAYS = 20;
export const SCHOOL_BACKSTOP_WORKING_DAYS = 60;
export const TRANSFERRED_RECORD_WORKING_DAYS = 30;
export const COMMISSIONER_MAX_WORKING_DAYS = 60;
const STANDARD_WORKING_DAYS = 20;

export type TimeLimit =
  | { kind: 'standard' }
  | { kind: 'school'; closures: readonly Pick<SchoolClosure, 'from' | 'to'>[] }
  | { kind: 'transferred-public-record' }
  | { kind: 'armed-forces-operation' | 'held-outside-uk'; commissionerSpecifiedDue: IsoDate | null };

export interface LimitDue {
  due: IsoDate;
  /** One line for the officer: which rule set the date. */
  basis: string;
}

const STANDARD_BASIS: Readonly<Record<Regime, string>> = {
  foia: '20 working days (FOIA s10(1))',
  eir: '20 working days (EIR reg 5(2))',
  foisa: '20 working days (FOISA s10(1))',
  eisr: '20 working days (EISR reg 5(2))',
};

/** Every calendar day from `from` to `to`, both included, that falls after `after` and up to `until`. */
function daysWithin(from: IsoDate, to: IsoDate, after: IsoDate, until: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const start = from > after ? from : addDays(after, 1);
  for (let d = start; d <= to && d <= until; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The day the response is due under `limit`, counting from `clockStart` (day 0). `notCounted` holds the
 * days that do not count under every rule: the workspace's one-off bank holidays and a fee pause.
 */
export function limitDue(clockStart: IsoDate, limit: TimeLimit, regime: Regime, notCounted: readonly IsoDate[]): LimitDue {
  const standard = () => addWorkingDays(clockStart, STANDARD_WORKING_DAYS, regime, notCounted);
  if (limit.kind === 'standard') return { due: standard(), basis: STANDARD_BASIS[regime] };
  if (regime !== 'foia') {
    throw new DeadlineInputError(
      'The Time for Compliance Regulations (SI 2004/3364 and SI 2010/2768) vary only the Freedom of Information Act: under the EIR, FOISA and EISR the limit stays 20 working days. Remove the variation from this case, or check its regime.',
    );
  }
  switch (limit.kind) {
    case 'school': {
      const backstop = addWorkingDays(clockStart, SCHOOL_BACKSTOP_WORKING_DAYS, regime, notCounted);
      const closed = limit.closures.flatMap((c) => daysWithin(parseIsoDate(c.from), parseIsoDate(c.to), clockStart, backstop));
      const schoolDays = addWorkingDays(clockStart, SCHOOL_DAYS, regime, [...notCounted, ...closed]);
      return schoolDays <= backstop
        ? { due: schoolDays, basis: '20 school days, the 60 working day limit not yet reached (SI 2004/3364 reg 3)' }
        : { due: backstop, basis: '60 working days, reached before 20 school days (SI 2004/3364 reg 3)' };
    }
    case 'transferred-public-record':
      return {
        due: addWorkingDays(clockStart, TRANSFERRED_RECORD_WORKING_DAYS, regime, notCounted),
        basis: '30 working days for a transferred public record not designated open (SI 2004/3364 reg 4)',
      };
    case 'armed-forces-operation':
    case 'held-outside-uk': {
      const reg = limit.kind === 'armed-forces-operation' ? 'reg 5' : 'reg 6';
      const ceiling = addWorkingDays(clockStart, COMMISSIONER_MAX_WORKING_DAYS, regime, notCounted);
      const specified = limit.commissionerSpecifiedDue;
      if (specified == null) {
        return {
          due: standard(),
          basis: `20 working days until the Information Commissioner specifies a later day, at most ${formatUkDate(ceiling)} (SI 2004/3364 ${reg})`,
        };
      }
      parseIsoDate(specified);
      if (specified > ceiling) {
        throw new DeadlineInputError(
          `The Commissioner can specify a day no later than the 60th working day, ${formatUkDate(ceiling)}, not ${formatUkDate(specified)} (SI 2004/3364 ${reg}): check the date in the Commissioner's letter.`,
        );
      }
      if (specified <= clockStart) {
        throw new DeadlineInputError(`The day the Commissioner specified (${formatUkDate(specified)}) is not after the request was received: check the date.`);
      }
      return { due: specified, basis: `The day the Information Commissioner specified (SI 2004/3364 ${reg})` };
    }
  }
}
