import type { AuditEntry, AuditWhat } from '../../../core/team/auditContract';
import { auditSummary } from '../../../core/team/auditSummary';
import type { PgSession } from './pgSession';

/**
 * Reads a case's audit trail on a team workspace (desk_audit, written by the triggers of
 * ./pgAuditSchema.ts), each line worded by core/team/auditSummary.ts. Newest first, in the order the
 * changes were written (the id), which is also the order of their times.
 */
interface Row {
  at: Date;
  who: string;
  what: AuditWhat;
  fields: string[];
  questions: string[] | null;
  old: Record<string, unknown> | null;
  new: Record<string, unknown> | null;
}

export class PgAuditTrail {
  constructor(private readonly db: PgSession) {}

  async caseAudit(caseId: string, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db.rows<Row>('SELECT at, who, what, fields, questions, old, new FROM desk_audit WHERE case_id = ? ORDER BY id DESC LIMIT ?', [caseId, limit]);
    return rows.map((r) => ({ at: r.at.toISOString(), who: r.who, what: r.what, fields: r.fields, summary: auditSummary(r) }));
  }
}
