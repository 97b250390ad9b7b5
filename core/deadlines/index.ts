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
export {
  REGIMES,
  REGIME_NAMES,
  REGIME_SHORT_NAMES,
  allowsComplexExtension,
  allowsPublicInterestExtension,
  isRegime,
  parseRegime,
  usesScottishCalendar,
  type Regime,
} from './regime';
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
  type DueDates,
  type DueDatesInput,
} from './dueDates';
export { caseDeadline, type CaseDeadline } from './caseDeadline';
