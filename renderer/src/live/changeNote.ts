import type { WorkspaceChange } from '../../../core/api/changesContract';

/**
 * The line the window shows (and a screen reader hears, politely) when someone else changed the
 * workspace: "Updated: jo_bloggs changed case 24-001". The window's own saves say nothing: the
 * officer made them. A single officer's workspace knows no logins: there it was another window.
 */
export function changeNote(changes: readonly WorkspaceChange[]): string | null {
  const theirs = changes.filter((c) => !c.own);
  if (theirs.length === 0) return null;
  if (theirs.some((c) => c.kind === 'many')) return 'Updated: many cases were changed elsewhere. The list is up to date.';
  const cases = new Map<string, WorkspaceChange>();
  for (const c of theirs) if (c.caseId !== null) cases.set(c.caseId, { ...cases.get(c.caseId), ...c });
  const who = [...new Set(theirs.map((c) => c.by).filter((by): by is string => Boolean(by)))];
  const all = [...cases.values()];
  if (all.length === 1) {
    const only = all[0]!;
    const what = only.ref ? `case ${only.ref}` : 'a case';
    return who.length === 1 ? `Updated: ${who[0]} changed ${what}.` : `Updated: ${what} was changed elsewhere.`;
  }
  return who.length === 1 ? `Updated: ${who[0]} changed ${all.length} cases.` : `Updated: ${all.length} cases were changed elsewhere.`;
}
