import type { RichNode } from '../model/richText';

// A redirect clause names the body that may hold the information, so the answer's outcome and its
// "Redirected to" follow the clause: the officer chooses the force once, in the clause, and the case
// statistics, the letter and the answer's outcome cannot disagree about it.

/** The variables of the shipped redirect clauses that name the receiving body. */
const RECEIVER_VARIABLES = ['force', 'policing_body', 'authority_name'] as const;
/** Redirect clauses that name their receiver in their wording rather than in a variable. */
const FIXED_RECEIVERS: Readonly<Record<string, string>> = { 'redirect-all-police-forces': 'All police forces' };

/** One redirect clause in a document, with the body it sends the requester to ('' while still blank). */
export interface RedirectInDoc {
  clauseId: string;
  title: string;
  receiver: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The redirect clauses of a document, in order. */
export function redirectsInDoc(doc: RichNode): RedirectInDoc[] {
  const found: RedirectInDoc[] = [];
  const walk = (node: RichNode) => {
    if (node.type === 'clause') {
      const attrs = node.attrs ?? {};
      if (attrs['kind'] !== 'redirect') return;
      const clauseId = str(attrs['clauseId']);
      const values = (attrs['values'] && typeof attrs['values'] === 'object' ? attrs['values'] : {}) as Record<string, unknown>;
      const named = RECEIVER_VARIABLES.map((v) => str(values[v])).find((v) => v !== '');
      found.push({ clauseId, title: str(attrs['title']), receiver: named ?? FIXED_RECEIVERS[clauseId] ?? '' });
      return;
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return found;
}

/** Who the document's redirect clauses send the requester to, joined in order ("Kent Police and Essex Police"). */
export function redirectReceiver(doc: RichNode): string | null {
  const redirects = redirectsInDoc(doc);
  if (redirects.length === 0) return null;
  const names = [...new Set(redirects.map((r) => r.receiver).filter(Boolean))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * An answer after its text changed: when a redirect clause arrives, or the body it names changes, an
 * answer still marked "answered" (the default of a new answer) becomes "redirected", and "Redirected to"
 * follows the clause unless the officer typed something else there. Typing elsewhere changes nothing.
 */
export function withRedirect<A extends { doc: RichNode; disposition: string; redirectTo: string }>(before: A, after: A): A {
  const was = redirectReceiver(before.doc);
  const now = redirectReceiver(after.doc);
  if (was === now) return after;
  const followsClause = after.redirectTo.trim() === '' || after.redirectTo === (was ?? '');
  const redirectTo = followsClause ? now ?? '' : after.redirectTo;
  const disposition = now !== null && was === null && after.disposition === 'answered' ? 'redirected' : after.disposition;
  return redirectTo === after.redirectTo && disposition === after.disposition ? after : { ...after, redirectTo, disposition };
}
