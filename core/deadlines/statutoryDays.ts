// The statutory periods as numbers, apart from the calendar that counts them (./workingDays and
// date-holidays), so that a screen offering a choice of days (the case's clock) does not load
// every country's bank holidays to know the most it may offer (issue 13).

/** The statutory period under every regime (FOIA s10(1), EIR reg 5(2), FOISA s10(1), EISR reg 5(2)). */
export const STATUTORY_WORKING_DAYS = 20;

/** EIR reg 7(1) and EISR reg 7(1): complex and voluminous requests may take up to 40 working days. */
export const COMPLEX_EXTENSION_WORKING_DAYS = 40;

/**
 * FOIA s10(3) only says "reasonable"; the Information Commissioner's guidance sets the expectation at no more
 * than 20 further working days, so we refuse to compute anything longer rather than imply it is acceptable.
 */
export const MAX_PUBLIC_INTEREST_EXTENSION_DAYS = 20;
