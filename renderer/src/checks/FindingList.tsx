import type { Finding } from '../../../core/checks/finding';
import { openSettingsAt } from './openSettings';
import { addClosingParagraphs } from './closingFix';

interface Props {
  findings: readonly Finding[];
  onRedact?: (f: Finding) => void;
  onGoTo?: (f: Finding) => void;
  /** Whether "Go to" has somewhere to go for this finding; without it, any finding tied to an answer or question. */
  canGoTo?: (f: Finding) => boolean;
  /** Carries out a fix that changes the case (set the disposition); opening Settings needs no handler. */
  onFix?: (f: Finding) => void;
  showCase?: boolean;
}

const tiedToText = (f: Finding) => Boolean(f.answerId || f.questionNumber);

/** Findings in words, severity spelt out (never colour alone), each with what to do about it. */
export function FindingList({ findings, onRedact, onGoTo, canGoTo = tiedToText, onFix, showCase }: Props) {
  if (findings.length === 0) return null;
  const fixer = (f: Finding): (() => void) | null => {
    if (!f.fix || f.override) return null;
    const fix = f.fix;
    if (fix.kind === 'open-settings') return () => openSettingsAt(fix.field);
    if (fix.kind === 'add-closing-paragraphs') return () => addClosingParagraphs(f.caseRef);
    return onFix ? () => onFix(f) : null;
  };
  return (
    <ul className="findings">
      {findings.map((f, i) => {
        const fix = fixer(f);
        return (
          <li key={`${f.ruleId}-${f.answerId ?? ''}-${f.questionNumber ?? ''}-${i}`} className={`finding ${f.severity} ${f.override ? 'overridden' : ''}`} data-rule={f.ruleId}>
            <span className="finding-severity">{f.override ? 'Overridden' : f.severity === 'error' ? 'Error' : 'Warning'}</span>
            <span className="finding-message">
              {showCase && <strong>{f.caseRef}{f.questionNumber ? ` question ${f.questionNumber}` : ''}: </strong>}
              {f.message}
              {f.excerpt && <q className="finding-excerpt">{f.excerpt}</q>}
              {f.override && <span className="muted"> Reason recorded: {f.override.reason}</span>}
            </span>
            {fix && f.fix && (
              <button type="button" className="finding-fix" onClick={fix}>
                {f.fix.label}
              </button>
            )}
            {onRedact && f.redaction && !f.override && (
              <button type="button" onClick={() => onRedact(f)}>
                Redact
              </button>
            )}
            {onGoTo && canGoTo(f) && (
              <button type="button" onClick={() => onGoTo(f)}>
                Go to
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
