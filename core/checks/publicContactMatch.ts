import type { Organisation } from '../model';
import { PUBLIC_BODY_CONTACTS } from './publicBodyContacts';
import { escapeRegExp } from './textSpans';

/**
 * Whether a postcode or phone number found in outgoing text belongs to a public body's published contact
 * details (the shipped list, or the organisation's own from Settings) rather than to a person.
 */

/** How far before a postcode the body's name or address line may stand: an address block of a few lines. */
const ADDRESS_REACH = 200;

export const normalisePostcode = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** Digits only, +44 written as the leading 0, so "+44 (0)1334 464610" equals "01334 464610". */
export function phoneDigits(s: string): string {
  const digits = s.replace(/\D/g, '');
  return digits.startsWith('44') ? '0' + digits.slice(2).replace(/^0/, '') : digits;
}

const PHONE_LIKE = /\+?\d[\d\s()-]{7,}\d/g;

type ContactSettings = Pick<Organisation, 'address' | 'reviewAddress' | 'publicContacts'>;

const ownContacts = (org: ContactSettings) => [org.address, org.reviewAddress, ...(org.publicContacts ?? [])];

// Anchors in capitals ("ICO", "PSNI") must match as written; the rest in any case, across line breaks.
const anchorPattern = (a: string) => new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(a).replace(/ /g, '\\s+')}(?![\\p{L}\\d])`, a === a.toUpperCase() ? 'u' : 'iu');

const SHIPPED = PUBLIC_BODY_CONTACTS.map((entry) => ({
  postcodes: new Set(entry.postcodes.map(normalisePostcode)),
  anchors: [entry.body, ...entry.anchors].map(anchorPattern),
}));
const SHIPPED_PHONES = new Set(PUBLIC_BODY_CONTACTS.flatMap((e) => e.phones.map(phoneDigits)));

/** The postcode at text[from, to) is the organisation's own, or a listed body's with its name or address just before. */
export function isPublicPostcode(text: string, from: number, to: number, org: ContactSettings): boolean {
  const code = normalisePostcode(text.slice(from, to));
  if (ownContacts(org).some((c) => normalisePostcode(c).includes(code))) return true;
  const before = text.slice(Math.max(0, from - ADDRESS_REACH), from);
  return SHIPPED.some((e) => e.postcodes.has(code) && e.anchors.some((a) => a.test(before)));
}

/** A phone number a listed body publishes, or one in the organisation's own contact details. */
export function isPublicPhone(found: string, org: ContactSettings): boolean {
  const digits = phoneDigits(found);
  if (SHIPPED_PHONES.has(digits)) return true;
  return ownContacts(org).some((c) => [...c.matchAll(PHONE_LIKE)].some((m) => phoneDigits(m[0]) === digits));
}
