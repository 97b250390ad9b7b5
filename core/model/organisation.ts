import { z } from 'zod';
import { RegimeSchema } from './regimeSchema';
import { SchoolClosureSchema, TimeLimitVariationSchema } from './timeLimit';

/**
 * The public body the workspace belongs to. Its details fill clause variables ({{org.name}}…)
 * and the letterhead, so they live in one place.
 */
export const OrganisationSchema = z
  .object({
    name: z.string().trim().min(1, 'the organisation needs a name'),
    shortName: z.string().trim().default(''),
    contactEmail: z.string().trim().default(''),
    defaultRegime: RegimeSchema.default('foia'),
    address: z.string().default(''),
    reviewAddress: z.string().default(''),
    website: z.string().default(''),
    /**
     * s12 cost limit (Fees Regulations 2004 reg 3): `central` is £600 for a body listed in Part I of
     * Schedule 1 to FOIA (see PART_I_BODIES); `other` is £450 for every other FOIA body. The stored
     * names predate this wording.
     */
    costTier: z.enum(['central', 'other']).default('other'),
    /** Email addresses that may appear in published text (the body's own), besides contactEmail. */
    allowedEmails: z.array(z.string()).default([]),
    /**
     * Contact details the body's letters carry that are not personal data: its own phone numbers, and other
     * public bodies' addresses it refers requesters to. Postcodes and phone numbers in them pass the
     * personal data checks; the regulators' and police forces' details ship with the app. Absent means none.
     */
    publicContacts: z.array(z.string()).optional(),
    /**
     * Which variations of the FOIA time limit (SI 2004/3364, SI 2010/2768) this body may use. `school`
     * applies to every FOIA request it receives; the others are offered on each case. Absent means none.
     */
    timeLimitVariations: z.array(TimeLimitVariationSchema).optional(),
    /** A school's days with no session: they do not count towards its 20 school days (SI 2004/3364 reg 3). */
    schoolClosures: z.array(SchoolClosureSchema).optional(),
    /**
     * The letter's opening paragraph. {{received}} is the day the request arrived ("3 June 2024"),
     * {{title}} the case title in sentence case ("telephony"), {{law}} the Act or Regulations. Absent
     * means DEFAULT_LETTER_OPENING.
     */
    letterOpening: z.string().max(5_000).optional(),
    /** The closing words, then who signs, one line each; {{org.name}} is the organisation's name. Absent means DEFAULT_LETTER_SIGN_OFF. */
    letterSignOff: z.string().max(2_000).optional(),
    /** A team's rule (core/team): a case is sent only once a reviewer has approved it. Absent means not required. */
    approvalRequired: z.boolean().optional(),
  })
  .strict();

export const DEFAULT_LETTER_OPENING =
  'Thank you for your request of {{received}} about {{title}}. We have dealt with it under the {{law}}. Our response to each of your questions is below.';
export const DEFAULT_LETTER_SIGN_OFF = 'Yours sincerely\n\nInformation Rights Team\n{{org.name}}';

export type Organisation = z.infer<typeof OrganisationSchema>;

/**
 * Who is in Part I of Schedule 1 to FOIA, the £600 tier, in the words the Settings screen and the
 * checks both use. Not "the devolved legislatures": the Scottish Parliament answers under FOISA.
 */
export const PART_I_BODIES = 'government departments, the Houses of Parliament, the Senedd, the Northern Ireland Assembly, the armed forces';

export const DEFAULT_ORGANISATION: Organisation = {
  name: 'Your organisation',
  shortName: '',
  contactEmail: '',
  defaultRegime: 'foia',
  address: '',
  reviewAddress: '',
  website: '',
  costTier: 'other',
  allowedEmails: [],
};
