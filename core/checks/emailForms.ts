/**
 * Email addresses in the forms people write them to get past a filter, or that a PDF or a mail client
 * breaks: "jane@example.com", "jane@\nexample.com" (wrapped at a line end), "jane (at) example (dot) com",
 * "jane at example dot com". Runs on folded text (foldedText.ts), so zero-width characters are gone.
 *
 * Why the limits: a line break is joined only where the text goes on in lower case or digits, because a
 * sentence after an address starts with a capital ("…gov.uk.\nThe figures"); the bare word "at" counts
 * only with a spelled-out "dot" and a real top-level domain, so "available at www.police.uk" (a website)
 * and "data at rest" stay prose.
 */

const LOCAL = String.raw`[A-Za-z0-9._%+'-]+`;
const BREAK = String.raw`[ \t]*\n[ \t]*`;
/** A domain label, possibly broken across lines mid-word where it goes on in lower case. */
const LABEL = String.raw`[A-Za-z0-9-]+(?:${BREAK}(?=[a-z0-9])[A-Za-z0-9-]+)*`;
const BRACKETED_AT = String.raw`\s*[([{<]\s*(?:at|AT|At)\s*[)\]}>]\s*`;
const BARE_AT = String.raw`\s+(?:at|AT|At)\s+`;
const SPELLED_DOT = String.raw`\s*[([{<]\s*(?:dot|DOT|Dot)\s*[)\]}>]\s*|\s+(?:dot|DOT|Dot)\s+`;
const AT = String.raw`(?:${BREAK})?\s?@\s?(?:${BREAK})?|${BRACKETED_AT}`;
const DOT = String.raw`(?:${BREAK})?\.(?:${BREAK}(?=[a-z0-9]))?|${SPELLED_DOT}`;
const START = String.raw`(?<![A-Za-z0-9._%+'@-])${LOCAL}(?:(?<=[._-])${BREAK}(?=[a-z0-9])${LOCAL})*`;

/**
 * Must carry the g flag: matched with matchAll. Two forms: with "@" or a bracketed "(at)"; or with the
 * bare word "at", which must have a spelled-out dot in the domain in the pattern itself, so that prose
 * such as "Jane at jane.doe@x.org" is not swallowed before the real address is reached.
 */
export const EMAIL_LIKE = new RegExp(
  String.raw`${START}(?:(?:${AT})${LABEL}(?:(?:${DOT})${LABEL})+|${BARE_AT}${LABEL}(?:(?:${DOT})${LABEL})*?(?:${SPELLED_DOT})${LABEL}(?:(?:${DOT})${LABEL})*)`,
  'g',
);

/** Top-level domains a spelled-out address ends in, for the bare "at … dot …" form. */
const KNOWN_TLDS = new Set(['com', 'org', 'net', 'uk', 'co', 'gov', 'ac', 'nhs', 'police', 'sch', 'edu', 'info', 'io', 'me', 'scot', 'wales', 'cymru', 'eu', 'ie', 'biz', 'mod', 'mil', 'int']);

/**
 * The address as it would be typed: lower case, "at"/"dot" as symbols, no breaks; undefined when the
 * match is not an address after all (a website after "at", a label with no letters at the end).
 */
export function canonicalEmail(found: string): string | undefined {
  const bareAt = !/@/.test(found) && !/[([{<]\s*at\s*[)\]}>]/i.test(found);
  const spelledDot = /[([{<]\s*dot\s*[)\]}>]|\sdot\s/i.test(found);
  const address = found
    .replace(/\s*[([{<]\s*at\s*[)\]}>]\s*|\s+at\s+/i, '@')
    .replace(/\s*[([{<]\s*dot\s*[)\]}>]\s*|\s+dot\s+/gi, '.')
    .replace(/\s+/g, '')
    .toLowerCase();
  const labels = address.split('@')[1]?.split('.') ?? [];
  const tld = labels.at(-1) ?? '';
  if (!/^[a-z]{2,}$/.test(tld) || labels.some((l) => l === '')) return undefined;
  if (bareAt && (!spelledDot || !KNOWN_TLDS.has(tld))) return undefined;
  return address;
}

export interface EmailFound {
  /** Offsets in the text searched. */
  from: number;
  to: number;
  address: string;
}

export function findEmails(text: string): EmailFound[] {
  const out: EmailFound[] = [];
  for (const m of text.matchAll(EMAIL_LIKE)) {
    const address = canonicalEmail(m[0]);
    if (address) out.push({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, address });
  }
  return out;
}
