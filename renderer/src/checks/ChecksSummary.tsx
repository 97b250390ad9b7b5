import { useState } from 'react';
import type { Finding } from '../../../core/checks/finding';
import { FindingList } from './FindingList';

/** The whole case at a glance: counts in words, and the list with "Go to" for each finding. */
export function ChecksSummary({ findings, onGoTo }: { findings: readonly Finding[]; onGoTo: (f: Finding) => void }) {
  const [open, setOpen] = useState(false);
  const errors = findings.filter((f) => f.severity === 'error' && !f.override).length;
  const warnings = findings.filter((f) => f.severity === 'warning' && !f.override).length;
  const text = errors + warnings === 0 ? 'Checks: nothing to fix' : `Checks: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return (
    <div className={`checks-summary ${errors ? 'has-errors' : warnings ? 'has-warnings' : 'clean'}`}>
      <button type="button" aria-expanded={open} aria-controls="checks-list" onClick={() => setOpen(!open)} disabled={findings.length === 0}>
        <span role="status">{text}</span>
      </button>
      {open && (
        <div id="checks-list">
          <FindingList findings={findings} onGoTo={onGoTo} />
        </div>
      )}
    </div>
  );
}
