import type { Finding, Override } from './finding';

/**
 * Marks the findings an officer has decided to go ahead despite, with the reason they recorded. An override
 * names its rule and, to be narrow, an answer or a question; one that names neither covers the rule for
 * the whole case. Overrides that match nothing are ignored: the finding they answered has gone.
 */
export function applyOverrides(findings: readonly Finding[], overrides: readonly Override[]): Finding[] {
  return findings.map((f) => {
    const o = overrides.find(
      (x) =>
        x.ruleId === f.ruleId &&
        (x.answerId === undefined || x.answerId === f.answerId) &&
        (x.questionNumber === undefined || x.questionNumber === f.questionNumber),
    );
    return o ? { ...f, override: { reason: o.reason } } : f;
  });
}

/** The findings that still stop the response going out: errors nobody has overridden. */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' && !f.override);
}
