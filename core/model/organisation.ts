import { z } from 'zod';
import { RegimeSchema } from './regime';

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
    /** s12 cost limit: £600 for central government, £450 for every other FOIA body. */
    costTier: z.enum(['central', 'other']).default('other'),
    /** Email addresses that may appear in published text (the body's own), besides contactEmail. */
    allowedEmails: z.array(z.string()).default([]),
  })
  .strict();

export type Organisation = z.infer<typeof OrganisationSchema>;

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
