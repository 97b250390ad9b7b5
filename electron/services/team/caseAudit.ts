import { DeskError } from '../../../core/api/errors';
import { CASE_AUDIT_DEFAULT_LIMIT, type AuditEntry, type CaseAudit } from '../../../core/team/auditContract';
import { auditSummary } from '../../../core/team/auditSummary';
import { PgAuditTrail } from '../pg/pgAuditTrail';
import type { PgSession } from '../pg/pgSession';
import type { WorkspaceStore } from '../store/caseStore';

/**
 * Who changed what in a case, newest first: DeskService's caseAudit (core/team/auditContract.ts).
 *
 * On a team workspace it is the trail PostgreSQL's triggers keep (../pg/pgAuditSchema.ts): every
 * change to the case's details, status, overrides, owner, sign-off and answers, with the login that
 * made it. A workspace on one computer has no such trail; rather than show nothing, it gives what it
 * keeps anyway, as lines of the same shape: changes of owner (with who), the sign-off standing now,
 * reasons given for changing a sent case (with who), and each answer's saved versions (one a minute
 * of typing and each restore; who is not recorded there, so it is null). `engine` tells the screen
 * which it is, so it can say so rather than pass a partial record off as a full one.
 */
export async function caseAudit(store: WorkspaceStore, input: { caseId: string; limit?: number }): Promise<CaseAudit> {
  const limit = input.limit ?? CASE_AUDIT_DEFAULT_LIMIT;
  const c = await store.cases.get(input.caseId, true, true);
  if (!c) throw new DeskError('not-found', 'That case is not in this workspace. It may have been deleted; choose it again from the list.');
  if (store.engine === 'postgres') {
    const session = (store as WorkspaceStore & { session?: PgSession }).session;
    if (!session) throw new DeskError('internal', 'The team workspace was opened without its connection, so its audit trail cannot be read. Connect to the workspace again.');
    return { engine: 'postgres', entries: await new PgAuditTrail(session).caseAudit(c.id, limit) };
  }

  const entries: AuditEntry[] = [];
  const assignments = await store.team.assignments(c.id);
  assignments.forEach((a, i) => {
    const record = { what: 'assignment' as const, fields: ['owner'], old: { owner: assignments[i + 1]?.owner ?? null }, new: { owner: a.owner } };
    entries.push({ at: a.at, who: a.by, what: 'assignment', fields: ['owner'], summary: auditSummary(record) });
  });
  if (c.approval) {
    entries.push({ at: c.approval.at, who: c.approval.by, what: 'approval', fields: ['approval'], summary: auditSummary({ what: 'approval', fields: ['approval'], new: { by: c.approval.by } }) });
  }
  for (const e of (await store.sentCopies.record(c.id)).edits) {
    entries.push({ at: e.at, who: e.who, what: 'sent-edit', fields: ['reason'], summary: auditSummary({ what: 'sent-edit', fields: ['reason'], new: { reason: e.reason } }) });
  }
  const numberOf = new Map(c.questions.map((q) => [q.id, q.number]));
  for (const a of c.answers) {
    const questions = a.covers.map((id) => numberOf.get(id)).filter((n): n is string => n !== undefined);
    for (const v of await store.history.list(c.id, a.id)) {
      // An export or a change of status keeps a copy of every answer: a mark in its history, not a change to it.
      if (v.reason !== 'edit' && v.reason !== 'restore') continue;
      const fields = v.reason === 'restore' ? ['restored'] : ['text'];
      entries.push({ at: v.at, who: null, what: 'answer', fields, summary: auditSummary({ what: 'answer', fields, questions }) });
    }
  }
  entries.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0));
  return { engine: 'sqlite', entries: entries.slice(0, limit) };
}
