import type { RichNode } from '../model/richText';

/**
 * Web and email addresses typed or pasted as plain text ("see www.example.gov.uk/foi", "write to
 * foi@example.gov.uk"): the editor links them as they are typed (the Link extension's autolink), and
 * the printed letter, log and DOCX link any that reached an answer another way (a clause's wording,
 * an import, text typed before autolink). The link's text stays the address itself, which reads as
 * what it is and where it goes (WCAG 2.4.4).
 */
const ADDRESS = /\b(?:https?:\/\/[^\s<>"]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s<>"]*|[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/gi;
// Punctuation that ends the sentence, not the address.
const TRAILING = /[.,;:!?'"’”]+$/;

export interface TextPiece {
  text: string;
  href: string | null;
}

function hrefOf(address: string): string {
  if (/^https?:\/\//i.test(address)) return address;
  if (address.includes('@') && !address.includes('/')) return `mailto:${address}`;
  return `https://${address}`;
}

/** A closing bracket belongs to the address only when the address opened one: "(see https://x.org/a_(b))". */
function trimAddress(raw: string): string {
  let address = raw.replace(TRAILING, '');
  while (address.endsWith(')') && (address.match(/\(/g)?.length ?? 0) < (address.match(/\)/g)?.length ?? 0)) address = address.slice(0, -1).replace(TRAILING, '');
  return address;
}

/** Text split into plain runs and addresses, in order; the pieces' text joins back to the original. */
export function splitBareLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = trimAddress(match[0]);
    if (!address || (/^www\./i.test(address) && !/\.[a-z]{2,}/i.test(address.slice(4)))) continue;
    const start = match.index;
    if (start > at) pieces.push({ text: text.slice(at, start), href: null });
    pieces.push({ text: address, href: hrefOf(address) });
    at = start + address.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), href: null });
  return pieces;
}

/** A text node as one or more, each address given a link mark; text already linked is left alone. */
export function linkBareAddresses(node: RichNode): RichNode[] {
  const text = node.text ?? '';
  if (node.type !== 'text' || !text || node.marks?.some((m) => m.type === 'link')) return [node];
  const pieces = splitBareLinks(text);
  if (pieces.every((p) => p.href === null)) return [node];
  return pieces.map((p) => (p.href ? { ...node, text: p.text, marks: [...(node.marks ?? []), { type: 'link', attrs: { href: p.href } }] } : { ...node, text: p.text }));
}
