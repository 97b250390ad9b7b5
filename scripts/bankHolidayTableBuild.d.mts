export const TABLE_ID: 'virtual:uk-bank-holidays';
export function tabulateUkBankHolidays(root: string): Promise<unknown>;
