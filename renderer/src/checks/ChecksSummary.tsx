import { useState } from 'react';
import type { Finding } from '../../../core/checks/finding';
import { describeQuestionGroup } from '../../../core/drafting/answerGroups';
import { FindingList } from './FindingList';

/** The rule whose findings are a to-do list while drafting, not errors: core/checks/rules/unansweredQuestion. */
export const UNANSWERED_RULE = 'unanswered-question';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

interface Props {
  findings: readonly Finding[] | null;
  onGoTo: (f: Finding) => void;
  canGoTo?: (f: Finding) => boolean;
  onFix?: (f: Finding) => void;
}

/**
 * The whole case at a glance: counts in words, and the list with "Go to" for each finding.
 * Questions still to answer are one line ("12 questions to answer"), not an error each: while
 * drafting they are the work ahead, and the send gate still lists each one.
 * `findings` is null until the first check has run, so "nothing to fix" is never said too early.
 */
export function ChecksSummary({ findings, onGoTo, canGoTo, onFix }: Props) {
  const [open, setOpen] = useState(false);
  const live = findings ?? [];
  const todo = live.filter((f) => f.ruleId === UNANSWERED_RULE && !f.override);
  const rest = live.filter((f) => !(f.ruleId === UNANSWERED_RULE && !f.override));
  const errors = rest.filter((f) => f.severity === 'error' && !f.override).length;
  const warnings = rest.filter((f) => f.severity === 'warning' && !f.override).length;
  const parts = [
    ...(todo.length ? [`${plural(todo.length, 'question')} to answer`] : []),
    ...(errors + warnings ? [`${plural(errors, 'error')}, ${plural(warnings, 'warning')}`] : []),
  ];
  const text = findings === null ? 'Checks: checking…' : parts.length === 0 ? 'Checks: nothing to fix' : `Checks: ${parts.join(' · ')}`;
  const numbers = todo.map((f) => f.questionNumber).filter((n): n is string => n !== undefined);
  return (
    <div className={`checks-summary ${errors ? 'has-errors' : warnings ? 'has-warnings' : todo.length ? 'has-todo' : 'clean'}`}>
      <button type="button" aria-expanded={open} aria-controls="checks-list" onClick={() => setOpen(!open)} disabled={live.length === 0}>
        {text}
      </button>
      {/* Announced when the counts change, without moving focus. */}
      <span className="visually-hidden" role="status">{text}</span>
      {open && (
        <div id="checks-list">
          {todo.length > 0 && (
            <p className="checks-todo">
              {todo.length === 1 ? `Question ${numbers[0]} has no answer yet.` : `Questions ${describeQuestionGroup(numbers)} have no answer yet.`}{' '}
              <button type="button" onClick={() => onGoTo(todo[0]!)}>
                Go to question {numbers[0]}
              </button>
            </p>
          )}
          <FindingList findings={rest} onGoTo={onGoTo} canGoTo={canGoTo} onFix={onFix} />
        </div>
      )}
    </div>
  );
}
