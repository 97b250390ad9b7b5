import type { FillContext } from './fillClause';

// The organisation stores its cost tier, not the printed limit, so the figures in a letter cannot
// drift from the Fees Regulations: £600 (24 hours) for a body in Part I of Schedule 1 to FOIA (the
// "central" tier), £450 (18 hours) otherwise,
// both at £25 an hour. Typed structurally so core/model's Organisation and Case fit without coupling.

export interface OrganisationDetails {
  name: string;
  shortName?: string;
  contactEmail?: string;
  reviewAddress?: string;
  costTier?: 'central' | 'other';
}

/** The case fields clause variables read (`case.ref`, `case.received`); a whole Case fits. */
export interface CaseDetails {
  ref?: string;
  /** ISO date; fillClause prints it as "14 March 2025". */
  received?: string;
}

/**
 * The one mapping from a case to the fields its clauses may quote. The window (to fill as the officer
 * types) and the service (to fill on request) both pass the case through here, so adding a case
 * variable is one change.
 */
export function caseDetailsOf(c: CaseDetails): CaseDetails {
  return { ref: c.ref, received: c.received };
}

const COST_LIMITS = {
  central: { costLimit: '£600', costHours: '24' },
  other: { costLimit: '£450', costHours: '18' },
} as const;

export function fillContextFor(organisation: OrganisationDetails, caseDetails?: CaseDetails): FillContext {
  const cost = COST_LIMITS[organisation.costTier ?? 'other'];
  return {
    org: {
      name: organisation.name,
      shortName: organisation.shortName,
      contactEmail: organisation.contactEmail,
      reviewAddress: organisation.reviewAddress,
      ...cost,
    },
    case: caseDetails ? caseDetailsOf(caseDetails) : undefined,
  };
}
