import { z } from 'zod';

/**
 * A case reference as public bodies write them: "FOI-2024-0123", "5024007", "FOI/24/123", "IR 2024.01".
 * Letters, digits, spaces and - / . _ ( ) # : only. A reference is printed in the log, the letter's
 * running header and file names, so anything that could be read as markup, a path or a terminal
 * control (< > " \ & ; control characters) is refused where it is typed rather than escaped later.
 */
export const CASE_REFERENCE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} ./_()#:-]*$/u;
export const CASE_REFERENCE_MAX = 60;

export function caseReferenceSchema(emptyMessage: string) {
  return z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(CASE_REFERENCE_MAX, `a reference has at most ${CASE_REFERENCE_MAX} characters`)
    .regex(CASE_REFERENCE_PATTERN, 'a reference may use letters, digits, spaces and - / . _ ( ) # : only, and starts with a letter or digit');
}
