// Written by each build's bank holiday table plugin (scripts/bankHolidayTableBuild.mjs).
declare module 'virtual:uk-bank-holidays' {
  const table: import('./bankHolidayTable').BankHolidayTable;
  export default table;
}
