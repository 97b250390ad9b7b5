// Written by vite.config.ts's bank holiday table plugin when the renderer is built.
declare module 'virtual:uk-bank-holidays' {
  const table: import('../../../core/deadlines/bankHolidayTable').BankHolidayTable;
  export default table;
}
