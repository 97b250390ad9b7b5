import { EARLIEST_YEAR, LATEST_YEAR } from './isoDate';

/**
 * The years whose bank holidays the builds carry as a table (./bankHolidayTable.ts; named for the
 * window, the first to carry it; the CLI and the service host do too): every year a date may have
 * (./isoDate.ts), so every part of the app counts the same days for any case the workspace can hold.
 */
export const RENDERER_BANK_HOLIDAY_YEARS = { from: EARLIEST_YEAR, to: LATEST_YEAR } as const;
