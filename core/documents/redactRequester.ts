import type { Requester, RichNode } from '../model';

export const REDACTED = '[personal data removed]';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The published log must never carry the requester's details. The log model never copies the
 * requester, but an officer may have quoted them in an answer ("as you explained, Ms …"), so their
 * name, email and address lines are also struck from every piece of text that is published.
 */
export function requesterRedactor(requester: Requester): (text: string) => string {
  // Only address lines with a number (house, postcode) are struck: a town name alone would strike
  // every mention of the town in the answers.
  const addressLines = requester.address.split(/\r?\n|,/).filter((line) => /\d/.test(line));
  const needles = [requester.email, requester.name, ...addressLines]
    .map((s) => s.trim())
    // A fragment this short ("Jo", "1") would strike ordinary words and numbers.
    .filter((s) => s.length >= 4)
    .sort((a, b) => b.length - a.length);
  if (needles.length === 0) return (text) => text;
  const pattern = new RegExp(needles.map(escapeRegExp).join('|'), 'gi');
  return (text) => text.replace(pattern, REDACTED);
}

export function redactDoc(node: RichNode, redact: (text: string) => string): RichNode {
  const out: RichNode = { ...node };
  if (node.text !== undefined) out.text = redact(node.text);
  if (node.type === 'clause' && node.attrs) {
    out.attrs = { ...node.attrs, text: redact(String(node.attrs['text'] ?? '')) };
  }
  if (node.marks) {
    out.marks = node.marks.map((m) =>
      m.type === 'link' && typeof m.attrs?.['href'] === 'string' && redact(m.attrs['href']) !== m.attrs['href']
        ? { type: 'italic' } // a mailto: link to the requester loses its target, not just its text
        : m,
    );
  }
  if (node.content) out.content = node.content.map((c) => redactDoc(c, redact));
  return out;
}
