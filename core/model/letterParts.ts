import { z } from 'zod';
import { RichDocSchema } from './richText';

/**
 * The parts of the response letter that are not answers: the salutation, the opening paragraph, the
 * closing section (review, complaint to the Commissioner, re-use) and the sign-off. They are the
 * letter's own, so they never print in the disclosure log.
 *
 * Each part is null while it follows its default (worked out from the settings, the requester, the
 * case and the clause library: core/documents/letterDefaults), so a review address filled in later,
 * or a corrected library clause, reaches every letter not yet edited. Text the officer has written
 * is kept as written; "Reset to default" sets the part back to null.
 */
export const LetterPartsSchema = z
  .object({
    /** "Dear Ms Bloggs". Without a trailing comma: the letter adds it. */
    salutation: z.string().max(500).nullable().default(null),
    /** Plain paragraphs, a blank line between them. */
    opening: z.string().max(20_000).nullable().default(null),
    /** Editor JSON, like an answer, so library clauses keep working in it. */
    closing: RichDocSchema.nullable().default(null),
    /** The closing words, then who signs, one line each: "Yours sincerely\n\nInformation Rights Team". */
    signOff: z.string().max(2_000).nullable().default(null),
  })
  .strict();
export type LetterParts = z.infer<typeof LetterPartsSchema>;

/** Every part on its default: what a case stored before letter parts existed has. */
export const DEFAULT_LETTER_PARTS: LetterParts = { salutation: null, opening: null, closing: null, signOff: null };

export const LETTER_PART_NAMES = ['salutation', 'opening', 'closing', 'signOff'] as const;
export type LetterPartName = (typeof LETTER_PART_NAMES)[number];

/** A case's parts, whatever it was stored with (absent for cases from before them). */
export function letterPartsOf(c: { letter?: Partial<LetterParts> | undefined }): LetterParts {
  return { ...DEFAULT_LETTER_PARTS, ...c.letter };
}
