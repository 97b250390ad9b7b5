import type { SettingsField } from '../../../core/checks/finding';

// A finding's fix can send the officer to Settings from deep inside the case screen. The app frame
// owns the views, so the request travels as a window event rather than through every screen's props.

const EVENT = 'desk:open-settings';

/** Opens Settings with `field` focused. */
export function openSettingsAt(field: SettingsField): void {
  window.dispatchEvent(new CustomEvent<SettingsField>(EVENT, { detail: field }));
}

/** The app frame listens once; returns the unsubscribe for an effect's cleanup. */
export function onOpenSettings(handler: (field: SettingsField) => void): () => void {
  const listener = (e: Event) => handler((e as CustomEvent<SettingsField>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}

/** The element of the settings form that holds each field (renderer/src/settings/OrganisationForm). */
export const SETTINGS_FIELD_SELECTOR: Record<SettingsField, string> = {
  name: '#org-name',
  shortName: '#org-shortName',
  contactEmail: '#org-contactEmail',
  website: '#org-website',
  address: '#org-address',
  reviewAddress: '#org-review',
  publicContacts: '#org-public-contacts',
  costTier: 'input[name="cost-tier"]:checked',
};
