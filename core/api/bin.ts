/**
 * How long a deleted case stays in the bin before `desk bin purge` may remove it for good. Its own
 * module, so the window can say it without loading the contract's schemas.
 */
export const BIN_DAYS = 30;
