import type { Organisation } from './organisation';

/** The settings' names as the Settings screen shows them, for messages about what differs. */
const LABELS: Record<string, string> = {
  name: 'organisation name',
  shortName: 'short name',
  contactEmail: 'contact email',
  defaultRegime: 'default regime',
  address: 'address',
  reviewAddress: 'review address',
  website: 'website',
  costTier: 'cost limit tier',
  allowedEmails: 'allowed email addresses',
};

/**
 * The settings that differ between the workspace's organisation and another one (a bundle's), named
 * as an officer knows them, in the workspace's field order. A field only one side has counts as
 * different, so a setting added in a later version is never lost without a word.
 */
export function organisationDifferences(ours: Organisation, theirs: Organisation): string[] {
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])];
  return keys
    .filter((k) => JSON.stringify((ours as Record<string, unknown>)[k]) !== JSON.stringify((theirs as Record<string, unknown>)[k]))
    .map((k) => LABELS[k] ?? k.replace(/([A-Z])/g, ' $1').toLowerCase());
}
