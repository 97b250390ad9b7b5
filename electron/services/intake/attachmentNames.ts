import type { Attachment } from '../../../core/model';

/** Distinct, non-empty names in the order the email lists them. */
export function attachmentNames(names: Array<string | null | undefined>): Attachment[] {
  const seen = new Set<string>();
  const out: Attachment[] = [];
  for (const raw of names) {
    const name = raw?.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    out.push({ name });
  }
  return out;
}
