import table from 'virtual:uk-bank-holidays';
import { bankHolidaysFromTable } from '../../../core/deadlines/bankHolidayTable';

export type { BankHoliday } from '../../../core/deadlines/ukBankHolidays';

/**
 * The window's ukBankHolidays: in the renderer's build, core/deadlines/ukBankHolidays.ts resolves
 * here (vite.config.ts), to the table the build wrote from it, so the check rules load without
 * date-holidays' every-country rules and calendars.
 */
export const ukBankHolidays = bankHolidaysFromTable(table);
