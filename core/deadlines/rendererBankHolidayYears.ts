import { EARLIEST_YEAR, LATEST_YEAR } from './isoDate';

/**
 * The years whose bank holidays the window carries as a table (./bankHolidayTable.ts): every year a
 * date may have (./isoDate.ts), so the window's checks and the service's count the same days for any
 * case the workspace can hold.
 */
export const RENDERER_BANK_HOLIDAY_YEARS = { from: EARLIEST_YEAR, to: LATEST_YEAR } as const;
