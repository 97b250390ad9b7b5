import { useState } from 'react';
import type { Finding } from '../../../core/checks/finding';
import { FindingList } from './FindingList';

/**
 * The whole case at a glance: counts in words, and the list with "Go to" for each finding.
 * `findings` is null until the first check has run, so "nothing to fix" is never said too early.
 */
export function ChecksSummary({ findings, onGoTo }: { findings: readonly Finding[] | null; onGoTo: (f: Finding) => void }) {
  const [open, setOpen] = useState(false);
  const live = findings ?? [];
  const errors = live.filter((f) => f.severity === 'error' && !f.override).length;
  const warnings = live.filter((f) => f.severity === 'warning' && !f.override).length;
  const text =
    findings === null
      ? 'Checks: checking…'
      : errors + warnings === 0
        ? 'Checks: nothing to fix'
        : `Checks: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return (
    <div className={`checks-summary ${errors ? 'has-errors' : warnings ? 'has-warnings' : 'clean'}`}>
      <button type="button" aria-expanded={open} aria-controls="checks-list" onClick={() => setOpen(!open)} disabled={live.length === 0}>
        {text}
      </button>
      {/* Announced when the counts change, without moving focus. */}
      <span className="visually-hidden" role="status">{text}</span>
      {open && (
        <div id="checks-list">
          <FindingList findings={live} onGoTo={onGoTo} />
        </div>
      )}
    </div>
  );
}
