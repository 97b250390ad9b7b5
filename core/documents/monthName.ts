const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** "2024-05" -> "May 2024"; spelled out rather than Intl so every machine prints the same. */
export function monthName(month: string): string {
  if (!MONTH_PATTERN.test(month)) throw new Error(`"${month}" is not a month: use YYYY-MM, for example 2024-05`);
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}
