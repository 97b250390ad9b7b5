// Statutory deadlines for FOIA, EIR, FOISA and EISR: working-day calendars, due dates and UK date formats.
export { DeadlineInputError } from './deadlineInputError';
export {
  EARLIEST_YEAR,
  LATEST_YEAR,
  addDays,
  calendarDaysBetween,
  compareIsoDates,
  isIsoDate,
  isWeekend,
  parseIsoDate,
  weekday,
  type IsoDate,
  type Weekday,
} from './isoDate';
export { formatUkDate, formatUkShort, weekdayName } from './ukDateFormat';
// The regime rules live in core/model/regime; re-exported here because the calendar is where most callers meet them.
export {
  REGIMES,
  REGIME_LABELS,
  REGIME_NAMES,
  allowsComplexExtension,
  allowsPublicInterestExtension,
  isRegime,
  usesScottishCalendar,
  type Regime,
} from '../model/regime';
export { UK_PARTS, UK_PART_NAMES, type UkPart } from './ukPart';
export { HOLIDAY_CORRECTIONS, ST_ANDREWS_DAY_FIRST_YEAR, type HolidayCorrection } from './holidayCorrections';
export { ukBankHolidays, type BankHoliday } from './ukBankHolidays';
export { isWorkingDay, nonWorkingHolidays, nonWorkingReasons, type NonWorkingHoliday } from './nonWorkingDays';
export { addWorkingDays, workingDaysBetween } from './workingDays';
export {
  COMPLEX_EXTENSION_WORKING_DAYS,
  MAX_PUBLIC_INTEREST_EXTENSION_DAYS,
  STATUTORY_WORKING_DAYS,
  dueDates,
  explainedDueDates,
  type DueDates,
  type DueDatesInput,
  type ExplainedDueDates,
} from './dueDates';
export {
  caseDeadline,
  caseDueDatesInput,
  caseFeePause,
  caseTimeLimit,
  type CaseDeadline,
  type ClockedCase,
  type TimeLimitSettings,
} from './caseDeadline';
export { allowsFeePause, feePauseDays, type FeePause } from './feePause';
export {
  COMMISSIONER_MAX_WORKING_DAYS,
  SCHOOL_BACKSTOP_WORKING_DAYS,
  SCHOOL_DAYS,
  TRANSFERRED_RECORD_WORKING_DAYS,
  limitDue,
  type LimitDue,
  type TimeLimit,
} from './timeForCompliance';
export { clockOptions, publicInterestDaysFromInput, type ClockOptions } from './clockOptions';
