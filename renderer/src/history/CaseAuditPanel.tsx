import { useEffect, useId, useState } from 'react';
import { CASE_AUDIT_DEFAULT_LIMIT, type CaseAudit } from '../../../core/team/auditContract';
import { errorMessage } from '../desk';
import { formatVersionTime } from './versionTime';
import './history.css';

interface Props {
  /** The one call the panel makes (DeskApi's caseAudit). */
  desk: { caseAudit(input: { caseId: string; limit?: number }): Promise<CaseAudit> };
  caseId: string;
  /** Changes when the case may have changed (saved, status, owner): an open list reads it again. */
  refresh: unknown;
}

/**
 * The case's "Who changed what": the audit trail of a team workspace (every change, by the officer's
 * login), or, on a workspace on this computer, the part of it the workspace keeps, said plainly so a
 * partial record is never taken for a full one. Closed until asked for, so opening a case costs no
 * extra query; the button is an ordinary one, reached and worked by keyboard.
 */
export function CaseAuditPanel({ desk, caseId, refresh }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [audit, setAudit] = useState<CaseAudit | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    desk.caseAudit({ caseId }).then(
      (a) => {
        if (!live) return;
        setAudit(a);
        setError(null);
      },
      (err) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [desk, caseId, refresh, open]);

  return (
    <section className="case-audit" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Who changed what</h2>
      <button type="button" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen((o) => !o)}>
        {open ? 'Hide the changes' : 'Show the changes'}
      </button>
      {open && (
        <div id={`${id}-body`}>
          {error && (
            <p className="banner error" role="alert">
              {error}
            </p>
          )}
          {!audit && !error && <p role="status">Reading the changes…</p>}
          {audit?.engine === 'sqlite' && (
            <p className="hint">
              This workspace is on this computer only, so it keeps no full record of changes. Shown here: changes of owner, the sign-off, reasons given for changing the case after it was sent, and
              each answer&apos;s saved versions. A team workspace records every change with the officer who made it.
            </p>
          )}
          {audit && audit.entries.length === 0 && <p>No changes recorded yet.</p>}
          {audit && audit.entries.length > 0 && (
            <ol className="case-audit-list">
              {audit.entries.map((e, i) => (
                <li key={`${e.at}-${i}`}>
                  <time dateTime={e.at}>{formatVersionTime(e.at)}</time>
                  {/* Who is not recorded for an answer's versions on this computer: the column stays, empty. */}
                  <span className="case-audit-who">{e.who ?? ''}</span>
                  <span>{e.summary}</span>
                </li>
              ))}
            </ol>
          )}
          {audit && audit.entries.length >= CASE_AUDIT_DEFAULT_LIMIT && <p className="hint">Showing the newest {CASE_AUDIT_DEFAULT_LIMIT} changes.</p>}
        </div>
      )}
    </section>
  );
}
