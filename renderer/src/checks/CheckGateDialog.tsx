import { useState } from 'react';
import type { Finding } from '../../../core/checks/finding';
import { Dialog } from '../ui/Dialog';
import { openSettingsAt } from './openSettings';

interface Props {
  title: string;
  /** What happens if the officer goes ahead: "send the letter", "publish the log". */
  action: string;
  findings: readonly Finding[];
  onCancel: () => void;
  onProceed: (reasons: string[]) => void;
  /** Why recording the reasons failed; the action has not gone ahead. */
  error?: string | null;
}

/**
 * Errors block sending and publishing. The officer can fix them, or go ahead with a reason for each,
 * which is recorded on the case.
 */
export function CheckGateDialog({ title, action, findings, onCancel, onProceed, error }: Props) {
  const [reasons, setReasons] = useState<string[]>(() => findings.map(() => ''));
  const ready = reasons.every((r) => r.trim().length > 0);
  return (
    <Dialog labelledBy="gate-title" describedBy="gate-intro" className="gate-dialog" onClose={onCancel}>
      <h2 id="gate-title">{title}</h2>
      <p id="gate-intro">
        {findings.length === 1 ? 'One check fails' : `${findings.length} checks fail`}. Fix {findings.length === 1 ? 'it' : 'them'} first, or give a reason for each to {action} anyway: the reason is kept with the case.
      </p>
      <ol className="gate-findings">
        {findings.map((f, i) => (
          <li key={i}>
            <p>
              <strong>{f.caseRef}{f.questionNumber ? ` question ${f.questionNumber}` : ''}:</strong> {f.message}
              {f.excerpt && <q className="finding-excerpt">{f.excerpt}</q>}
            </p>
            {/* A fix in Settings (the review address a closing clause needs): the gate closes, nothing is sent. */}
            {f.fix?.kind === 'open-settings' && (
              <button
                type="button"
                className="finding-fix"
                onClick={() => {
                  const field = f.fix?.kind === 'open-settings' ? f.fix.field : null;
                  onCancel();
                  if (field) openSettingsAt(field);
                }}
              >
                {f.fix.label}
              </button>
            )}
            <label>
              Reason to go ahead
              <input value={reasons[i]} onChange={(e) => setReasons(reasons.map((r, j) => (j === i ? e.target.value : r)))} />
            </label>
          </li>
        ))}
      </ol>
      {error && <p className="banner error" role="alert">{error}</p>}
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={onCancel}>
          Go back and fix
        </button>
        <button type="button" disabled={!ready} onClick={() => onProceed(reasons.map((r) => r.trim()))}>
          {action.charAt(0).toUpperCase() + action.slice(1)} anyway
        </button>
      </div>
    </Dialog>
  );
}
