import table from 'virtual:uk-bank-holidays';
import { bankHolidaysFromTable } from './bankHolidayTable';

export type { BankHoliday } from './ukBankHolidays';

/**
 * ukBankHolidays as every build runs it: the window's (vite.config.ts), the CLI's and the service
 * host's (scripts/build-electron.mjs) resolve ./ukBankHolidays.ts here, to the table the build wrote
 * from it (scripts/bankHolidayTableBuild.mjs), so none of them loads date-holidays' every-country
 * rules and calendars. The tests and tsx runs read the source, and so the package itself; the two
 * agree year by year (bankHolidayTable.test.ts).
 */
export const ukBankHolidays = bankHolidaysFromTable(table);
