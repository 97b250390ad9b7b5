import type { Finding } from '../../../core/checks/finding';

interface Props {
  findings: readonly Finding[];
  onRedact?: (f: Finding) => void;
  onGoTo?: (f: Finding) => void;
  showCase?: boolean;
}

/** Findings in words, severity spelt out (never colour alone), each with what to do about it. */
export function FindingList({ findings, onRedact, onGoTo, showCase }: Props) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <li key={`${f.ruleId}-${f.answerId ?? ''}-${f.questionNumber ?? ''}-${i}`} className={`finding ${f.severity} ${f.override ? 'overridden' : ''}`} data-rule={f.ruleId}>
          <span className="finding-severity">{f.override ? 'Overridden' : f.severity === 'error' ? 'Error' : 'Warning'}</span>
          <span className="finding-message">
            {showCase && <strong>{f.caseRef}{f.questionNumber ? ` question ${f.questionNumber}` : ''}: </strong>}
            {f.message}
            {f.excerpt && <q className="finding-excerpt">{f.excerpt}</q>}
            {f.override && <span className="muted"> Reason recorded: {f.override.reason}</span>}
          </span>
          {onRedact && f.redaction && !f.override && (
            <button type="button" onClick={() => onRedact(f)}>
              Redact
            </button>
          )}
          {onGoTo && (f.answerId || f.questionNumber) && (
            <button type="button" onClick={() => onGoTo(f)}>
              Go to
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
