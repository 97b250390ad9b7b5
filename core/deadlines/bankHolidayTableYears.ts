import { EARLIEST_YEAR, LATEST_YEAR } from './isoDate';

/**
 * The years whose bank holidays every build carries as a table (./bankHolidayTable.ts: the window,
 * the CLI and the service host): every year a date may have (./isoDate.ts), so every part of the app
 * counts the same days for any case the workspace can hold.
 */
export const BANK_HOLIDAY_TABLE_YEARS = { from: EARLIEST_YEAR, to: LATEST_YEAR } as const;
